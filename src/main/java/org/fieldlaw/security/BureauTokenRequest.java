package org.fieldlaw.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented on a bureau path, to be checked against the registered bureau keys. */
public final class BureauTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public BureauTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
