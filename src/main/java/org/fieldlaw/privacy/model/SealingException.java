package org.fieldlaw.privacy.model;

/** A sealed value that cannot be opened: altered, cut, or sealed by a key no longer held. Its message names no content. */
public class SealingException extends RuntimeException {

    public SealingException(String message) {
        super(message);
    }
}
