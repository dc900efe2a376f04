package org.fieldlaw.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.cases.CaseDocumentDto.AvailableKind;
import org.fieldlaw.cases.CaseDocumentDto.DocumentList;
import org.fieldlaw.cases.CaseDocumentDto.IssueRequest;
import org.fieldlaw.cases.CaseDocumentDto.ServiceRequest;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.CanonicalJson;
import org.fieldlaw.common.Idempotent;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.DocumentSigner;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.documents.Paper;

/**
 * Issuing a case's documents in the order of its procedure, and recording their service. A kind exists from
 * its step on ({@link CaseDocumentKind}); a decision under the general procedure follows its issued prior
 * notice (APL Art 62); a second document of a kind is a correction that names the one in force.
 */
@ApplicationScoped
public class CaseDocumentService {

    private final CaseService cases;
    private final CaseDocuments rendering;
    private final IssuedDocuments documents;
    private final AgencyRegister register;
    private final Caller caller;
    private final CanonicalJson canonical;

    CaseDocumentService(CaseService cases, CaseDocuments rendering, IssuedDocuments documents, AgencyRegister register, Caller caller,
            CanonicalJson canonical) {
        this.cases = cases;
        this.rendering = rendering;
        this.documents = documents;
        this.register = register;
        this.caller = caller;
        this.canonical = canonical;
    }

    /** The kinds the case has reached and the documents issued, each with its service. */
    @Transactional
    public DocumentList list(UUID caseId) {
        EnforcementCase c = cases.visible(caseId);
        List<DocumentView> issued = documents.of(caseId);
        List<AvailableKind> available = Arrays.stream(CaseDocumentKind.values()).filter(k -> rendering.notReached(c, k).isEmpty())
                .map(k -> new AvailableKind(k.template(), k.title(), issued.stream().anyMatch(d -> d.inForce() && d.kind().equals(k.template())),
                        k.printedOnARoll() ? List.of("a4", "80", "58") : List.of("a4")))
                .toList();
        return new DocumentList(available, issued);
    }

    /** Issues the document, or answers the one stored under the same id for a resent request (201 / 200). */
    public Issued issue(UUID caseId, IssueRequest request) {
        CaseDocumentKind kind = kindOf(request.kind());
        Paper paper = paperOf(request.paper());
        if (request.subject() != null && !kind.aboutAnotherDocument()) {
            throw ApiException.invalid("subject", kind.title() + "不针对其他文书，不能指明 subject (only a proof of service names a subject)");
        }
        String digest = canonical.digest(new IssueRequest(request.id(), kind.template(), paper.code(), request.replaces(), request.subject())).sha256();
        return Idempotent.createOrAnswerStored(() -> new Issued(issueNow(caseId, request, kind, paper, digest), true),
                () -> documents.stored(request.id(), caseId, digest).map(d -> new Issued(d, false)));
    }

    /** An issued document, or a stored one answered again ({@code created} false). */
    public record Issued(DocumentView document, boolean created) {
    }

    private DocumentView issueNow(UUID caseId, IssueRequest request, CaseDocumentKind kind, Paper paper, String digest) {
        UUID id = request.id();
        UUID replaces = request.replaces();
        EnforcementCase c = cases.lockVisible(caseId);
        rendering.notReached(c, kind).ifPresent(reason -> {
            throw new ApiException(ProblemType.PROCEDURE_REFUSED, reason);
        });
        DocumentView served = kind.aboutAnotherDocument() ? rendering.servedDocument(caseId, Optional.ofNullable(request.subject())) : null;
        String subject = served == null ? "" : served.id().toString();
        if (kind == CaseDocumentKind.PENALTY_DECISION && CaseDocumentKind.PRIOR_NOTICE.existsFor(c)
                && documents.inForce(caseId, CaseDocumentKind.PRIOR_NOTICE.template(), "").isEmpty()) {
            throw new ApiException(ProblemType.PROCEDURE_REFUSED,
                    "未出具行政处罚事先告知书，不能出具行政处罚决定书（《行政处罚法》第六十二条） (the prior notice must be issued before the decision)");
        }
        // Anything but the document in force is refused by the issuing itself (409).
        Optional<CaseDocuments.Correction> correction = replaces == null ? Optional.empty()
                : documents.inForce(caseId, kind.template(), subject).filter(d -> d.id().equals(replaces))
                        .map(d -> new CaseDocuments.Correction(d.number(), d.issuedAt()));
        byte[] pdf = rendering.render(c, kind, paper, correction, served);
        RegisteredBody body = register.body(c.bodyId).orElseThrow();
        return documents.issue(new IssuedDocuments.Issue(id, CaseRecordOwner.of(caseId), kind.template(), subject, kind.title(), kind.number(c.caseNumber),
                paper.code(), pdf, new DocumentSigner.Signatory(body.id().toString(), body.name()), replaces, digest), caller.officer().actor());
    }

    @Transactional
    public DocumentView one(UUID caseId, UUID documentId) {
        cases.visible(caseId);
        return documents.one(caseId, documentId);
    }

    /** The document about to be read as issued: the reading goes on the case's record and into the auditors' list first. */
    @Transactional
    public DocumentView openToRead(UUID caseId, UUID documentId) {
        EnforcementCase c = cases.visible(caseId);
        DocumentView d = documents.one(caseId, documentId);
        cases.documentRead(c, d.title() + " " + d.number());
        return d;
    }

    /** Writes the document as issued; the caller was checked by {@link #openToRead}. */
    public void write(UUID caseId, UUID documentId, OutputStream out) {
        documents.write(caseId, documentId, out);
    }

    @Transactional
    public IssuedDocuments.Served serve(UUID caseId, UUID documentId, ServiceRequest request) {
        cases.lockVisible(caseId);
        String digest = canonical.digest(request).sha256();
        return documents.serve(caseId, documentId, new IssuedDocuments.Service(request.id(), request.method(), request.servedOn(),
                request.recipient().trim(), trim(request.place()), trim(request.witness()), trim(request.consentReference()), digest), caller.officer().actor());
    }

    static CaseDocumentKind kindOf(String template) {
        return CaseDocumentKind.ofTemplate(template == null ? "" : template.trim()).orElseThrow(() -> ApiException.invalid("kind",
                "未知的文书种类 (unknown document kind); 可选 (one of): " + String.join(", ",
                        Arrays.stream(CaseDocumentKind.values()).map(CaseDocumentKind::template).toList())));
    }

    static Paper paperOf(String paper) {
        return paper == null || paper.isBlank() ? Paper.A4 : Paper.ofCode(paper.trim().toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> ApiException.invalid("paper", "纸张只能为 a4、80 或 58 (paper: a4, 80 or 58)"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
