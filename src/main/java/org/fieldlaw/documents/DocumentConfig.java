package org.fieldlaw.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How enforcement documents are rendered. */
@ConfigMapping(prefix = "fieldlaw.documents")
public interface DocumentConfig {

    Font font();

    Signing signing();

    /**
     * The CJK font embedded in every document. It must have TrueType outlines: PDFBox cannot embed the
     * CFF outlines of Noto CJK, so the default is Debian's AR PL UMing (fonts-arphic-uming), a Song
     * (Ming) face as official documents use, from a font collection.
     */
    interface Font {
        @WithDefault("/usr/share/fonts/truetype/arphic/uming.ttc")
        String path();

        /** The face inside a collection (.ttc); ignored for a single font file. */
        @WithDefault("UMingCN")
        String face();
    }

    /** The keys issued documents are signed with. */
    interface Signing {

        /** A PKCS#12 key store with one private key and its certificate chain per issuing body, under the body's id as alias. */
        Optional<String> keyStore();

        Optional<String> keyStorePassword();

        /**
         * Dev and test only: a body without a key gets one, certified by a CA the service makes at start
         * (kept in memory; a restart makes new ones, and documents signed before still verify on their own).
         */
        @WithDefault("false")
        boolean generate();
    }
}
