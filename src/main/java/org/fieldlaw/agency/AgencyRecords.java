package org.fieldlaw.agency;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.fieldlaw.agency.model.BodyKind;

/**
 * Persists register records with ids derived from a name, so seed data (dev-mode demo data,
 * test fixtures) gets the same ids on every run. Call inside a transaction.
 */
public final class AgencyRecords {

    private AgencyRecords() {
    }

    public static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static EnforcementBody body(UUID id, String name, String casePrefix, BodyKind kind, String jurisdictionCode) {
        EnforcementBody b = new EnforcementBody();
        b.id = id;
        b.name = name;
        b.casePrefix = casePrefix;
        b.kind = kind;
        b.jurisdictionCode = jurisdictionCode;
        b.persist();
        return b;
    }

    public static Officer officer(UUID id, String username, String name, UUID bodyId, boolean legalQualification, boolean active) {
        Officer o = new Officer();
        o.id = id;
        o.username = username;
        o.name = name;
        o.body = EnforcementBody.findById(bodyId);
        o.legalQualification = legalQualification;
        o.active = active;
        o.persist();
        return o;
    }

    public static EnforcementCertificate certificate(UUID id, Officer holder, String number, String[] fields, String areaCode,
            LocalDate validFrom, LocalDate validTo) {
        EnforcementCertificate c = new EnforcementCertificate();
        c.id = id;
        c.officerId = holder.id;
        c.number = number;
        c.issuingAuthority = "广东省人民政府";
        c.fields = fields;
        c.areaCode = areaCode;
        c.validFrom = validFrom;
        c.validTo = validTo;
        c.persist();
        return c;
    }
}
