package org.fieldlaw.cases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Local choices of the case procedure (fieldlaw.cases.*), defaults per docs/domain.md §5. */
@ConfigMapping(prefix = "fieldlaw.cases")
public interface CaseConfig {

    /** A fine of at least this much for a person triggers the right to a hearing (APL Art 63). */
    @WithDefault("5000")
    BigDecimal hearingPersonFine();

    @WithDefault("100000")
    BigDecimal hearingOrganisationFine();

    /** Other thresholds for particular fields of enforcement, keyed by field code. */
    Map<String, Thresholds> hearingByField();

    /** Fields in which every general-procedure decision passes legal review (APL Art 58 para 1 item 4). */
    Optional<List<String>> legalReviewFields();

    /** Working days the party has to state and defend after being served the notice (APL Arts 44, 62). */
    @WithDefault("5")
    int defenceWorkingDays();

    /** The furthest a supervisor may extend the decision period at once, in days past the current last day (APL Art 60). */
    @WithDefault("30")
    int decisionExtensionMaxDays();

    /** "Due soon" lists deadlines falling within this many days. */
    @WithDefault("3")
    int dueSoonDays();

    interface Thresholds {
        BigDecimal person();

        BigDecimal organisation();
    }
}
