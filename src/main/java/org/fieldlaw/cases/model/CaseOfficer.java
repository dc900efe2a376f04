package org.fieldlaw.cases.model;

import java.util.Objects;
import java.util.UUID;
import org.fieldlaw.agency.model.CertificateTerms;

/** An officer taking part in a case, with the certificate they act under and whether they investigated. */
public record CaseOfficer(UUID officerId, String certificateNumber, CertificateTerms certificate, boolean investigator) {

    public CaseOfficer {
        Objects.requireNonNull(officerId, "officerId");
    }
}
