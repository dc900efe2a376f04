package org.fieldlaw.agency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.fieldlaw.agency.DevolutionDto.AuthorityView;
import org.fieldlaw.agency.DevolutionDto.DevolvedMatterView;
import org.fieldlaw.agency.DevolutionDto.GrantRequest;
import org.fieldlaw.agency.DevolutionDto.RevocationRequest;
import org.fieldlaw.agency.model.JurisdictionLevel;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.agency.model.MatterAuthority;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.common.ProblemType;

/** Devolved matters per town (镇街赋权) and the "may this body act on this matter" lookup. */
@ApplicationScoped
public class DevolutionService {

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final Clock clock;

    DevolutionService(Caller caller, JurisdictionDirectory directory, Clock clock) {
        this.caller = caller;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public List<DevolvedMatterView> ofTown(String townCode) {
        town(townCode);
        caller.requireWithin(townCode);
        LocalDate today = LocalDate.now(clock);
        return DevolvedMatter.ofTown(townCode).stream().map(m -> DevolvedMatterView.of(m, today)).toList();
    }

    /** The matters devolved to the towns of the caller's jurisdiction, taken back or not, by town. */
    @Transactional
    public List<DevolvedMatterView> within() {
        LocalDate today = LocalDate.now(clock);
        List<String> towns = directory.tree().subtree(caller.jurisdictionCode());
        return DevolvedMatter.<DevolvedMatter>list("townCode in ?1 order by townCode, matterCode, effectiveFrom", towns).stream()
                .map(m -> DevolvedMatterView.of(m, today)).toList();
    }

    /** A town's devolved matters counted: in force today, taken back, and not yet in force. */
    public record TownMatters(String townCode, long inForce, long takenBack, long coming) {
    }

    /** Per town of the caller's jurisdiction that holds devolved matters, their counts: a city's towns in one read. */
    @Transactional
    public List<TownMatters> perTown() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = DevolvedMatter.getEntityManager().createQuery("""
                select m.townCode,
                       sum(case when m.effectiveFrom <= :today and (m.revokedFrom is null or m.revokedFrom > :today) then 1 else 0 end),
                       sum(case when m.revokedFrom <= :today then 1 else 0 end),
                       sum(case when m.effectiveFrom > :today then 1 else 0 end)
                  from DevolvedMatter m where m.townCode in :towns group by m.townCode order by m.townCode""", Object[].class)
                .setParameter("today", today).setParameter("towns", directory.tree().subtree(caller.jurisdictionCode())).getResultList();
        return rows.stream().map(r -> new TownMatters((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    @Transactional
    public DevolvedMatterView grant(String townCode, GrantRequest request) {
        town(townCode);
        caller.requireWithin(townCode);
        for (DevolvedMatter existing : DevolvedMatter.ofTownAndMatter(townCode, request.matterCode())) {
            boolean overlaps = existing.revokedFrom == null || existing.revokedFrom.isAfter(request.effectiveFrom());
            if (overlaps) {
                throw new ApiException(ProblemType.CONFLICT, "该事项已下放本镇街且未收回 (the matter is already devolved to this town from "
                        + existing.effectiveFrom + ")").with("existing", DevolvedMatterView.of(existing, LocalDate.now(clock)));
            }
        }
        DevolvedMatter m = new DevolvedMatter();
        m.id = UUID.randomUUID();
        m.townCode = townCode;
        m.matterCode = request.matterCode();
        m.matterName = request.matterName();
        m.field = request.field();
        m.effectiveFrom = request.effectiveFrom();
        m.legalBasis = request.legalBasis();
        m.persistAndFlush();
        return DevolvedMatterView.of(m, LocalDate.now(clock));
    }

    @Transactional
    public DevolvedMatterView revoke(String townCode, UUID id, RevocationRequest request) {
        town(townCode);
        caller.requireWithin(townCode);
        DevolvedMatter m = DevolvedMatter.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !m.townCode.equals(townCode)) {
            throw ApiException.notFound("下放事项 (devolved matter)", id);
        }
        if (m.revokedFrom != null) {
            throw new ApiException(ProblemType.CONFLICT, "该事项已于 " + m.revokedFrom + " 收回 (already taken back)");
        }
        if (!request.revokedFrom().isAfter(m.effectiveFrom)) {
            throw ApiException.invalid("revokedFrom", "收回日期须晚于生效日期 (must come after the effective date " + m.effectiveFrom + ")");
        }
        m.revokedFrom = request.revokedFrom();
        m.revocationBasis = request.basis();
        m.persistAndFlush();
        return DevolvedMatterView.of(m, LocalDate.now(clock));
    }

    @Transactional
    public AuthorityView authority(UUID bodyId, String matterCode, LocalDate date) {
        EnforcementBody body = EnforcementBody.findById(bodyId);
        if (body == null || !caller.covers(body.jurisdictionCode)) {
            throw ApiException.notFound("执法主体 (enforcement body)", bodyId);
        }
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        List<DevolvedMatter> grants = DevolvedMatter.ofTownAndMatter(body.jurisdictionCode, matterCode);
        MatterAuthority.Decision decision = MatterAuthority.decide(body.kind, matterCode, day,
                grants.stream().map(DevolvedMatter::toDevolution).toList());
        DevolvedMatterView basis = decision.basis() == null ? null : grants.stream()
                .filter(g -> g.effectiveFrom.equals(decision.basis().effectiveFrom()))
                .findFirst().map(g -> DevolvedMatterView.of(g, LocalDate.now(clock))).orElse(null);
        return new AuthorityView(body.id, body.name, matterCode, day, decision.allowed(), decision.reason(),
                decision.reason().zh(), decision.reason().en(), basis);
    }

    private JurisdictionTree.Node town(String code) {
        JurisdictionTree.Node node = directory.tree().find(code)
                .orElseThrow(() -> ApiException.notFound("行政区划 (jurisdiction)", code));
        if (node.level() != JurisdictionLevel.TOWN) {
            throw new ApiException(ProblemType.BAD_REQUEST, "赋权事项只针对镇街 (matters are devolved to towns only): " + code);
        }
        return node;
    }
}
