package org.fieldlaw.agency.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The terms of an enforcement certificate: validity period (both ends inclusive), suspension,
 * the fields of enforcement it covers and the area it is valid in.
 */
public record CertificateTerms(LocalDate validFrom, LocalDate validTo, LocalDate suspendedFrom,
        Set<String> fields, String areaCode) {

    public CertificateTerms {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        fields = Set.copyOf(fields);
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom");
        }
    }

    public CertificateStatus statusOn(LocalDate day) {
        if (day.isBefore(validFrom)) {
            return CertificateStatus.NOT_YET_VALID;
        }
        if (day.isAfter(validTo)) {
            return CertificateStatus.EXPIRED;
        }
        if (suspendedFrom != null && !day.isBefore(suspendedFrom)) {
            return CertificateStatus.SUSPENDED;
        }
        return CertificateStatus.VALID;
    }

    /** Valid on the day, for the field, and for a place inside its area. */
    public boolean covers(LocalDate day, String field, String placeCode, JurisdictionTree tree) {
        return statusOn(day) == CertificateStatus.VALID
                && fields.contains(field)
                && tree.isWithin(placeCode, areaCode);
    }
}
