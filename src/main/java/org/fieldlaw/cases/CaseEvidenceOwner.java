package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.evidence.EvidenceOwner;

/** Cases take evidence at each step of the procedure until they are closed; uploads name them by caseId. */
@ApplicationScoped
public class CaseEvidenceOwner implements EvidenceOwner {

    public static final String KIND = "CASE";

    private static final Set<String> STEPS = Arrays.stream(CaseState.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final CaseService cases;

    CaseEvidenceOwner(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String metadataKey() {
        return "caseId";
    }

    @Override
    public Owner visible(UUID id) {
        EnforcementCase c = cases.visible(id);
        return new Owner(CaseRecordOwner.of(c.id), c.state != CaseState.CLOSED, c.state.name(), STEPS, List.of());
    }
}
