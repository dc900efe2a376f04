package org.fieldlaw.patrols.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The continued-building alarm (边执法边违建, Planning Law Art 68): a site that must not be built on
 * shows progress between two visits. Progress is read from the measurements, never from a flag
 * alone: more floors, more area or greater height beyond the measuring tolerance, or work going
 * on where it had stopped. Work that takes the building down is not progress.
 */
public final class ContinuedBuilding {

    /** How much two measurements of the same building may differ by tape and eye. */
    public record Tolerance(BigDecimal areaShare, BigDecimal areaMinimum, BigDecimal height) {

        /** 5% of the area but at least 2 m², and 0.3 m of height. */
        public static Tolerance defaults() {
            return new Tolerance(new BigDecimal("0.05"), new BigDecimal("2"), new BigDecimal("0.3"));
        }
    }

    /** Why the alarm was raised, each sign of progress in words an officer can read out. */
    public record Alarm(List<String> signs) {
        public Alarm {
            signs = List.copyOf(signs);
        }
    }

    private final Tolerance tolerance;

    public ContinuedBuilding(Tolerance tolerance) {
        this.tolerance = tolerance;
    }

    /** A site on which no stop order stands beside its current status. */
    public Optional<Alarm> check(SiteStatus status, LocalDate deadline, LocalDate on, Observation before, Observation after) {
        return check(status, deadline, false, on, before, after);
    }

    /**
     * @param deadline the deadline of a correction or demolition order, null for other statuses
     * @param stopOrderStands a stop order was issued and not lifted: a correction or demolition order that
     *     followed it does not allow building until its deadline (Planning Law Arts 64, 68)
     * @param on the day of the later visit
     */
    public Optional<Alarm> check(SiteStatus status, LocalDate deadline, boolean stopOrderStands, LocalDate on, Observation before,
            Observation after) {
        boolean underStopOrder = status.restrained() || stopOrderStands && status.restrainedAfterDeadline();
        boolean restrained = underStopOrder
                || status.restrainedAfterDeadline() && deadline != null && on.isAfter(deadline);
        if (!restrained || after.demolitionInProgress()) {
            return Optional.empty();
        }
        List<String> signs = new ArrayList<>();
        if (before.floors() != null && after.floors() != null && after.floors() > before.floors()) {
            signs.add("层数由 " + before.floors() + " 层增至 " + after.floors() + " 层 (more floors)");
        }
        if (before.floorArea() != null && after.floorArea() != null) {
            BigDecimal allowed = before.floorArea().multiply(tolerance.areaShare()).max(tolerance.areaMinimum());
            if (after.floorArea().subtract(before.floorArea()).compareTo(allowed) > 0) {
                signs.add("面积由 " + before.floorArea().toPlainString() + " m² 增至 " + after.floorArea().toPlainString()
                        + " m²，超过测量误差 " + allowed.stripTrailingZeros().toPlainString() + " m² (more area)");
            }
        }
        if (before.height() != null && after.height() != null
                && after.height().subtract(before.height()).compareTo(tolerance.height()) > 0) {
            signs.add("高度由 " + before.height().toPlainString() + " m 增至 " + after.height().toPlainString() + " m (greater height)");
        }
        if (after.constructionInProgress() && !before.constructionInProgress()) {
            signs.add("前次巡查已停工，本次仍在施工 (work going on where it had stopped)");
        } else if (after.constructionInProgress() && underStopOrder) {
            signs.add("责令停止建设后仍在施工 (work going on under a stop order)");
        }
        return signs.isEmpty() ? Optional.empty() : Optional.of(new Alarm(signs));
    }
}
