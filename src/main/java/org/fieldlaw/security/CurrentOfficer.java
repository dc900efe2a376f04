package org.fieldlaw.security;

import java.util.UUID;

/**
 * The officer behind the current request, as far as a service that knows no feature needs it: to
 * say who uploaded a file or made a record line. The agency register implements it from the token.
 */
public interface CurrentOfficer {

    UUID id();

    String name();
}
