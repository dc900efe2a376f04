package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.discretion.ViolationCatalogue;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.Dossier;
import org.fieldlaw.documents.DossierArchive;
import org.fieldlaw.documents.DossierPdf;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordDto.Verification;
import org.fieldlaw.records.RecordLine;
import org.fieldlaw.records.RecordVerifier;

/**
 * A case's file (案卷) for case-file inspection and for court: its particulars, the documents issued, the
 * evidence, and the full-process record as verified at the moment of compiling. The file shows the party in
 * full, so compiling it goes on the record as a view of personal data, after the verification it contains.
 */
@ApplicationScoped
public class CaseDossier {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CaseService cases;
    private final IssuedDocuments documents;
    private final EvidenceService evidence;
    private final RecordVerifier verifier;
    private final RecordAppender records;
    private final AgencyRegister register;
    private final ViolationCatalogue catalogue;
    private final Caller caller;
    private final DossierPdf pdf;
    private final DossierArchive archive;
    private final Clock clock;

    CaseDossier(CaseService cases, IssuedDocuments documents, EvidenceService evidence, RecordVerifier verifier, RecordAppender records,
            AgencyRegister register, ViolationCatalogue catalogue, Caller caller, DossierPdf pdf, DossierArchive archive, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.evidence = evidence;
        this.verifier = verifier;
        this.records = records;
        this.register = register;
        this.catalogue = catalogue;
        this.caller = caller;
        this.pdf = pdf;
        this.archive = archive;
        this.clock = clock;
    }

    /** What the file holds, checked and noted on the record; {@code format}: pdf or zip, for the record's line. */
    @Transactional
    public Dossier compile(UUID caseId, String format) {
        EnforcementCase c = cases.lockVisible(caseId);
        Verification check = verifier.verify(caseId);
        List<Dossier.RecordRow> rows = verifier.entries(caseId).stream()
                .map(e -> new Dossier.RecordRow(e.seq(), AT.format(e.recordedAt().atZoneSameInstant(LEGAL_ZONE)), e.actorName(),
                        CaseLabels.recordAction(e.action()), e.hash()))
                .toList();
        List<String> faults = new ArrayList<>();
        if (check.brokenAt() != null) {
            faults.add("第 " + check.brokenAt() + " 条记录起链接断开：" + check.reason());
        }
        check.fileFaults().forEach(f -> faults.add("文件 " + f.evidenceId() + "：" + f.reason()));
        String title = "行政处罚案卷";
        Dossier dossier = new Dossier(title, c.caseNumber == null ? "（未立案）" : c.caseNumber,
                register.body(c.bodyId).map(b -> b.name()).orElse(""), cover(c), issued(caseId), exhibits(caseId), rows,
                new Dossier.RecordCheck(check.intact(), check.entries(), check.lastHash(), check.filesChecked(), faults),
                OffsetDateTime.now(clock).atZoneSameInstant(LEGAL_ZONE).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
        records.append(CaseRecordOwner.of(caseId), caller.officer().actor(),
                RecordLine.of(RecordActions.PERSONAL_DATA_VIEWED, Map.of("via", "dossier", "format", format, "lastHash", String.valueOf(check.lastHash()))));
        cases.recordReveal(c, List.of("party", "documents"), "案卷 (case file, " + format + ")");
        return dossier;
    }

    /** The PDF laid out, to be written by the answer. */
    public DossierPdf.Assembled pdf(Dossier dossier) {
        return pdf.assemble(dossier, evidence::write);
    }

    public void writeArchive(Dossier dossier, OutputStream out) {
        archive.write(dossier, evidence::write, out);
    }

    private List<Dossier.Field> cover(EnforcementCase c) {
        List<Dossier.Field> fields = new ArrayList<>();
        fields.add(new Dossier.Field("案由", catalogue.violationOf(c.placeCode, c.actDate, c.violationCode).map(v -> v.name()).orElse(c.violationCode)));
        fields.add(new Dossier.Field("当事人", c.partyName + (c.partyIdentifier == null ? "" : "（" + c.partyIdentifier + "）")));
        fields.add(new Dossier.Field("违法行为发生时间、地点", DAY.format(c.actDate) + "，" + c.address));
        fields.add(new Dossier.Field("立案日期", day(c.filedOn)));
        fields.add(new Dossier.Field("处理结果", outcome(c)));
        fields.add(new Dossier.Field("决定日期", day(c.decidedOn)));
        fields.add(new Dossier.Field("结案日期", day(c.closedOn)));
        List<String> officers = new ArrayList<>();
        for (CaseOfficerLink link : CaseOfficerLink.ofCase(c.id)) {
            register.officer(link.key.officerId()).map(RegisteredOfficer::name).ifPresent(officers::add);
        }
        fields.add(new Dossier.Field("承办人", String.join("、", officers)));
        fields.add(new Dossier.Field("案件状态", CaseLabels.state(c.state)));
        return fields;
    }

    private static String outcome(EnforcementCase c) {
        if (c.decidedOn == null) {
            return "—";
        }
        if (c.decidedTypes == null) {
            return "不予行政处罚";
        }
        List<String> parts = new ArrayList<>();
        for (PenaltyType t : Arrays.stream(c.decidedTypes).map(PenaltyType::valueOf).toList()) {
            parts.add(t == PenaltyType.FINE && c.decidedFine != null ? "罚款人民币 " + c.decidedFine.stripTrailingZeros().toPlainString() + " 元" : t.zh());
        }
        return String.join("；", parts);
    }

    private List<Dossier.IssuedPart> issued(UUID caseId) {
        List<Dossier.IssuedPart> parts = new ArrayList<>();
        for (DocumentView d : documents.of(caseId)) {
            parts.add(new Dossier.IssuedPart(d.kind(), d.title(), d.number(), AT.format(d.issuedAt().atZoneSameInstant(LEGAL_ZONE)), d.sha256(), d.inForce()));
        }
        return parts;
    }

    private List<Dossier.Exhibit> exhibits(UUID caseId) {
        List<Dossier.Exhibit> rows = new ArrayList<>();
        int n = 1;
        for (EvidenceItem e : evidence.of(CaseEvidenceOwner.KIND, caseId)) {
            if (e.complete()) {
                rows.add(new Dossier.Exhibit(n++, CaseDocuments.kindName(e), e.filename() == null ? "" : e.filename(),
                        e.capturedAt() == null ? "" : AT.format(e.capturedAt().atZoneSameInstant(LEGAL_ZONE)), e.sha256(), e.length(), e.mediaType()));
            }
        }
        return rows;
    }

    private static String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }
}
