package org.fieldlaw.documents;

import java.time.Instant;

/**
 * Signs an issued PDF for the body that issues it, as a PAdES signature (ETSI.CAdES.detached) added in an
 * incremental update, so the signed file begins with the bytes as rendered. The local implementation signs
 * with a key the service holds ({@link LocalKeySigner}); a bureau with the provincial electronic-seal service
 * (GB/T 38540) replaces it with one that calls that service.
 */
public interface DocumentSigner {

    /** Who signs: {@code key} names the body's key (its id), {@code name} the body as the signature shows it. */
    record Signatory(String key, String name) {
    }

    /** The signed file, and the signer as its certificate names it. */
    record Signed(byte[] pdf, String signer) {
    }

    Signed sign(byte[] pdf, Signatory signatory, String reason, Instant at);
}
