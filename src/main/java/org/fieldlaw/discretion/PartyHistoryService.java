package org.fieldlaw.discretion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldlaw.discretion.model.PartyHistory;

/**
 * A party's decided cases, counted by its identifier: never an officer's tick box (docs/domain.md §4).
 * Every assessment reads it, so each replica holds the history in memory: loaded at start, and
 * kept current by the notice the database sends for each decided case (see V2 migration).
 * "Within a year" counts decided penalties (not no-penalty outcomes) of the same field in the year
 * before the act; "earlier cases of this violation" count every decided case, penalised or not.
 */
@ApplicationScoped
public class PartyHistoryService {

    record Decided(String violationCode, String field, LocalDate decidedOn, boolean penalised) {
    }

    private volatile Map<String, List<Decided>> byParty = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    PartyHistoryService(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public PartyHistory historyOf(String partyIdentifier, String violationCode, String field, LocalDate actDate) {
        if (partyIdentifier == null || partyIdentifier.isBlank()) {
            return PartyHistory.NONE;
        }
        List<Decided> decided = byParty.getOrDefault(partyIdentifier, List.of());
        LocalDate yearBefore = actDate.minusYears(1);
        int earlier = 0;
        int withinYear = 0;
        for (Decided d : decided) {
            if (!d.decidedOn().isBefore(actDate)) {
                continue;
            }
            if (d.violationCode().equals(violationCode)) {
                earlier++;
            }
            if (d.penalised() && d.field().equals(field) && !d.decidedOn().isBefore(yearBefore)) {
                withinYear++;
            }
        }
        return new PartyHistory(earlier, withinYear);
    }

    /**
     * The same count read from the database, leaving one case out: what a case pins, since a
     * replica's memory may lag a decision made elsewhere by the time a notice takes to arrive.
     */
    public PartyHistory countFromDatabase(String partyIdentifier, String violationCode, String field, LocalDate actDate, UUID leaveOut) {
        if (partyIdentifier == null || partyIdentifier.isBlank()) {
            return PartyHistory.NONE;
        }
        long earlier = DecidedCaseRecord.count("partyIdentifier = ?1 and violationCode = ?2 and decidedOn < ?3 and id <> ?4",
                partyIdentifier, violationCode, actDate, leaveOut);
        long withinYear = DecidedCaseRecord.count(
                "partyIdentifier = ?1 and field = ?2 and decidedOn < ?3 and decidedOn >= ?4 and id <> ?5 and penalised = true",
                partyIdentifier, field, actDate, actDate.minusYears(1), leaveOut);
        return new PartyHistory((int) earlier, (int) withinYear);
    }

    @Transactional
    public void reload() {
        Map<String, List<Decided>> loaded = new HashMap<>();
        for (DecidedCaseRecord r : DecidedCaseRecord.<DecidedCaseRecord>listAll()) {
            loaded.computeIfAbsent(r.partyIdentifier, k -> new ArrayList<>())
                    .add(new Decided(r.violationCode, r.field, r.decidedOn, r.penalised));
        }
        Map<String, List<Decided>> fresh = new ConcurrentHashMap<>();
        loaded.forEach((party, list) -> fresh.put(party, List.copyOf(list)));
        byParty = fresh;
    }

    /** A decided case announced by the database (JSON: party, violation, field, decidedOn, penalised), or one removed. */
    void apply(String notice) {
        try {
            JsonNode n = mapper.readTree(notice);
            if (n.has("removed")) {
                // Rare (a decision revoked): the history is read afresh rather than kept by case id in memory.
                reload();
                return;
            }
            Decided d = new Decided(n.get("violation").asText(), n.get("field").asText(), LocalDate.parse(n.get("decidedOn").asText()),
                    !n.has("penalised") || n.get("penalised").asBoolean());
            byParty.merge(n.get("party").asText(), List.of(d), (old, added) -> {
                List<Decided> joined = new ArrayList<>(old);
                joined.addAll(added);
                return List.copyOf(joined);
            });
        } catch (Exception e) {
            Log.warnf("Unreadable decided-case notice, reloading the history: %s", e.getMessage());
            reload();
        }
    }
}
