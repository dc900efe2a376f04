package org.fieldlaw.discretion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A decided case of a party: what first violation and counted aggravation (penalties only) are read from. */
@Entity
@Table(name = "decided_case_record")
public class DecidedCaseRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The keyed hash of the party's identifier ({@code PersonalData#lookupKey}); the identifier itself is not kept. */
    @Column(name = "party_key")
    public String partyKey;

    /** Only in rows from before hashing, until the resealing job hashes them into {@link #partyKey}; never written. */
    @Column(name = "party_identifier", insertable = false, updatable = false)
    public String legacyIdentifier;

    @Column(name = "violation_code", nullable = false)
    public String violationCode;

    @Column(nullable = false)
    public String field;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public String source;

    /** A penalty was decided (not a no-penalty outcome): only these count as repeat offending. */
    @Column(nullable = false)
    public boolean penalised = true;
}
