package org.fieldlaw.patrols.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * A new report near an open site is a visit to that site, not a new site: the nearest open site
 * within the attach distance (default 30 m) takes it.
 */
public final class SiteMatching {

    public record Candidate(UUID siteId, GeoPoint point, SiteStatus status) {
    }

    public record Match(UUID siteId, double metres) {
    }

    private final double attachMetres;

    public SiteMatching(double attachMetres) {
        this.attachMetres = attachMetres;
    }

    public Optional<Match> siteFor(GeoPoint reported, Collection<Candidate> nearby) {
        return nearby.stream()
                .filter(c -> c.status() != SiteStatus.CLOSED)
                .map(c -> new Match(c.siteId(), reported.metresTo(c.point())))
                .filter(m -> m.metres() <= attachMetres)
                .min(Comparator.comparingDouble(Match::metres));
    }
}
