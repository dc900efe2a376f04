package org.fieldlaw.agency;

import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;

/** An enforcement body as the other modules read it: a snapshot of the register, never changed in place. */
public record RegisteredBody(UUID id, String name, String casePrefix, BodyKind kind, String jurisdictionCode) {

    /**
     * Where a party of this body's decisions may ask for reconsideration (行政复议法 2023 Art 24): the people's
     * government at the level of the body's own area, the county's for a town office or a county bureau, the
     * city's for a city bureau.
     */
    public String reconsiderationOrgan(JurisdictionTree tree) {
        String area = kind == BodyKind.TOWN_OFFICE
                ? tree.ancestorAt(jurisdictionCode, JurisdictionLevel.COUNTY).map(JurisdictionTree.Node::code).orElse(jurisdictionCode)
                : jurisdictionCode;
        return tree.nameOf(area) + "人民政府";
    }

    static RegisteredBody of(EnforcementBody b) {
        return new RegisteredBody(b.id, b.name, b.casePrefix, b.kind, b.jurisdictionCode);
    }
}
