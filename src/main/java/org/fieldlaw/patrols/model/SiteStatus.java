package org.fieldlaw.patrols.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where an illegal-construction site stands (docs/domain.md §6). Each state names those that may follow;
 * {@link #restrained()} says whether building must have stopped, which is when a visit showing
 * progress raises the continued-building alarm (边执法边违建).
 */
public enum SiteStatus {
    SUSPECTED,
    CONFIRMED_ILLEGAL,
    STOP_ORDER_ISSUED,
    CORRECTION_ORDERED,
    DEMOLITION_ORDERED,
    SEALED,
    DEMOLISHED,
    LEGALISED,
    CLOSED;

    public Set<SiteStatus> next() {
        return switch (this) {
            case SUSPECTED -> EnumSet.of(CONFIRMED_ILLEGAL, CLOSED);
            case CONFIRMED_ILLEGAL -> EnumSet.of(STOP_ORDER_ISSUED, CORRECTION_ORDERED, DEMOLITION_ORDERED, LEGALISED);
            case STOP_ORDER_ISSUED -> EnumSet.of(CORRECTION_ORDERED, DEMOLITION_ORDERED, SEALED, LEGALISED);
            case CORRECTION_ORDERED -> EnumSet.of(DEMOLITION_ORDERED, SEALED, LEGALISED, CLOSED);
            case DEMOLITION_ORDERED -> EnumSet.of(SEALED, DEMOLISHED);
            case SEALED -> EnumSet.of(DEMOLITION_ORDERED, DEMOLISHED);
            case DEMOLISHED, LEGALISED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(SiteStatus.class);
        };
    }

    /** Under a stop order or sealed: any building work is continued building. Orders with deadlines count once the deadline has passed. */
    public boolean restrained() {
        return this == STOP_ORDER_ISSUED || this == SEALED;
    }

    /** Orders that restrain only after their deadline: correcting or demolishing may go on until then. */
    public boolean restrainedAfterDeadline() {
        return this == CORRECTION_ORDERED || this == DEMOLITION_ORDERED;
    }

    /**
     * The day a stop order stands from after a change to {@code next}: issued now, kept through the
     * orders and the seal that follow it, lifted when the building is legalised, demolished or the site
     * closed.
     */
    public static LocalDate stopOrderAfter(SiteStatus next, LocalDate standingSince, LocalDate today) {
        return switch (next) {
            case STOP_ORDER_ISSUED -> standingSince != null ? standingSince : today;
            case LEGALISED, DEMOLISHED, CLOSED -> null;
            default -> standingSince;
        };
    }
}
