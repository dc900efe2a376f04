package org.fieldlaw.discretion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.fieldlaw.discretion.model.PartyHistory;
import org.fieldlaw.privacy.PersonalData;

/**
 * A party's decided cases, counted by its identifier: never an officer's tick box (docs/domain.md §4). The history
 * holds the identifier's keyed hash, not the identifier; the cache is keyed by it too.
 * Every assessment reads it. A replica keeps the parties it assessed lately in a bounded cache and reads any other
 * from the database (one indexed query), so start-up and memory stay the same after years of cases; the notice the
 * database sends for each decided case (see V2 migration) drops that party from the cache, so the next assessment
 * reads it afresh.
 * "Within a year" counts decided penalties (not no-penalty outcomes) of the same field in the year
 * before the act; "earlier cases of this violation" count every decided case, penalised or not.
 */
@ApplicationScoped
public class PartyHistoryService {

    record Decided(String violationCode, String field, LocalDate decidedOn, boolean penalised) {
    }

    private final Cache<String, List<Decided>> byParty;
    /** Counts notices: a read that overlapped one is answered but not kept, since it may predate the change. */
    private final AtomicLong notices = new AtomicLong();
    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final PersonalData personalData;

    PartyHistoryService(AgroalDataSource dataSource, ObjectMapper mapper, DiscretionConfig config, PersonalData personalData) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.personalData = personalData;
        this.byParty = Caffeine.newBuilder().maximumSize(config.historyCacheSize()).build();
    }

    public PartyHistory historyOf(String partyIdentifier, String violationCode, String field, LocalDate actDate) {
        if (partyIdentifier == null || partyIdentifier.isBlank()) {
            return PartyHistory.NONE;
        }
        String key = personalData.lookupKey(partyIdentifier);
        List<Decided> decided = byParty.getIfPresent(key);
        if (decided == null) {
            decided = read(key, partyIdentifier);
        }
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
        String key = personalData.lookupKey(partyIdentifier);
        long earlier = DecidedCaseRecord.count("(partyKey = ?1 or legacyIdentifier = ?5) and violationCode = ?2 and decidedOn < ?3 and id <> ?4",
                key, violationCode, actDate, leaveOut, partyIdentifier);
        long withinYear = DecidedCaseRecord.count(
                "(partyKey = ?1 or legacyIdentifier = ?6) and field = ?2 and decidedOn < ?3 and decidedOn >= ?4 and id <> ?5 and penalised = true",
                key, field, actDate, actDate.minusYears(1), leaveOut, partyIdentifier);
        return new PartyHistory((int) earlier, (int) withinYear);
    }

    /**
     * Plain JDBC on the hot path: assessments run outside any transaction, and one indexed read needs no
     * persistence context.
     */
    private List<Decided> read(String key, String partyIdentifier) {
        long before = notices.get();
        List<Decided> decided = new ArrayList<>();
        // A row not yet hashed (written before V30, or by a replica not yet upgraded) is found by its plain identifier.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select violation_code, field, decided_on, penalised from decided_case_record"
                        + " where party_key = ? or party_identifier = ?")) {
            s.setString(1, key);
            s.setString(2, partyIdentifier);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    decided.add(new Decided(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class), r.getBoolean(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the party history", e);
        }
        List<Decided> kept = List.copyOf(decided);
        if (notices.get() == before) {
            byParty.put(key, kept);
        }
        return kept;
    }

    /** Forgets every party held: after the listener lost its connection, notices sent meanwhile are gone. */
    public void reload() {
        notices.incrementAndGet();
        byParty.invalidateAll();
    }

    /** A decided case announced by the database (JSON: party, violation, field, decidedOn, penalised), or one removed. */
    void apply(String notice) {
        notices.incrementAndGet();
        try {
            JsonNode n = mapper.readTree(notice);
            if (n.has("removed")) {
                // Rare (a decision revoked), and the notice names the case, not the party.
                byParty.invalidateAll();
                return;
            }
            JsonNode party = n.get("party");
            if (party == null || party.isNull()) {
                // A row written without its keyed hash (a replica not yet upgraded): the notice cannot say whose.
                byParty.invalidateAll();
                return;
            }
            byParty.invalidate(party.asText());
        } catch (Exception e) {
            Log.warnf("Unreadable decided-case notice, forgetting every party held: %s", e.getMessage());
            byParty.invalidateAll();
        }
    }
}
