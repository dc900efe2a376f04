package org.fieldlaw.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How enforcement documents are rendered. */
@ConfigMapping(prefix = "fieldlaw.documents")
public interface DocumentConfig {

    Font font();

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
}
