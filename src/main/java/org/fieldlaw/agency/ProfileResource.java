package org.fieldlaw.agency;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fieldlaw.agency.DevolutionDto.DevolvedMatterView;
import org.fieldlaw.agency.OfficerDto.CertificateView;
import org.fieldlaw.agency.ProfileDto.BodyView;
import org.fieldlaw.agency.ProfileDto.JurisdictionRef;
import org.fieldlaw.agency.ProfileDto.JurisdictionView;
import org.fieldlaw.agency.ProfileDto.Profile;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.security.Roles;

@Path("/api/v1/agency/me")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final Caller caller;
    private final SecurityIdentity identity;
    private final JurisdictionDirectory directory;
    private final Clock clock;

    ProfileResource(Caller caller, SecurityIdentity identity, JurisdictionDirectory directory, Clock clock) {
        this.caller = caller;
        this.identity = identity;
        this.directory = directory;
        this.clock = clock;
    }

    /** My profile, my certificates with today's status, my jurisdiction, and my town's devolved matters. */
    @GET
    @Transactional
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public Profile me() {
        RegisteredOfficer officer = caller.officer();
        LocalDate today = LocalDate.now(clock);
        JurisdictionTree tree = directory.tree();
        List<JurisdictionRef> path = tree.pathTo(officer.body().jurisdictionCode()).stream()
                .map(n -> new JurisdictionRef(n.code(), n.name(), n.level())).toList();
        JurisdictionRef own = path.get(path.size() - 1);
        List<CertificateView> certificates = EnforcementCertificate.ofOfficer(officer.id()).stream()
                .map(c -> CertificateView.of(c, today)).toList();
        List<DevolvedMatterView> matters = officer.body().kind() == BodyKind.TOWN_OFFICE
                ? DevolvedMatter.ofTown(officer.body().jurisdictionCode()).stream().map(m -> DevolvedMatterView.of(m, today)).toList()
                : List.of();
        List<String> roles = identity.getRoles().stream().sorted().toList();
        return new Profile(officer.id(), officer.username(), officer.name(), roles, officer.legalQualification(),
                BodyView.of(officer.body()), new JurisdictionView(own.code(), own.name(), own.level(), path),
                certificates, matters);
    }
}
