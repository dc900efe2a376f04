package org.fieldlaw.patrols;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.RegisteredBody;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.CanonicalJson;
import org.fieldlaw.common.Idempotent;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.documents.DocumentDto.DocumentView;
import org.fieldlaw.documents.DocumentSigner;
import org.fieldlaw.documents.DocumentTemplates;
import org.fieldlaw.documents.IssuedDocuments;
import org.fieldlaw.documents.PdfRenderer;
import org.fieldlaw.patrols.SiteDto.SiteDocumentList;
import org.fieldlaw.patrols.SiteDto.SiteDocumentRequest;
import org.fieldlaw.patrols.model.PlanningArea;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordVerifier;

/**
 * A site's orders as documents: drawn from the site and its latest visit, issued by the caller's body with a
 * number of its own series (the body's prefix, the mark, the year), signed, kept and recorded on the site's record
 * by the documents module, like a case's.
 */
@ApplicationScoped
public class SiteDocuments {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    /** The enforcement field whose certificates cover planning and construction. */
    private static final String FIELD = "planning-construction";
    private static final Map<String, String> KINDS = Map.of("NEW_BUILDING", "新建建筑物", "EXTENSION", "扩建", "ADDED_FLOORS", "加建楼层",
            "ROOFTOP_STRUCTURE", "屋顶搭建构筑物", "ENCLOSURE", "围蔽施工");

    private final SiteService sites;
    private final IssuedDocuments documents;
    private final AgencyRegister register;
    private final JurisdictionDirectory directory;
    private final RecordVerifier records;
    private final Caller caller;
    private final DocumentTemplates templates;
    private final PdfRenderer pdf;
    private final CanonicalJson canonical;
    private final Clock clock;

    SiteDocuments(SiteService sites, IssuedDocuments documents, AgencyRegister register, JurisdictionDirectory directory, RecordVerifier records,
            Caller caller, DocumentTemplates templates, PdfRenderer pdf, CanonicalJson canonical, Clock clock) {
        this.sites = sites;
        this.documents = documents;
        this.register = register;
        this.directory = directory;
        this.records = records;
        this.caller = caller;
        this.templates = templates;
        this.pdf = pdf;
        this.canonical = canonical;
        this.clock = clock;
    }

    @Transactional
    public SiteDocumentList list(UUID siteId) {
        Site site = sites.visible(siteId, false);
        List<DocumentView> issued = documents.of(siteId);
        List<String> available = Arrays.stream(SiteDocumentKind.values()).filter(k -> k.existsFor(site)).map(SiteDocumentKind::code).toList();
        return new SiteDocumentList(available, issued);
    }

    /** What issuing would give now, unsigned; its number is given when it is issued. */
    @Transactional
    public byte[] preview(UUID siteId, String kind) {
        SiteDocumentKind k = kindOf(kind);
        Site site = sites.visible(siteId, false);
        if (!k.existsFor(site)) {
            throw new ApiException(ProblemType.CONFLICT, k.notYet());
        }
        return render(site, k, "（出具时编号）", caller.officer().body(), Optional.empty());
    }

    public record Issued(DocumentView document, boolean created) {
    }

    public Issued issue(UUID siteId, SiteDocumentRequest request) {
        SiteDocumentKind kind = kindOf(request.kind());
        String digest = canonical.digest(new SiteDocumentRequest(request.id(), kind.code(), request.replaces())).sha256();
        return Idempotent.createOrAnswerStored(() -> new Issued(issueNow(siteId, request, kind, digest), true),
                () -> documents.stored(request.id(), siteId, digest).map(d -> new Issued(d, false)));
    }

    private DocumentView issueNow(UUID siteId, SiteDocumentRequest request, SiteDocumentKind kind, String digest) {
        Site site = sites.visible(siteId, true);
        if (!kind.existsFor(site)) {
            throw new ApiException(ProblemType.PROCEDURE_REFUSED, kind.notYet());
        }
        RegisteredBody body = caller.officer().body();
        LocalDate dated = dated(site, kind);
        Optional<DocumentView> replaced = request.replaces() == null ? Optional.empty()
                : documents.inForce(siteId, kind.code(), "").filter(d -> d.id().equals(request.replaces()));
        String number = replaced.map(DocumentView::number).orElseGet(() -> body.casePrefix() + kind.mark() + "〔" + dated.getYear() + "〕"
                + documents.nextSerial(body.id() + ":" + kind.mark() + ":" + dated.getYear()) + "号");
        byte[] rendered = render(site, kind, number, body, replaced);
        return documents.issue(new IssuedDocuments.Issue(request.id(), SiteRecordOwner.of(siteId), kind.code(), "", kind.title(), number, "a4",
                rendered, new DocumentSigner.Signatory(body.id().toString(), body.name()), request.replaces(), digest), caller.officer().actor());
    }

    @Transactional
    public DocumentView one(UUID siteId, UUID documentId) {
        sites.visible(siteId, false);
        return documents.one(siteId, documentId);
    }

    public void write(UUID siteId, UUID documentId, OutputStream out) {
        documents.write(siteId, documentId, out);
    }

    @Transactional
    public IssuedDocuments.Served serve(UUID siteId, UUID documentId, org.fieldlaw.patrols.SiteDto.SiteServiceRequest r) {
        sites.visible(siteId, true);
        return documents.serve(siteId, documentId, new IssuedDocuments.Service(r.id(), r.method(), r.servedOn(), r.recipient().trim(),
                blankToNull(r.place()), blankToNull(r.witness()), blankToNull(r.consentReference()), canonical.digest(r).sha256()),
                caller.officer().actor());
    }

    private byte[] render(Site site, SiteDocumentKind kind, String number, RegisteredBody body, Optional<DocumentView> replaced) {
        JurisdictionTree tree = directory.tree();
        LocalDate dated = dated(site, kind);
        boolean urban = site.planningArea == PlanningArea.URBAN_OR_TOWN;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("paper", org.fieldlaw.documents.Paper.A4);
        data.put("issuer", body.name());
        data.put("number", number);
        data.put("heading", kind.title());
        data.put("replaces", replaced.map(d -> DAY.format(d.issuedAt().atZoneSameInstant(LEGAL_ZONE)) + "出具的" + kind.title() + "（" + d.number() + "）")
                .orElse(""));
        boolean known = site.partyName != null && !site.partyName.isBlank();
        data.put("partyKnown", known);
        data.put("addressee", known ? site.partyName : "该建设工程的建设单位（个人）");
        data.put("address", site.address);
        data.put("parcel", site.parcel == null ? "" : site.parcel);
        data.put("urban", urban);
        SiteVisit latest = SiteVisit.ofSite(site.id).stream().reduce((first, later) -> later).orElse(null);
        data.put("observed", observed(latest));
        String permit = urban ? "建设工程规划许可证" : "乡村建设规划许可证";
        data.put("permitClause", latest != null && "NOT_AS_PERMITTED".equals(latest.permitStatus) ? "未按照" + permit + "的规定进行建设" : "未取得" + permit);
        data.put("breachedArticle", urban ? "第四十条" : "第四十一条");
        data.put("appliedArticle", urban ? "第六十四条" : "第六十五条");
        data.put("stopOrderedOn", site.stopOrderedOn == null ? "" : DAY.format(site.stopOrderedOn));
        data.put("demolish", kind == SiteDocumentKind.DEMOLITION_ORDER);
        data.put("orderDeadline", site.orderDeadline == null ? "" : DAY.format(site.orderDeadline));
        data.put("reconsideration", body.reconsiderationOrgan(tree));
        data.put("officers", officers(site, dated, tree));
        data.put("dated", DAY.format(dated));
        return pdf.render(templates.render(kind.template(), data), new PdfRenderer.Metadata(kind.title(), body.name(), number,
                dated.atTime(LocalTime.NOON).atZone(LEGAL_ZONE).toOffsetDateTime()));
    }

    /** The stop notice is dated the day of the stop order; an order with a deadline the day the site's record shows it given. */
    private LocalDate dated(Site site, SiteDocumentKind kind) {
        if (kind == SiteDocumentKind.STOP_CONSTRUCTION_NOTICE) {
            return site.stopOrderedOn;
        }
        return records.entries(site.id).stream()
                .filter(e -> e.action().equals(RecordActions.STATUS_CHANGED) && site.status.name().equals(e.detail().path("to").asText()))
                .map(e -> e.recordedAt().atZoneSameInstant(LEGAL_ZONE).toLocalDate()).reduce((first, later) -> later)
                .orElse(LocalDate.now(clock.withZone(LEGAL_ZONE)));
    }

    private static String observed(SiteVisit v) {
        if (v == null) {
            return "尚无现场检查记录";
        }
        List<String> parts = new ArrayList<>();
        parts.add(KINDS.getOrDefault(v.kind, v.kind));
        if (v.floors != null) {
            parts.add(v.floors + " 层");
        }
        if (v.floorArea != null) {
            parts.add("建筑面积约 " + v.floorArea.stripTrailingZeros().toPlainString() + " 平方米");
        }
        parts.add(v.constructionInProgress ? "正在施工" : "已停止施工");
        return String.join("，", parts) + "，" + DAY.format(v.visitedAt.atZoneSameInstant(LEGAL_ZONE)) + "第 " + v.visitNumber + " 次现场检查所见";
    }

    /** The officers who visited the site, the latest first, with the certificate that covers it on the document's day (APL Art 42). */
    private List<Map<String, String>> officers(Site site, LocalDate dated, JurisdictionTree tree) {
        Set<UUID> ids = new LinkedHashSet<>();
        List<SiteVisit> visits = new ArrayList<>(SiteVisit.ofSite(site.id));
        java.util.Collections.reverse(visits);
        visits.forEach(v -> ids.add(v.officerId));
        ids.add(caller.officer().id());
        List<Map<String, String>> rows = new ArrayList<>();
        for (UUID id : ids) {
            String name = register.officer(id).map(RegisteredOfficer::name).orElse("");
            String certificate = register.certificatesOf(id).stream().filter(h -> h.terms().covers(dated, FIELD, site.placeCode, tree))
                    .map(h -> h.number()).findFirst().orElse("（无有效执法证）");
            rows.add(Map.of("name", name, "certificate", certificate));
            if (rows.size() == 2) {
                break;
            }
        }
        return rows;
    }

    static SiteDocumentKind kindOf(String kind) {
        return SiteDocumentKind.ofCode(kind == null ? "" : kind.trim()).orElseThrow(() -> ApiException.invalid("kind",
                "未知的文书种类 (unknown document kind); 可选 (one of): " + String.join(", ",
                        Arrays.stream(SiteDocumentKind.values()).map(SiteDocumentKind::code).toList())));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
