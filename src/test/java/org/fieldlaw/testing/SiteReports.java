package org.fieldlaw.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A patrol report of new building in 白沙 naming its party, each at a spot of its own so it makes a site of its own. */
public final class SiteReports {

    private static final AtomicInteger SPOT = new AtomicInteger();

    private SiteReports() {
    }

    /** South-west of every other test's sites (a kilometre apart), with the phone's own site and visit ids. */
    public static Map<String, Object> withParty(String address, String partyName, String partyIdentifier) {
        int n = SPOT.incrementAndGet();
        Map<String, Object> r = new HashMap<>();
        r.put("siteId", UUID.randomUUID().toString());
        r.put("visitId", UUID.randomUUID().toString());
        r.put("placeCode", AgencyFixture.BAISHA);
        r.put("address", address);
        r.put("planningArea", "URBAN_OR_TOWN");
        r.put("villaArea", false);
        r.put("partyName", partyName);
        r.put("partyIdentifier", partyIdentifier);
        r.put("visitedAt", "2026-11-02T09:30:00+08:00");
        r.put("point", Map.of("latitude", 21.20 + n * 0.01, "longitude", 112.20, "accuracyM", 5.0));
        r.put("observation", Map.of("kind", "NEW_BUILDING", "floors", 1, "floorArea", "40", "constructionInProgress", true,
                "permitStatus", "NONE"));
        return r;
    }
}
