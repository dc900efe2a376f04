package org.fieldlaw.patrols.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldlaw.agency.model.DayKind;
import org.fieldlaw.agency.model.WorkingDayCalendar;
import org.fieldlaw.patrols.model.TrackMerge.Fix;
import org.junit.jupiter.api.Test;

/** Patrol tracks sent in retried and out-of-order batches, and the supervisors' patrol frequency on working days. */
class PatrolRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");

    private static Fix fix(int minute, double latitude) {
        return new Fix(T0.plusSeconds(60L * minute), latitude, 113.08, 5.0);
    }

    @Test
    void aResentBatchAddsNothingAndCountsItsFixesAsDuplicates() {
        List<Fix> batch = List.of(fix(0, 22.60), fix(1, 22.601), fix(2, 22.602));
        TrackMerge.Outcome first = TrackMerge.merge(Map.of(), batch);
        assertEquals(3, first.added().size());
        Map<Instant, Fix> held = Map.of(fix(0, 22.60).at(), fix(0, 22.60), fix(1, 0).at(), fix(1, 22.601), fix(2, 0).at(), fix(2, 22.602));
        TrackMerge.Outcome again = TrackMerge.merge(held, batch);
        assertEquals(0, again.added().size());
        assertEquals(3, again.duplicates());
        assertTrue(again.conflicting().isEmpty());
    }

    @Test
    void anOverlappingBatchAddsOnlyTheNewFixesAndARepeatInsideOneBatchIsCountedOnce() {
        Map<Instant, Fix> held = Map.of(fix(5, 0).at(), fix(5, 22.605));
        TrackMerge.Outcome out = TrackMerge.merge(held, List.of(fix(4, 22.604), fix(5, 22.605), fix(6, 22.606), fix(4, 22.604)));
        assertEquals(List.of(fix(4, 22.604), fix(6, 22.606)), out.added());
        assertEquals(2, out.duplicates());
    }

    @Test
    void aDifferentPositionAtATimeAlreadyHeldIsAConflictAndNeverOverwrites() {
        Map<Instant, Fix> held = Map.of(fix(1, 0).at(), fix(1, 22.601));
        TrackMerge.Outcome out = TrackMerge.merge(held, List.of(fix(1, 22.700)));
        assertTrue(out.added().isEmpty());
        assertEquals(List.of(fix(1, 22.700)), out.conflicting());
    }

    @Test
    void fixesOutsideThePatrolBeyondTheClockSlackAreNamed() {
        Instant start = T0;
        Instant end = T0.plusSeconds(3600);
        List<Fix> batch = List.of(fix(-9, 22.6), fix(-11, 22.6), fix(30, 22.6), fix(71, 22.6));
        assertEquals(List.of(1, 3), TrackMerge.outsidePatrol(start, end, batch));
        assertEquals(List.of(1), TrackMerge.outsidePatrol(start, null, batch), "an open patrol has no end yet");
    }

    @Test
    void theWalkedDistanceFollowsTheFixesInTimeOrder() {
        // 0.001° of latitude is about 111 m
        assertEquals(222, TrackMerge.metres(List.of(fix(0, 22.600), fix(1, 22.601), fix(2, 22.602))), 1);
        assertEquals(0, TrackMerge.metres(List.of(fix(0, 22.600))));
        assertThrows(IllegalArgumentException.class, () -> new Fix(T0, 91, 113, null));
    }

    @Test
    void theNextPatrolIsDueOnWorkingDaysAfterTheLastOneOrTheAssignment() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Map.of(
                LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
                LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
                LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY), Set.of(2026));
        PatrolSchedule schedule = new PatrolSchedule(calendar);
        // assigned Wednesday 30 September, every 2 working days, no patrol yet: 8 and 9 October
        assertEquals(LocalDate.of(2026, 10, 9), schedule.nextDue(2, LocalDate.of(2026, 9, 30), null));
        // last patrol Friday 9 October: Saturday 10 (make-up day) and Monday 12
        assertEquals(LocalDate.of(2026, 10, 12), schedule.nextDue(2, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9)));
        assertTrue(schedule.overdue(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 13)));
        assertFalse(schedule.overdue(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 12)));
    }
}
