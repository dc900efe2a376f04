package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.CertificateTerms;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.MatterAuthority;

/**
 * What the other modules read of the register, beside the caller ({@link Caller}) and officers by
 * id ({@link RecentOfficers}): bodies, the certificates an officer holds, and whether a body holds
 * a matter on a day. Snapshots and decisions, never the register's rows; inside the caller's
 * transaction; no scope check (the caller has checked the case or site it asks for).
 */
@ApplicationScoped
public class AgencyRegister {

    /** An enforcement certificate as a case names it: its number, and the terms it is valid on. */
    public record HeldCertificate(String number, CertificateTerms terms) {
    }

    private final JurisdictionDirectory directory;

    AgencyRegister(JurisdictionDirectory directory) {
        this.directory = directory;
    }

    /** An officer as the register holds them now (not a cached snapshot): for a gate that reads a qualification. */
    public Optional<RegisteredOfficer> officer(UUID id) {
        return Officer.<Officer>findByIdOptional(id).map(RegisteredOfficer::of);
    }

    public Optional<RegisteredBody> body(UUID id) {
        return EnforcementBody.<EnforcementBody>findByIdOptional(id).map(RegisteredBody::of);
    }

    /** The county-level bureau of a place: where a matter a town does not hold goes (APL Art 24). */
    public Optional<RegisteredBody> countyBureauOf(String placeCode) {
        return directory.tree().ancestorAt(placeCode, JurisdictionLevel.COUNTY)
                .flatMap(county -> EnforcementBody.<EnforcementBody>find("jurisdictionCode = ?1 and kind = ?2", county.code(),
                        BodyKind.COUNTY_BUREAU).<EnforcementBody>firstResultOptional())
                .map(RegisteredBody::of);
    }

    /** The officer's certificates, oldest first. */
    public List<HeldCertificate> certificatesOf(UUID officerId) {
        return EnforcementCertificate.ofOfficer(officerId).stream().map(c -> new HeldCertificate(c.number, c.terms())).toList();
    }

    /** Whether the body holds the matter on the day: a town only by devolution (APL Art 24). */
    public MatterAuthority.Decision authority(RegisteredBody body, String matterCode, LocalDate on) {
        List<DevolvedMatter> grants = DevolvedMatter.ofTownAndMatter(body.jurisdictionCode(), matterCode);
        return MatterAuthority.decide(body.kind(), matterCode, on, grants.stream().map(DevolvedMatter::toDevolution).toList());
    }
}
