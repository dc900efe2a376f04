package org.fieldlaw.agency;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.security.CurrentOfficer;

/**
 * The person behind the request, as an officer record: the token's subject, else its username,
 * names the record, and the record's body gives the jurisdiction that scopes every read and write.
 * The register owns it because it is a look-up in the register; the mechanisms that verify the
 * token are in the security package.
 */
@RequestScoped
public class Caller implements CurrentOfficer {

    /** A claim some providers add; where present it must name the officer's own jurisdiction. */
    static final String JURISDICTION_CLAIM = "jurisdiction";

    private final SecurityIdentity identity;
    private final JurisdictionDirectory directory;
    private final SignedInOfficers recent;
    private RegisteredOfficer officer;

    Caller(SecurityIdentity identity, JurisdictionDirectory directory, SignedInOfficers recent) {
        this.identity = identity;
        this.directory = directory;
        this.recent = recent;
    }

    public RegisteredOfficer officer() {
        if (officer != null) {
            return officer;
        }
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            RegisteredOfficer known = recent.find(jwt.getSubject());
            if (known != null) {
                checkJurisdictionClaim(jwt, known);
                officer = known;
                return known;
            }
        }
        return resolve();
    }

    /** Whether {@link #officer()} can answer without reading the database (this request or a recent one of the same token). */
    public boolean knownWithoutLookup() {
        if (officer != null) {
            return true;
        }
        return !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt && recent.find(jwt.getSubject()) != null;
    }

    @Transactional
    RegisteredOfficer resolve() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        Principal principal = identity.getPrincipal();
        String subject = null;
        List<String> usernames = new ArrayList<>();
        String claimedJurisdiction = null;
        if (principal instanceof JsonWebToken jwt) {
            subject = jwt.getSubject();
            // Providers differ in which claim carries the login name: try each, most specific first.
            for (String claim : new String[] { "preferred_username", "upn" }) {
                Object value = jwt.getClaim(claim);
                if (value != null) {
                    usernames.add(value.toString());
                }
            }
            Object claim = jwt.getClaim(JURISDICTION_CLAIM);
            claimedJurisdiction = claim == null ? null : claim.toString().replace("\"", "");
        }
        usernames.add(principal.getName());
        Officer found = findOfficer(subject, usernames)
                .orElseThrow(() -> new ApiException(ProblemType.NO_OFFICER_RECORD,
                        "没有与该登录身份对应的执法人员档案 (no officer record for this sign-in)"));
        if (!found.active) {
            throw new ApiException(ProblemType.FORBIDDEN, "该执法人员档案已停用 (this officer record is deactivated)");
        }
        if (claimedJurisdiction != null && !claimedJurisdiction.equals(found.body.jurisdictionCode)) {
            throw jurisdictionMismatch();
        }
        if (found.subject != null && subject != null && !found.subject.equals(subject)) {
            throw new ApiException(ProblemType.NO_OFFICER_RECORD,
                    "登录身份与执法人员档案不符 (this sign-in belongs to another identity than the officer record)");
        }
        if (found.subject == null && subject != null) {
            // First sign-in: remember the subject, so a later change of username still maps here.
            // A bulk update leaves the version alone, so parallel first requests do not conflict.
            Officer.update("subject = ?1 where id = ?2 and subject is null", subject, found.id);
        }
        officer = RegisteredOfficer.of(found);
        recent.remember(subject, officer);
        return officer;
    }

    private static void checkJurisdictionClaim(JsonWebToken jwt, RegisteredOfficer known) {
        Object claim = jwt.getClaim(JURISDICTION_CLAIM);
        if (claim != null && !claim.toString().replace("\"", "").equals(known.body().jurisdictionCode())) {
            throw jurisdictionMismatch();
        }
    }

    private static ApiException jurisdictionMismatch() {
        return new ApiException(ProblemType.OUTSIDE_JURISDICTION,
                "令牌中的管辖区域与执法人员档案不一致 (the token's jurisdiction claim disagrees with the officer record)");
    }

    private static Optional<Officer> findOfficer(String subject, List<String> usernames) {
        Optional<Officer> bySubject = subject == null ? Optional.empty() : Officer.find("subject", subject).firstResultOptional();
        if (bySubject.isPresent()) {
            return bySubject;
        }
        for (String username : usernames.stream().distinct().toList()) {
            Optional<Officer> officer = Officer.find("username", username).firstResultOptional();
            if (officer.isPresent()) {
                return officer;
            }
        }
        return Optional.empty();
    }

    @Override
    public UUID id() {
        return officer().id();
    }

    @Override
    public String name() {
        return officer().name();
    }

    public String jurisdictionCode() {
        return officer().body().jurisdictionCode();
    }

    @Override
    public List<String> placesCovered() {
        return directory.tree().subtree(jurisdictionCode());
    }

    public boolean covers(String jurisdictionCode) {
        return directory.tree().isWithin(jurisdictionCode, jurisdictionCode());
    }

    /** Refuses with 403 when the place lies outside the caller's jurisdiction. */
    public void requireWithin(String jurisdictionCode) {
        if (!covers(jurisdictionCode)) {
            throw new ApiException(ProblemType.OUTSIDE_JURISDICTION,
                    "目标不在您的管辖范围内 (outside your jurisdiction): " + jurisdictionCode);
        }
    }

    /** A place named in a request's {@code field}: 400 when the register has no such place, 403 when it lies outside the caller's jurisdiction. */
    public String requireKnownWithin(String field, String place) {
        String code = place.trim();
        if (directory.tree().find(code).isEmpty()) {
            throw ApiException.invalid(field, "没有该行政区划 (no such jurisdiction): " + code);
        }
        requireWithin(code);
        return code;
    }

    /** The place a list is narrowed to by {@code field}: the caller's whole jurisdiction when none is named. */
    public String areaOf(String field, String place) {
        return place == null || place.isBlank() ? jurisdictionCode() : requireKnownWithin(field, place);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
