package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.OfficerInput;
import org.fieldlaw.common.CanonicalJson;
import org.fieldlaw.discretion.model.PartyKind;

/**
 * A case request in its canonical form: what makes two sendings of a create "the same request",
 * and the request a stored case would be made from now (the before of an edit).
 */
@ApplicationScoped
class CaseRequests {

    private final CanonicalJson canonical;
    private final CaseViews views;

    CaseRequests(CanonicalJson canonical, CaseViews views) {
        this.canonical = canonical;
        this.views = views;
    }

    CanonicalJson.Digested digest(CaseRequest request) {
        return canonical.digest(normalise(request));
    }

    JsonNode tree(String json) {
        return canonical.read(json);
    }

    JsonNode tree(CaseRequest request) {
        return tree(canonical.write(normalise(request)));
    }

    /** The bases as stored: canonical JSON, so equal amounts read back equal. */
    String bases(Map<String, BigDecimal> bases) {
        return canonical.write(bases == null ? Map.of() : new TreeMap<>(bases));
    }

    /** The request the stored case would be made from now. */
    CaseRequest current(EnforcementCase c) {
        List<OfficerInput> officers = CaseOfficerLink.ofCase(c.id).stream()
                .map(l -> new OfficerInput(l.key.officerId(), l.investigator)).toList();
        boolean person = c.partyKind == PartyKind.PERSON;
        return new CaseRequest(c.procedure, c.source, c.violationCode,
                new CaseDto.PlaceInput(c.placeCode, c.address, c.latitude == null ? null : new CaseDto.Point(c.latitude, c.longitude, c.accuracyM)),
                c.actDate, c.actEndDate, c.continuing, c.discoveredOn,
                new CaseDto.PartyInput(c.partyKind.name(), c.partyName, person ? c.partyIdentifier : null, c.partyBirthDate,
                        person ? null : c.partyIdentifier, c.partyAddress),
                officers, List.of(c.circumstances), views.bases(c.bases), c.summary);
    }

    /** 100 and 100.00 yuan are the same request; so are the same circumstances in another order. */
    private static CaseRequest normalise(CaseRequest r) {
        Map<String, BigDecimal> bases = null;
        if (r.bases() != null) {
            bases = new TreeMap<>();
            for (Map.Entry<String, BigDecimal> e : r.bases().entrySet()) {
                bases.put(e.getKey(), e.getValue() == null ? null : e.getValue().stripTrailingZeros());
            }
        }
        List<String> circumstances = r.circumstances() == null || r.circumstances().isEmpty() ? null
                : r.circumstances().stream().sorted().distinct().toList();
        List<OfficerInput> officers = r.officers().stream()
                .map(o -> new OfficerInput(o.officerId(), o.investigator() == null || o.investigator())).toList();
        return new CaseRequest(r.procedure(), r.source(), r.violationCode(), r.place(), r.actDate(), r.actEndDate(),
                Boolean.TRUE.equals(r.continuing()) ? Boolean.TRUE : null, r.discoveredOn(), r.party(), officers,
                circumstances, bases == null || bases.isEmpty() ? null : bases, r.summary());
    }
}
