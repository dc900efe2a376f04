package org.fieldlaw.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
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
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.common.StoredJson;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.Assessment;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.discretion.model.Tier;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.DocumentTemplates;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.documents.Paper;
import org.fieldlaw.documents.PdfRenderer;
import org.fieldlaw.documents.model.ChineseAmount;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceService;

/**
 * A case's enforcement documents drawn from its own record: the party, the facts and the evidence, the
 * provisions breached and applied, the discretion the pinned assessment applied, the penalty with the fine
 * also in capitals; for the decision, how and by when to pay (APL Arts 67, 72) and the remedies
 * (reconsideration within 60 days, litigation within 6 months); for the prior notice, the rights to state,
 * defend and ask for a hearing with their last days.
 */
@ApplicationScoped
public class CaseDocuments {
    static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @RegisterForReflection
    public record Party(boolean person, String name, String identifierLabel, String identifier, String address) {
    }

    @RegisterForReflection
    public record Evidence(int n, String kind, String filename, String capturedAt, String sha256) {
    }

    @RegisterForReflection
    public record Officer(String name, String certificate) {
    }

    /** The document a correction replaces: its number and when it was issued. */
    record Correction(String number, java.time.OffsetDateTime at) {
    }

    private final CaseService cases;
    private final CaseViews views;
    private final EvidenceService evidence;
    private final AgencyRegister register;
    private final JurisdictionDirectory directory;
    private final ViolationCatalogue catalogue;
    private final DocumentTemplates templates;
    private final PdfRenderer pdf;
    private final ObjectMapper mapper;
    private final IssuedDocuments documents;
    private final CaseRules rules;
    private final ProcedureDocumentFacts procedureFacts;
    private final Clock clock;

    CaseDocuments(CaseService cases, CaseViews views, EvidenceService evidence, AgencyRegister register, JurisdictionDirectory directory,
            ViolationCatalogue catalogue, DocumentTemplates templates, PdfRenderer pdf, ObjectMapper mapper, IssuedDocuments documents,
            CaseRules rules, ProcedureDocumentFacts procedureFacts, Clock clock) {
        this.documents = documents;
        this.rules = rules;
        this.procedureFacts = procedureFacts;
        this.clock = clock;
        this.cases = cases;
        this.views = views;
        this.evidence = evidence;
        this.register = register;
        this.directory = directory;
        this.catalogue = catalogue;
        this.templates = templates;
        this.pdf = pdf;
        this.mapper = mapper;
    }

    /** The document as a PDF on A4, as the case now stands; 409 before the step it belongs to. */
    @Transactional
    public byte[] render(UUID caseId, CaseDocumentKind kind) {
        return render(caseId, kind, Paper.A4, Optional.empty());
    }

    /** The same on the given paper; a roll only for what is printed in the field (400 otherwise). */
    @Transactional
    public byte[] render(UUID caseId, CaseDocumentKind kind, Paper paper) {
        return render(caseId, kind, paper, Optional.empty());
    }

    /** The same; {@code about}: the served document a proof of service is for. */
    @Transactional
    public byte[] render(UUID caseId, CaseDocumentKind kind, Paper paper, Optional<UUID> about) {
        if (paper.roll() && !kind.printedOnARoll()) {
            throw ApiException.invalid("paper", kind.title() + "只以 A4 纸出具 (printed on A4 only)");
        }
        EnforcementCase c = cases.visible(caseId);
        notReached(c, kind).ifPresent(reason -> {
            throw new ApiException(ProblemType.CONFLICT, reason);
        });
        byte[] pdf = render(c, kind, paper, Optional.empty(), kind.aboutAnotherDocument() ? servedDocument(caseId, about) : null);
        cases.documentRead(c, "文书预览 " + kind.title());
        return pdf;
    }

    /** Why the case has not reached the kind's step yet; empty when it has. */
    Optional<String> notReached(EnforcementCase c, CaseDocumentKind kind) {
        if (!kind.existsFor(c)) {
            return Optional.of(kind.notYet());
        }
        if (kind == CaseDocumentKind.PAYMENT_REMINDER) {
            LocalDate due = rules.deadlines().paymentDue(c.servedOn);
            if (!today().isAfter(due)) {
                return Optional.of("缴纳罚款的期限至" + DAY.format(due) + "届满，届满前不得催告 (APL Art 67; not before the payment period ends)");
            }
        }
        return Optional.empty();
    }

    /** The served document a proof of service names: one of the case's, in force, its service recorded. */
    DocumentView servedDocument(UUID caseId, Optional<UUID> about) {
        UUID id = about.orElseThrow(() -> ApiException.invalid("subject", "送达回证须指明所送达的文书 (name the served document in subject)"));
        DocumentView served = documents.one(caseId, id);
        if (served.kind().equals(CaseDocumentKind.PROOF_OF_SERVICE.template())) {
            throw ApiException.invalid("subject", "送达回证不能作为送达对象 (a proof of service is not itself served)");
        }
        if (served.service() == null) {
            throw new ApiException(ProblemType.PROCEDURE_REFUSED, served.title() + "尚未记录送达，不能出具送达回证 (record its service first)");
        }
        return served;
    }

    /**
     * Inside the caller's transaction, for a case it has checked has reached the kind's step; a correction names
     * the one it replaces; {@code served}: the document a proof of service is for.
     */
    byte[] render(EnforcementCase c, CaseDocumentKind kind, Paper paper, Optional<Correction> correction, DocumentView served) {
        if (paper.roll() && !kind.printedOnARoll()) {
            throw ApiException.invalid("paper", kind.title() + "只以 A4 纸出具 (printed on A4 only)");
        }
        RegisteredBody body = register.body(c.bodyId).orElseThrow();
        String number = kind.number(c.caseNumber);
        LocalDate dated = switch (kind) {
            case FILING_APPROVAL -> c.filedOn;
            case PRIOR_NOTICE -> c.notifiedOn;
            case HEARING_NOTICE -> c.hearingNoticedOn;
            case PROOF_OF_SERVICE -> served.service().servedOn();
            case PAYMENT_REMINDER -> today();
            default -> c.decidedOn;
        };
        Map<String, Object> data = data(c, body, number, dated);
        data.put("paper", paper);
        data.put("replaces", correction.map(r -> DAY.format(r.at().atZoneSameInstant(LEGAL_ZONE)) + "出具的" + kind.title() + "（" + r.number() + "）")
                .orElse(""));
        data.put("cashOnTheSpot", c.cashCollectedOn != null);
        switch (kind) {
            case PRIOR_NOTICE -> notice(c, data);
            case NO_PENALTY_DECISION -> noPenalty(c, data);
            case FILING_APPROVAL -> procedureFacts.filing(c, data);
            case HEARING_NOTICE -> procedureFacts.hearing(c, data);
            case PROOF_OF_SERVICE -> procedureFacts.service(served, data);
            case PAYMENT_REMINDER -> procedureFacts.reminder(c, dated, data);
            default -> {
            }
        }
        return pdf.render(templates.render(kind.template(), data), new PdfRenderer.Metadata(kind.title(), body.name(), number,
                dated.atTime(LocalTime.NOON).atZone(LEGAL_ZONE).toOffsetDateTime()));
    }

    /** The documents the case has reached, in procedure order; a proof of service, which names another document, is issued from that one. */
    @Transactional
    public List<CaseDocumentKind> available(UUID caseId) {
        EnforcementCase c = cases.visible(caseId);
        return Arrays.stream(CaseDocumentKind.values()).filter(k -> !k.aboutAnotherDocument() && notReached(c, k).isEmpty()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LEGAL_ZONE));
    }

    /**
     * Why no penalty, in the law's words and with its article; a violation found not established (no reason
     * from the assessment, the decider's note instead) is APL Art 57 para 1 item 3.
     */
    private static void noPenalty(EnforcementCase c, Map<String, Object> data) {
        Assessment.NoPenaltyReason reason = c.noPenaltyReason == null ? null : Assessment.NoPenaltyReason.valueOf(c.noPenaltyReason);
        String text = reason == null ? "" : reason.text().replaceAll("\\s*\\(.*\\)$", "");
        data.put("reasonText", text);
        data.put("note", c.outcomeNote == null ? "" : c.outcomeNote);
        data.put("article", reason == null ? "第五十七条第一款第（三）项" : switch (reason) {
            case UNDER_14 -> "第三十条";
            case NO_FAULT -> "第三十三条第二款";
            case MINOR_AND_CORRECTED, ON_NO_PENALTY_LIST, FIRST_VIOLATION -> "第三十三条第一款";
            case LIMITATION_PASSED -> "第三十六条";
            case NO_LONGER_A_VIOLATION -> "第三十七条";
        });
        data.put("education", c.educationRecord == null ? "" : c.educationRecord);
    }

    /** What the notice proposes, and until when the party may state, defend and ask for a hearing. */
    private void notice(EnforcementCase c, Map<String, Object> data) {
        CaseDto.NoticeView notice = views.of(c, false).notice();
        BigDecimal fine = c.noticedFine;
        data.put("noticedFine", fine == null ? "" : fine.stripTrailingZeros().toPlainString());
        data.put("noticedFineCapitals", fine == null ? "" : ChineseAmount.of(fine));
        data.put("noticedOther", c.noticedTypes == null ? List.of()
                : Arrays.stream(c.noticedTypes).map(PenaltyType::valueOf).filter(t -> t != PenaltyType.FINE).map(PenaltyType::zh).toList());
        data.put("defenceDue", notice == null || notice.defenceDue() == null ? "" : DAY.format(notice.defenceDue()));
        data.put("hearingDue", notice == null || notice.hearingRequestDue() == null ? "" : DAY.format(notice.hearingRequestDue()));
    }

    /** What every kind shows; {@code dated}: the document's own date, on which the officers' certificates must be valid. */
    Map<String, Object> data(EnforcementCase c, RegisteredBody body, String number, LocalDate dated) {
        JurisdictionTree tree = directory.tree();
        JsonNode assessment = c.assessment == null ? mapper.nullNode() : StoredJson.read(mapper, c.assessment).path("assessment");
        var violation = catalogue.violationOf(c.placeCode, c.actDate, c.violationCode);
        List<PenaltyType> types = c.decidedTypes == null ? List.of() : Arrays.stream(c.decidedTypes).map(PenaltyType::valueOf).toList();
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
        data.put("officers", officers(c, dated, tree));
        data.put("dated", DAY.format(dated));
        data.put("reconsideration", body.reconsiderationOrgan(tree));
        return data;
    }

    private List<Evidence> evidenceList(UUID caseId) {
        List<Evidence> rows = new ArrayList<>();
        int n = 1;
        for (EvidenceItem e : evidence.of(CaseEvidenceOwner.KIND, caseId)) {
            if (e.complete()) {
                rows.add(new Evidence(n++, kindName(e), e.filename() == null ? "" : e.filename(),
                        e.capturedAt() == null ? "" : e.capturedAt().atZoneSameInstant(LEGAL_ZONE).toLocalDateTime().toString().replace('T', ' '),
                        e.sha256()));
            }
        }
        return rows;
    }

    static String kindName(EvidenceItem e) {
        return switch (e.kind()) {
            case PHOTO -> "照片";
            case VIDEO -> "视频";
            case AUDIO -> "录音";
            case DOCUMENT -> "书证";
        };
    }

    /** The officers who handled the case with the certificate that covers it on the document's day (APL Art 42: its number on every document). */
    private List<Officer> officers(EnforcementCase c, LocalDate dated, JurisdictionTree tree) {
        List<Officer> rows = new ArrayList<>();
        for (CaseOfficerLink link : CaseOfficerLink.ofCase(c.id)) {
            String name = register.officer(link.key.officerId()).map(RegisteredOfficer::name).orElse("");
            String certificate = register.certificatesOf(link.key.officerId()).stream()
                    .filter(h -> h.terms().covers(dated, c.field, c.placeCode, tree)).map(h -> h.number()).findFirst().orElse("（无有效执法证）");
            rows.add(new Officer(name, certificate));
        }
        return rows;
    }

    private static String text(JsonNode node, String fallback) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : fallback;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
