package org.fieldlaw.publication;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A penalty decision as the public sees it: the deciding body, the violation and its legal basis,
 * the penalty. A person is named by surname only; no ID number, credit code or address appears.
 */
@RegisterForReflection
public record PublicDecision(UUID id, String caseNumber, String body, String town, String partyKind, String party,
        String violation, String breachedProvision, String penaltyProvision, List<String> penalties, BigDecimal fine,
        LocalDate decidedOn, OffsetDateTime publishedAt) {

    @RegisterForReflection
    public record Page(List<PublicDecision> items, String nextCursor) {
    }
}
