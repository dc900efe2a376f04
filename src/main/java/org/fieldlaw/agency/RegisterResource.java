package org.fieldlaw.agency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.fieldlaw.agency.ProfileDto.BodyView;
import org.fieldlaw.agency.ProfileDto.JurisdictionRef;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.security.Roles;

/**
 * Reference reads: the jurisdiction tree (public administrative data, readable by every role)
 * and the enforcement bodies inside the caller's jurisdiction.
 */
@Path("/api/v1/agency")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    @RegisterForReflection
    public record JurisdictionNode(String code, String name, String kind, JurisdictionRef parent,
            List<JurisdictionRef> children, boolean officialCode) {
    }

    @RegisterForReflection
    public record BodyList(List<BodyView> items) {
    }

    private final JurisdictionDirectory directory;
    private final Caller caller;

    RegisterResource(JurisdictionDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("jurisdictions/{code}")
    @Transactional
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public JurisdictionNode jurisdiction(@PathParam("code") String code) {
        Jurisdiction j = Jurisdiction.findById(code);
        if (j == null) {
            throw ApiException.notFound("行政区划 (jurisdiction)", code);
        }
        JurisdictionTree tree = directory.tree();
        JurisdictionRef parent = tree.find(j.parentCode).map(p -> new JurisdictionRef(p.code(), p.name(), p.level())).orElse(null);
        List<JurisdictionRef> children = tree.childrenOf(code).stream()
                .map(c -> new JurisdictionRef(c.code(), c.name(), c.level())).toList();
        return new JurisdictionNode(j.code, j.name, j.kind, parent, children, j.officialCode);
    }

    @GET
    @Path("bodies")
    @Transactional
    @RolesAllowed({ Roles.OFFICER, Roles.LEGAL_REVIEWER, Roles.SUPERVISOR, Roles.BUREAU_ADMIN, Roles.AUDITOR })
    public BodyList bodies() {
        List<EnforcementBody> all = EnforcementBody.list("order by jurisdictionCode, name");
        return new BodyList(all.stream().filter(b -> caller.covers(b.jurisdictionCode)).map(RegisteredBody::of).map(BodyView::of).toList());
    }
}
