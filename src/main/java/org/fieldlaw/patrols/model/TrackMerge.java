package org.fieldlaw.patrols.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a batch of GPS fixes joins a patrol's track. A fix is known by its time: the same fix sent
 * again (a retried batch, overlapping batches, batches out of order) is stored once. A different
 * position at a time already stored is a conflict: the first stays and the other is reported,
 * never silently overwritten.
 */
public final class TrackMerge {

    public record Fix(Instant at, double latitude, double longitude, Double accuracyM) {

        public Fix {
            Objects.requireNonNull(at, "at");
            new GeoPoint(latitude, longitude);
        }

        boolean samePlace(Fix other) {
            return latitude == other.latitude && longitude == other.longitude && Objects.equals(accuracyM, other.accuracyM);
        }
    }

    /** New fixes to store, fixes already held, and fixes that contradict what is held. */
    public record Outcome(List<Fix> added, int duplicates, List<Fix> conflicting) {
    }

    /** A phone's clock may be off by this much against the patrol's start and end. */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(10);

    private TrackMerge() {
    }

    /** @param held the fixes already stored at the times this batch names */
    public static Outcome merge(Map<Instant, Fix> held, List<Fix> batch) {
        Map<Instant, Fix> known = new LinkedHashMap<>(held);
        List<Fix> added = new ArrayList<>();
        List<Fix> conflicting = new ArrayList<>();
        int duplicates = 0;
        for (Fix fix : batch) {
            Fix before = known.get(fix.at());
            if (before == null) {
                known.put(fix.at(), fix);
                added.add(fix);
            } else if (before.samePlace(fix)) {
                duplicates++;
            } else {
                conflicting.add(fix);
            }
        }
        return new Outcome(added, duplicates, conflicting);
    }

    /** Indexes of fixes outside the patrol's time, with {@link #CLOCK_SLACK} either side; an open patrol has no end. */
    public static List<Integer> outsidePatrol(Instant start, Instant end, List<Fix> batch) {
        List<Integer> outside = new ArrayList<>();
        Instant from = start.minus(CLOCK_SLACK);
        Instant to = end == null ? null : end.plus(CLOCK_SLACK);
        for (int i = 0; i < batch.size(); i++) {
            Instant at = batch.get(i).at();
            if (at.isBefore(from) || to != null && at.isAfter(to)) {
                outside.add(i);
            }
        }
        return outside;
    }

    /** The walked distance of a track in time order, in metres. */
    public static double metres(List<Fix> inTimeOrder) {
        double total = 0;
        for (int i = 1; i < inTimeOrder.size(); i++) {
            Fix a = inTimeOrder.get(i - 1);
            Fix b = inTimeOrder.get(i);
            total += new GeoPoint(a.latitude(), a.longitude()).metresTo(new GeoPoint(b.latitude(), b.longitude()));
        }
        return total;
    }
}
