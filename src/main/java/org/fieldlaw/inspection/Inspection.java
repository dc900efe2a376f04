package org.fieldlaw.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One draw of a case-file inspection: whose cases, which period, the seed and the checklist it used. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "town_code")
    public String townCode;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    public long seed;

    @Column(name = "sample_size")
    public int sampleSize;

    public int population;

    /** The checklist as it stood at the draw, as JSON: a later change to the configuration does not rescore old files. */
    public String checklist;

    @Column(name = "drawn_by")
    public UUID drawnBy;

    @Column(name = "drawn_at")
    public OffsetDateTime drawnAt;
}
