package org.fieldlaw.cases.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The legal deadlines of one case, each open, met or overdue, from the dates the case has reached. */
public final class DueDates {

    public enum Kind {
        DECISION("作出处罚决定 (APL Art 60: 90 days from filing)"),
        SERVICE("送达处罚决定书 (APL Art 61: 7 working days)"),
        PAYMENT("缴纳罚款 (APL Art 67: 15 days from service)"),
        PRESERVATION("先行登记保存证据的处理 (APL Art 56: 7 working days)"),
        CASH_HAND_IN("当场收缴的罚款交至行政机关 (APL Art 71: 2 working days)");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The dates a case has reached; null where it has not. */
    public record Dates(CaseState state, LocalDate filedOn, LocalDate decisionExtendedTo, LocalDate decidedOn, LocalDate servedOn,
            LocalDate paidOn, boolean fined, LocalDate preservationRegisteredOn, LocalDate preservationDisposedOn,
            LocalDate cashCollectedOn, LocalDate cashHandedInOn) {
    }

    public record Deadline(Kind kind, LocalDate due, LocalDate metOn) {

        public boolean open() {
            return metOn == null;
        }

        public boolean overdueOn(LocalDate day) {
            return metOn == null ? day.isAfter(due) : metOn.isAfter(due);
        }
    }

    /** A case that has ended owes nothing more: a deadline it did not meet is no longer open, only history. */
    private static final Set<CaseState> ENDED = EnumSet.of(CaseState.CLOSED, CaseState.WITHDRAWN, CaseState.TRANSFERRED);

    private static final Set<CaseState> BEFORE_DECISION = EnumSet.of(CaseState.FILED, CaseState.INVESTIGATING, CaseState.PROPOSED,
            CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW, CaseState.COLLECTIVE_DISCUSSION);

    private final CaseDeadlines deadlines;

    public DueDates(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public List<Deadline> of(Dates d) {
        List<Deadline> all = new ArrayList<>();
        if (d.filedOn() != null && (d.decidedOn() != null || BEFORE_DECISION.contains(d.state()))) {
            all.add(new Deadline(Kind.DECISION, deadlines.decisionDue(d.filedOn(), d.decisionExtendedTo()), d.decidedOn()));
        }
        if (d.decidedOn() != null && d.state() != CaseState.NO_PENALTY) {
            all.add(new Deadline(Kind.SERVICE, deadlines.serviceDue(d.decidedOn()), d.servedOn()));
        }
        if (d.servedOn() != null && d.fined() && d.state() != CaseState.ENFORCED) {
            all.add(new Deadline(Kind.PAYMENT, deadlines.paymentDue(d.servedOn()), d.paidOn()));
        }
        if (d.preservationRegisteredOn() != null) {
            all.add(new Deadline(Kind.PRESERVATION, deadlines.preservationDisposalDue(d.preservationRegisteredOn()), d.preservationDisposedOn()));
        }
        if (d.cashCollectedOn() != null) {
            all.add(new Deadline(Kind.CASH_HAND_IN, deadlines.cashHandInDue(d.cashCollectedOn()), d.cashHandedInOn()));
        }
        if (ENDED.contains(d.state())) {
            all.removeIf(Deadline::open);
        }
        return all;
    }

    /** The earliest deadline still open: what "due soon" and "overdue" lists sort by. */
    public Optional<Deadline> next(Dates d) {
        return of(d).stream().filter(Deadline::open).min(Comparator.comparing(Deadline::due));
    }
}
