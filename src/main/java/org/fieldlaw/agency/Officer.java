package org.fieldlaw.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.fieldlaw.common.TrackedEntity;

/**
 * A person who signs in: field officer, legal reviewer, supervisor, bureau administrator or
 * auditor. The body's jurisdiction scopes everything the person may see or do.
 */
@Entity
@Table(name = "officer")
public class Officer extends TrackedEntity {

    @Id
    public UUID id;

    /** The identity provider's subject, once known. */
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "body_id")
    public EnforcementBody body;

    /** Holds the national legal professional qualification (法律职业资格), required of a first-time legal reviewer. */
    @Column(name = "legal_qualification", nullable = false)
    public boolean legalQualification;

    @Column(nullable = false)
    public boolean active = true;
}
