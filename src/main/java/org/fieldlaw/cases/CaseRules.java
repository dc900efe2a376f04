package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.fieldlaw.agency.CalendarService;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.cases.model.CaseDeadlines;
import org.fieldlaw.cases.model.DueDates;
import org.fieldlaw.cases.model.HearingTrigger;
import org.fieldlaw.cases.model.LatePayment;
import org.fieldlaw.cases.model.OnTheSpotLimit;
import org.fieldlaw.cases.model.ProcedureGates;

/**
 * The plain-Java rules of the procedure, built from configuration and the current register. The
 * calendar and the jurisdiction tree can change at run time, so the rules are put together per use.
 */
@ApplicationScoped
public class CaseRules {

    private final CalendarService calendar;
    private final JurisdictionDirectory directory;
    private final HearingTrigger hearing;
    private final int defenceWorkingDays;

    CaseRules(CalendarService calendar, JurisdictionDirectory directory, CaseConfig config) {
        this.calendar = calendar;
        this.directory = directory;
        this.defenceWorkingDays = config.defenceWorkingDays();
        Map<String, HearingTrigger.Thresholds> byField = new HashMap<>();
        config.hearingByField().forEach((field, t) -> byField.put(field, new HearingTrigger.Thresholds(t.person(), t.organisation())));
        this.hearing = new HearingTrigger(new HearingTrigger.Thresholds(config.hearingPersonFine(), config.hearingOrganisationFine()), byField);
    }

    public CaseDeadlines deadlines() {
        return new CaseDeadlines(calendar.calendar(), defenceWorkingDays);
    }

    public DueDates dueDates() {
        return new DueDates(deadlines());
    }

    public ProcedureGates gates() {
        return new ProcedureGates(directory.tree(), onTheSpot(), hearing, deadlines());
    }

    /** APL Arts 51, 68: the on-the-spot limits, statutory. */
    public OnTheSpotLimit onTheSpot() {
        return OnTheSpotLimit.statutory();
    }

    public HearingTrigger hearing() {
        return hearing;
    }

    public LatePayment latePayment() {
        return LatePayment.statutory();
    }
}
