package org.fieldlaw.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fieldlaw.agency.AgencyRegister;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.cases.CaseDocumentService;
import org.fieldlaw.cases.CaseDocuments;
import org.fieldlaw.cases.CaseDto;
import org.fieldlaw.cases.CaseDto.CaseView;
import org.fieldlaw.cases.CaseDto.PartyView;
import org.fieldlaw.cases.CaseDto.ProposalView;
import org.fieldlaw.cases.CaseDto.VerificationView;
import org.fieldlaw.cases.CaseEvidenceOwner;
import org.fieldlaw.cases.CaseRecordService;
import org.fieldlaw.cases.CaseService;
import org.fieldlaw.cases.Procedure;
import org.fieldlaw.cases.model.CaseState;
import org.fieldlaw.discretion.model.PenaltyType;
import org.fieldlaw.evidence.EvidenceItem;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.records.RecordDto.RecordEntryView;
import org.fieldlaw.security.Roles;

/**
 * One case as a supervisor reads it: what the API shows of it (the same services, the same scope),
 * its record and evidence, and the actions the caller's role may try now. Whether an action is
 * allowed is the procedure gates' answer when it is tried, never this page's guess.
 */
@ApplicationScoped
public class CasePage {

    private static final Set<CaseState> UNDECIDED = Set.of(CaseState.PROPOSED, CaseState.NOTIFIED, CaseState.HEARING, CaseState.LEGAL_REVIEW,
            CaseState.COLLECTIVE_DISCUSSION);

    @RegisterForReflection
    public record Party(String kind, String name, String identifier, String birthDate, String address, boolean redacted) {
    }

    @RegisterForReflection
    public record Officer(String name, boolean investigator, String certificates) {
    }

    @RegisterForReflection
    public record Entry(int seq, String at, String actor, String label, String note) {
    }

    @RegisterForReflection
    public record File(String href, String filename, String kind, boolean image, String size, String sha256, String capturedAt,
            String position, boolean complete) {
    }

    @RegisterForReflection
    public record Proposal(String fine, String types, String range, boolean deviation, String reasons, boolean approved, String tier,
            String provision, List<String> steps) {
    }

    @RegisterForReflection
    public record Deadline(String text, String due, String met, boolean overdue) {
    }

    /** The forms the page offers the caller now; the gates still decide when one is sent. */
    @RegisterForReflection
    public record Actions(boolean approve, boolean toReview, boolean review, boolean toDiscussion, boolean minutes, boolean decide,
            boolean back, boolean withdraw, String suggestedFine) {

        public boolean any() {
            return approve || toReview || review || toDiscussion || minutes || decide || back || withdraw;
        }
    }

    @RegisterForReflection
    public record Verification(boolean intact, int entries, Integer brokenAt, String reason, int filesChecked, int fileFaults, String lastHash) {
    }

    private final CaseService cases;
    private final CaseRecordService records;
    private final EvidenceService evidence;
    private final AgencyRegister register;
    private final Caller caller;
    private final MapPage map;

    /** A document of the case, opened as a PDF. */
    @RegisterForReflection
    public record Document(String title, String href, boolean roll) {
    }

    /** A document as issued: its number, when, and whether and how it was served. */
    @RegisterForReflection
    public record IssuedDocument(String title, String number, String at, String served, boolean inForce, String href) {
    }

    private final CaseDocuments documents;
    private final CaseDocumentService issuing;

    CasePage(CaseService cases, CaseRecordService records, EvidenceService evidence, AgencyRegister register, Caller caller, MapPage map,
            CaseDocuments documents, CaseDocumentService issuing) {
        this.documents = documents;
        this.issuing = issuing;
        this.map = map;
        this.cases = cases;
        this.records = records;
        this.evidence = evidence;
        this.register = register;
        this.caller = caller;
    }

    /** The case's place as the basemap draws it, for the small map's data attribute. */
    private String shown(CaseDto.Point p) {
        double[] at = map.shown(p.latitude(), p.longitude());
        return String.format(java.util.Locale.ROOT, "%.7f,%.7f", at[0], at[1]);
    }

    @Transactional
    public Map<String, Object> data(UUID id) {
        CaseView c = cases.get(id, false);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("c", c);
        data.put("documents", documents.available(id).stream().map(k -> new Document(k.title(), "/console/cases/" + id + "/documents/" + k.template(),
                k.printedOnARoll())).toList());
        data.put("issued", issuing.list(id).issued().stream().map(d -> new IssuedDocument(d.title(), d.number(),
                ConsoleFormat.minute(d.issuedAt()), d.service() == null ? "未记录送达"
                        : d.service().servedOn() + " " + d.service().methodName() + "，" + d.service().recipient() + "签收",
                d.inForce(), "/console/cases/" + id + "/issued/" + d.id())).toList());
        data.put("title", c.caseNumber() == null ? "未立案的案件" : c.caseNumber());
        data.put("state", ConsoleLabels.state(c.state()));
        data.put("procedure", c.procedure() == Procedure.ON_THE_SPOT ? "简易程序（当场处罚）" : "普通程序");
        data.put("party", party(c.party()));
        data.put("officers", c.officers().stream().map(o -> new Officer(o.name(), o.investigator(), certificates(o.officerId()))).toList());
        data.put("proposal", c.proposal() == null ? null : proposal(c.proposal()));
        data.put("deadlines", c.deadlines().stream().map(d -> new Deadline(d.text(), String.valueOf(d.due()),
                d.metOn() == null ? "" : d.metOn().toString(), d.overdue())).toList());
        data.put("entries", records.record(id).entries().stream().map(CasePage::entry).toList());
        data.put("files", evidence.of(CaseEvidenceOwner.KIND, id).stream().map(CasePage::file).toList());
        data.put("actions", actions(c));
        data.put("tiles", map.tiles());
        data.put("point", c.place().point() == null ? "" : shown(c.place().point()));
        data.put("position", c.place().point() == null ? "" : String.format("%.6f, %.6f", c.place().point().latitude(), c.place().point().longitude()));
        return data;
    }

    /** The party in full; the case module writes the look, with its reason, into the case's record. */
    public Party revealParty(UUID id, String reason) {
        return party(cases.reveal(id, reason).party());
    }

    public Verification verify(UUID id) {
        VerificationView v = records.verify(id);
        return new Verification(v.intact(), v.entries(), v.brokenAt(), v.reason(), v.filesChecked(),
                v.fileFaults() == null ? 0 : v.fileFaults().size(), v.lastHash());
    }

    private Actions actions(CaseView c) {
        boolean supervisor = caller.hasRole(Roles.SUPERVISOR);
        boolean reviewer = caller.hasRole(Roles.LEGAL_REVIEWER);
        Set<CaseState> next = Set.copyOf(c.nextSteps());
        ProposalView p = c.proposal();
        boolean approve = supervisor && p != null && p.deviation() && p.deviationReasons() != null && p.deviationApprovedBy() == null
                && UNDECIDED.contains(c.state());
        return new Actions(approve, supervisor && next.contains(CaseState.LEGAL_REVIEW), reviewer && c.state() == CaseState.LEGAL_REVIEW,
                supervisor && next.contains(CaseState.COLLECTIVE_DISCUSSION), supervisor && c.state() == CaseState.COLLECTIVE_DISCUSSION,
                supervisor && next.contains(CaseState.DECIDED), supervisor && next.contains(CaseState.INVESTIGATING),
                supervisor && next.contains(CaseState.WITHDRAWN), p == null ? "" : ConsoleFormat.yuan(p.proposedFine()));
    }

    private String certificates(UUID officerId) {
        return register.certificatesOf(officerId).stream().map(h -> h.number() + "（有效至 " + h.terms().validTo() + "）")
                .collect(Collectors.joining("；"));
    }

    static Party party(PartyView p) {
        return new Party("PERSON".equals(p.kind()) ? "个人" : "单位", p.name(), p.identifier(), p.birthDate() == null ? "" : p.birthDate().toString(),
                p.address(), p.redacted());
    }

    private static Proposal proposal(ProposalView p) {
        String types = p.proposedTypes() == null ? "" : p.proposedTypes().stream().map(PenaltyType::zh).collect(Collectors.joining("、"));
        String range = p.assessedMin() == null ? "" : ConsoleFormat.yuan(p.assessedMin()) + " – " + ConsoleFormat.yuan(p.assessedMax()) + " 元";
        JsonNode a = p.assessment() == null ? null : p.assessment().path("assessment");
        List<String> steps = new ArrayList<>();
        String tier = "";
        String provision = "";
        if (a != null && !a.isMissingNode()) {
            a.path("steps").forEach(s -> steps.add(s.asText()));
            tier = tierName(a.path("tier").asText(""));
            provision = a.path("penaltyProvision").asText("");
        }
        return new Proposal(ConsoleFormat.yuan(p.proposedFine()), types, range, p.deviation(), p.deviationReasons(), p.deviationApprovedBy() != null, tier,
                provision, steps);
    }

    private static String tierName(String tier) {
        for (org.fieldlaw.discretion.model.Tier t : org.fieldlaw.discretion.model.Tier.values()) {
            if (t.name().equals(tier)) {
                return t.zh();
            }
        }
        return tier;
    }

    private static Entry entry(RecordEntryView e) {
        JsonNode d = e.detail();
        String note = "";
        if (d != null) {
            for (String field : List.of("text", "note", "reason", "deviationReasons")) {
                if (d.hasNonNull(field)) {
                    note = d.get(field).asText();
                    break;
                }
            }
        }
        return new Entry(e.seq(), ConsoleFormat.minute(e.recordedAt()), e.actorName(), ConsoleLabels.recordAction(e.action()), note);
    }

    private static File file(EvidenceItem e) {
        boolean image = e.mediaType() != null && e.mediaType().startsWith("image/");
        String position = e.latitude() == null ? "" : String.format("%.6f, %.6f%s", e.latitude(), e.longitude(),
                e.accuracyM() == null ? "" : String.format("（±%.0f 米）", e.accuracyM()));
        return new File("/console/evidence/" + e.id(), e.filename() == null ? e.id().toString() : e.filename(), String.valueOf(e.kind()), image,
                size(e.complete() ? e.length() : e.received()), e.sha256() == null ? "" : e.sha256(), ConsoleFormat.minute(e.capturedAt()), position, e.complete());
    }


    private static String size(long bytes) {
        return bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%.0f KB", Math.ceil(bytes / 1024.0));
    }

}
