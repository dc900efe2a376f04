package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.agency.model.BodyKind;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Tier;
import org.fieldlaw.documents.DocumentTemplates;
import org.fieldlaw.documents.PdfRenderer;
import org.fieldlaw.documents.model.ChineseAmount;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceService;

/**
 * The penalty decision (行政处罚决定书, APL Art 59) of a decided case, drawn from the case's own record:
 * the party, the facts and the evidence, the provisions breached and applied, the discretion the pinned
 * assessment applied, the penalty with the fine also in capitals, how and by when to pay (Arts 67, 72),
 * and the party's remedies (reconsideration within 60 days, litigation within 6 months).
 */
@ApplicationScoped
public class PenaltyDecisionDocument {

    static final String KIND = "penalty-decision";
    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @RegisterForReflection
    public record Party(boolean person, String name, String identifierLabel, String identifier, String address) {
    }

    @RegisterForReflection
    public record Evidence(int n, String kind, String filename, String capturedAt, String sha256) {
    }

    @RegisterForReflection
    public record Officer(String name, String certificate) {
    }

    private final CaseService cases;
    private final EvidenceService evidence;
    private final AgencyRegister register;
    private final JurisdictionDirectory directory;
    private final ViolationCatalogue catalogue;
    private final DocumentTemplates templates;
    private final PdfRenderer pdf;
    private final ObjectMapper mapper;

    PenaltyDecisionDocument(CaseService cases, EvidenceService evidence, AgencyRegister register, JurisdictionDirectory directory,
            ViolationCatalogue catalogue, DocumentTemplates templates, PdfRenderer pdf, ObjectMapper mapper) {
        this.cases = cases;
        this.evidence = evidence;
        this.register = register;
        this.directory = directory;
        this.catalogue = catalogue;
        this.templates = templates;
        this.pdf = pdf;
        this.mapper = mapper;
    }

    /** The document as a PDF; 409 before the decision or for a decision not to penalise. */
    @Transactional
    public byte[] render(UUID caseId) {
        EnforcementCase c = cases.visible(caseId);
        if (c.decidedOn == null || c.decidedTypes == null) {
            throw new ApiException(ProblemType.CONFLICT, "尚未作出行政处罚决定，不能出具行政处罚决定书 (no penalty decision yet)");
        }
        RegisteredBody body = register.body(c.bodyId).orElseThrow();
        String number = documentNumber(c.caseNumber);
        return pdf.render(templates.render(KIND, data(c, body, number)), new PdfRenderer.Metadata("行政处罚决定书", body.name(), number,
                c.decidedOn.atTime(LocalTime.NOON).atZone(LEGAL_ZONE).toOffsetDateTime()));
    }

    /** The decision's number is the case's: 江蓬白综执罚〔2026〕12号 is both. */
    static String documentNumber(String caseNumber) {
        return caseNumber;
    }

    Map<String, Object> data(EnforcementCase c, RegisteredBody body, String number) {
        JurisdictionTree tree = directory.tree();
        JsonNode assessment = c.assessment == null ? mapper.nullNode() : StoredJson.read(mapper, c.assessment).path("assessment");
        var violation = catalogue.violationOf(c.placeCode, c.actDate, c.violationCode);
        List<PenaltyType> types = Arrays.stream(c.decidedTypes).map(PenaltyType::valueOf).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issuer", body.name());
        data.put("number", number);
        boolean person = c.partyKind == PartyKind.PERSON;
        data.put("party", new Party(person, c.partyName, person ? "公民身份号码" : "统一社会信用代码", orDash(c.partyIdentifier), orDash(c.partyAddress)));
        data.put("actDate", DAY.format(c.actDate));
        data.put("address", c.address);
        data.put("violation", violation.map(v -> v.name()).orElse(c.violationCode));
        data.put("summary", c.summary == null ? "" : c.summary);
        data.put("evidence", evidenceList(c.id));
        data.put("notifiedOn", c.notifiedOn == null ? "" : DAY.format(c.notifiedOn));
        data.put("noticeWaived", c.noticeWaived);
        data.put("hearingOffered", c.hearingOffered);
        data.put("defenceMade", c.defenceMade);
        data.put("breached", text(assessment.path("breachedProvision"), violation.map(v -> v.breachedProvision()).orElse("")));
        data.put("applied", text(assessment.path("penaltyProvision"), violation.map(v -> v.penaltyProvision()).orElse("")));
        Tier tier = c.assessedTier == null ? null : Tier.valueOf(c.assessedTier);
        data.put("tier", tier == null ? "" : tier.zh());
        data.put("baseline", assessment.path("baselineId").asText(""));
        data.put("deviationReasons", c.deviationReasons == null ? "" : c.deviationReasons);
        data.put("otherPenalties", types.stream().filter(t -> t != PenaltyType.FINE).map(PenaltyType::zh).toList());
        BigDecimal fine = c.decidedFine;
        data.put("fine", fine == null ? "" : fine.stripTrailingZeros().toPlainString());
        data.put("fineCapitals", fine == null ? "" : ChineseAmount.of(fine));
        data.put("officers", officers(c, tree));
        data.put("reconsideration", reconsiderationOrgan(body, tree));
        data.put("decidedOn", DAY.format(c.decidedOn));
        return data;
    }

    private List<Evidence> evidenceList(UUID caseId) {
        List<Evidence> rows = new ArrayList<>();
        int n = 1;
        for (EvidenceItem e : evidence.of(CaseEvidenceOwner.KIND, caseId)) {
            if (e.complete()) {
                rows.add(new Evidence(n++, kind(e), e.filename() == null ? "" : e.filename(),
                        e.capturedAt() == null ? "" : e.capturedAt().atZoneSameInstant(LEGAL_ZONE).toLocalDateTime().toString().replace('T', ' '),
                        e.sha256()));
            }
        }
        return rows;
    }

    private static String kind(EvidenceItem e) {
        return switch (e.kind()) {
            case PHOTO -> "照片";
            case VIDEO -> "视频";
            case AUDIO -> "录音";
            case DOCUMENT -> "书证";
        };
    }

    /** The officers who handled the case with the certificate that covers it on the decision day (APL Art 42: its number on every document). */
    private List<Officer> officers(EnforcementCase c, JurisdictionTree tree) {
        List<Officer> rows = new ArrayList<>();
        for (CaseOfficerLink link : CaseOfficerLink.ofCase(c.id)) {
            String name = register.officer(link.key.officerId()).map(RegisteredOfficer::name).orElse("");
            String certificate = register.certificatesOf(link.key.officerId()).stream()
                    .filter(h -> h.terms().covers(c.decidedOn, c.field, c.placeCode, tree)).map(h -> h.number()).findFirst().orElse("（无有效执法证）");
            rows.add(new Officer(name, certificate));
        }
        return rows;
    }

    /**
     * Where the party may ask for reconsideration (行政复议法 2023 Art 24): the people's government at the level
     * of the body's own area, the county's for a town office or a county bureau, the city's for a city bureau.
     */
    static String reconsiderationOrgan(RegisteredBody body, JurisdictionTree tree) {
        String area = body.kind() == BodyKind.TOWN_OFFICE
                ? tree.ancestorAt(body.jurisdictionCode(), JurisdictionLevel.COUNTY).map(JurisdictionTree.Node::code).orElse(body.jurisdictionCode())
                : body.jurisdictionCode();
        return tree.nameOf(area) + "人民政府";
    }

    private static String text(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : fallback;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
