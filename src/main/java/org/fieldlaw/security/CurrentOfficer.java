package org.fieldlaw.security;

import java.util.List;
import java.util.UUID;

/**
 * The officer behind the current request, as far as a service that knows no feature needs it: to
 * say who uploaded a file or made a record line, and which places' records the caller may read. The agency register
 * implements it from the token.
 */
public interface CurrentOfficer {

    UUID id();

    String name();

    /** The jurisdiction codes the officer's body covers: its own and every one below it. */
    List<String> placesCovered();
}
