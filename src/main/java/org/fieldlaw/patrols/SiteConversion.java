package org.fieldlaw.patrols;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.RegisteredOfficer;
import org.fieldlaw.cases.CaseDto.CaseRequest;
import org.fieldlaw.cases.CaseDto.PartyInput;
import org.fieldlaw.cases.CaseDto.PlaceInput;
import org.fieldlaw.cases.CaseDto;
import org.fieldlaw.cases.CaseEvidenceOwner;
import org.fieldlaw.cases.CaseOpening;
import org.fieldlaw.cases.CaseRecordOwner;
import org.fieldlaw.cases.CaseSource;
import org.fieldlaw.cases.Procedure;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;
import org.fieldlaw.discretion.model.PartyKind;
import org.fieldlaw.evidence.EvidenceService;
import org.fieldlaw.evidence.OwnerRef;
import org.fieldlaw.patrols.SiteDto.ConversionRequest;
import org.fieldlaw.patrols.SiteDto.ConversionResult;
import org.fieldlaw.patrols.model.SiteStatus;
import org.fieldlaw.records.Actor;
import org.fieldlaw.records.RecordActions;
import org.fieldlaw.records.RecordAppender;
import org.fieldlaw.records.RecordLine;
import org.fieldlaw.records.RecordRef;

/**
 * A confirmed illegal-construction site becomes a case, pre-filled from what the patrols found,
 * in one transaction: the case (opened through the cases feature's own entry point), the visits and
 * alarms on its record, the visits' photos as its evidence, and the site's link to it. Sent again
 * with the same case id, it answers the same case.
 */
@ApplicationScoped
public class SiteConversion {

    /** A site is converted once confirmed and while enforcement is still open on it. */
    static final Set<SiteStatus> CONVERTIBLE = EnumSet.of(SiteStatus.CONFIRMED_ILLEGAL, SiteStatus.STOP_ORDER_ISSUED,
            SiteStatus.CORRECTION_ORDERED, SiteStatus.DEMOLITION_ORDERED, SiteStatus.SEALED, SiteStatus.DEMOLISHED);

    /** The base the baseline computes a Planning Law fine from: Arts 64 and 65 name the construction cost, Art 66 the temporary one's. */
    private static final String CONSTRUCTION_COST = "CONSTRUCTION_COST";
    private static final String TEMPORARY_CONSTRUCTION_COST = "TEMPORARY_CONSTRUCTION_COST";

    /** What the patrols saw, for the case's summary. */
    private static final Map<String, String> KIND_NAMES = Map.of("NEW_BUILDING", "新建", "EXTENSION", "扩建", "ADDED_FLOORS", "加层",
            "ROOFTOP_STRUCTURE", "屋顶构筑物", "ENCLOSURE", "围蔽");

    private final Caller caller;
    private final SiteService sites;
    private final SiteViews views;
    private final CaseOpening cases;
    private final EvidenceService evidence;
    private final RecordAppender records;
    private final PatrolConfig config;
    private final Clock clock;

    SiteConversion(Caller caller, SiteService sites, SiteViews views, CaseOpening cases, EvidenceService evidence, RecordAppender records,
            PatrolConfig config, Clock clock) {
        this.caller = caller;
        this.sites = sites;
        this.views = views;
        this.cases = cases;
        this.evidence = evidence;
        this.records = records;
        this.config = config;
        this.clock = clock;
    }

    /** Whether a site in this status may become a case now (a page offers the conversion only then). */
    public static boolean convertible(SiteStatus status) {
        return CONVERTIBLE.contains(status);
    }

    public ConversionResult convert(UUID siteId, ConversionRequest r) {
        RegisteredOfficer me = caller.officer();
        return QuarkusTransaction.requiringNew().call(() -> {
            Site site = sites.visible(siteId, true);
            if (site.caseId != null) {
                if (site.caseId.equals(r.caseId())) {
                    CaseOpening.Opened opened = cases.opened(site.caseId);
                    return new ConversionResult(views.of(site), opened.view(), opened.assessment(), true);
                }
                throw new ApiException(ProblemType.CONFLICT, "该地块已立案 (the site already became a case)").with("caseId", site.caseId);
            }
            if (!CONVERTIBLE.contains(site.status)) {
                throw new ApiException(ProblemType.CONFLICT, "地块须先确认为违法建设，且尚未办结 (confirm the site as illegal construction first; status "
                        + site.status + ")");
            }
            List<SiteVisit> visits = SiteVisit.ofSite(site.id);
            if (r.constructionCost() != null) {
                site.constructionCost = r.constructionCost();
            }
            CaseOpening.Opened opened = cases.open(r.caseId(), prefill(site, visits, r));
            UUID caseId = opened.view().id();
            site.caseId = caseId;
            site.persistAndFlush();
            carryOnto(CaseRecordOwner.of(caseId), site, visits, me.actor());
            evidence.share(VisitEvidenceOwner.KIND, visits.stream().map(v -> v.id).toList(), new OwnerRef(CaseEvidenceOwner.KIND, caseId),
                    me.actor());
            records.append(SiteRecordOwner.of(site.id), me.actor(), RecordLine.of(RecordActions.CONVERTED_TO_CASE,
                    Map.of("caseId", caseId.toString(), "violationCode", opened.view().violationCode())));
            return new ConversionResult(views.of(site), opened.view(), opened.assessment(), false);
        });
    }

    /** The case's record learns where it came from: the site, each visit, each alarm. */
    private void carryOnto(RecordRef caseRecord, Site site, List<SiteVisit> visits, Actor by) {
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("siteId", site.id.toString());
        origin.put("siteStatus", site.status);
        origin.put("planningArea", site.planningArea);
        origin.put("villaArea", site.villaArea);
        origin.put("visits", visits.size());
        records.append(caseRecord, by, RecordLine.of(RecordActions.FROM_SITE, origin).at(site.latitude, site.longitude));
        for (SiteVisit v : visits) {
            records.append(caseRecord, by, RecordLine.of(RecordActions.VISITED, SiteVisits.visitDetail(v)).at(v.latitude, v.longitude));
        }
        for (SiteAlarm a : SiteAlarm.<SiteAlarm>list("siteId = ?1 order by raisedAt", site.id)) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("alarmId", a.id.toString());
            detail.put("kind", a.kind.name());
            if (a.earlierVisitId != null) {
                detail.put("earlierVisitId", a.earlierVisitId.toString());
                detail.put("laterVisitId", a.laterVisitId.toString());
            }
            if (a.orderDeadline != null) {
                detail.put("orderDeadline", a.orderDeadline.toString());
            }
            detail.put("raisedAt", a.raisedAt.toString());
            detail.put("status", a.status);
            records.append(caseRecord, Actor.SYSTEM, RecordLine.of(RecordActions.CONTINUED_BUILDING_ALARM, detail));
        }
    }

    private CaseRequest prefill(Site site, List<SiteVisit> visits, ConversionRequest r) {
        boolean temporary = Boolean.TRUE.equals(r.temporaryBuilding());
        String article = site.planningArea.article(temporary);
        String violation = switch (article) {
            case "66" -> config.temporaryViolation();
            case "65" -> config.villageViolation();
            default -> config.urbanViolation();
        };
        LocalDate firstSeen = visits.isEmpty() ? LocalDate.now(clock)
                : visits.get(0).visitedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        Map<String, BigDecimal> bases = new LinkedHashMap<>();
        if (site.constructionCost != null) {
            bases.put("66".equals(article) ? TEMPORARY_CONSTRUCTION_COST : CONSTRUCTION_COST, site.constructionCost);
        }
        return new CaseRequest(Procedure.GENERAL, CaseSource.PATROL, violation,
                new PlaceInput(site.placeCode, site.address, new CaseDto.Point(site.latitude, site.longitude, null)),
                r.actDate() != null ? r.actDate() : firstSeen, null, Boolean.TRUE, firstSeen, party(site, r), r.officers(),
                r.circumstances() == null ? List.of() : r.circumstances(), bases, summary(site, visits, r.summary()));
    }

    private static PartyInput party(Site site, ConversionRequest r) {
        if (r.party() != null) {
            return r.party();
        }
        if (site.partyName == null || site.partyIdentifier == null) {
            throw ApiException.invalid("party", "地块未登记当事人，请填写 (the site names no party: give one)");
        }
        String id = site.partyIdentifier.trim();
        boolean person = PartyKind.of(id) == PartyKind.PERSON;
        return new PartyInput((person ? PartyKind.PERSON : PartyKind.ORGANISATION).name(), site.partyName, person ? id : null, null,
                person ? null : id, null);
    }

    /** Each visit's date, floors, area and whether work was going on. */
    private String summary(Site site, List<SiteVisit> visits, String given) {
        List<String> lines = new ArrayList<>();
        lines.add("巡查发现违法建设：" + site.address + "，共巡查 " + visits.size() + " 次。");
        for (SiteVisit v : visits) {
            lines.add("第 " + v.visitNumber + " 次（" + v.visitedAt.atZoneSameInstant(clock.getZone()).toLocalDate() + "）："
                    + KIND_NAMES.getOrDefault(v.kind, v.kind)
                    + (v.floors == null ? "" : "，" + v.floors + " 层")
                    + (v.floorArea == null ? "" : "，" + v.floorArea.toPlainString() + " m²")
                    + (v.height == null ? "" : "，高 " + v.height.toPlainString() + " m")
                    + (v.constructionInProgress ? "，正在施工" : "，未见施工") + "。");
        }
        if (given != null && !given.isBlank()) {
            lines.add(given.trim());
        }
        String text = String.join("\n", lines);
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }
}
