package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.cases.CaseQueues;
import org.fieldlaw.patrols.SiteAlarms;
import org.fieldlaw.publication.PublicationService;
import org.fieldlaw.security.Roles;
import org.fieldlaw.sync.ConflictService;

/** The home page's work queues, gathered from each module's own entry point. */
@ApplicationScoped
public class ConsoleHome {

    /**
     * One row of the home page: what waits, how many, and the console page that opens it ({@code href};
     * null until that page exists: a row never leads to a raw API answer).
     */
    @RegisterForReflection
    public record Queue(String title, String basis, long count, String href, boolean urgent) {
    }

    @RegisterForReflection
    public record Queues(List<Queue> mine, List<Queue> watch) {
    }

    private final Caller caller;
    private final JurisdictionDirectory directory;
    private final CaseQueues cases;
    private final SiteAlarms alarms;
    private final PublicationService publications;
    private final ConflictService conflicts;

    ConsoleHome(Caller caller, JurisdictionDirectory directory, CaseQueues cases, SiteAlarms alarms, PublicationService publications,
            ConflictService conflicts) {
        this.caller = caller;
        this.directory = directory;
        this.cases = cases;
        this.alarms = alarms;
        this.publications = publications;
        this.conflicts = conflicts;
    }

    /** A case queue's row: its count and the list that shows the same cases; urgent when it holds any. */
    private static Queue cases(CaseQueues.Queue queue, String basis, Map<CaseQueues.Queue, Long> counts, boolean urgentWhenAny) {
        long count = counts.get(queue);
        return new Queue(CaseListPage.TITLES.get(queue), basis, count, CaseListPage.href(queue), urgentWhenAny && count > 0);
    }

    public String jurisdictionName() {
        return directory.tree().nameOf(caller.jurisdictionCode());
    }

    /**
     * The caller's own queues first (what only their role can move), then what they watch. A row shows
     * only what the caller's roles may read through the API.
     */
    public Queues queues() {
        boolean supervisor = caller.hasRole(Roles.SUPERVISOR);
        boolean auditor = caller.hasRole(Roles.AUDITOR);
        boolean reviewer = caller.hasRole(Roles.LEGAL_REVIEWER);
        List<Queue> mine = new ArrayList<>();
        List<Queue> watch = new ArrayList<>();
        if (!(supervisor || auditor || reviewer || caller.hasRole(Roles.OFFICER))) {
            // a bureau administrator reads no cases through the API, so none here either
            return new Queues(mine, watch);
        }
        Map<CaseQueues.Queue, Long> c = cases.counts();
        List<Queue> supervisors = new ArrayList<>(List.of(
                cases(CaseQueues.Queue.APPROVALS, "基准外的罚款须书面说明理由并经负责人批准", c, true),
                cases(CaseQueues.Queue.DECISIONS, "已告知当事人的案件（APL 第 57 条）", c, false),
                cases(CaseQueues.Queue.DISCUSSIONS, "情节复杂或重大违法行为（APL 第 57 条）", c, false)));
        if (supervisor || auditor) {
            long openAlarms = alarms.openCount();
            supervisors.add(new Queue("违建告警", "边执法边违建、限期拆除逾期（《城乡规划法》第六十八条）", openAlarms, "/console/alarms",
                    openAlarms > 0));
            PublicationService.Backlog backlog = publications.backlog();
            supervisors.add(new Queue("待公示的处罚决定", "作出决定后七个工作日内公示；逾期 " + backlog.overdue() + " 件", backlog.pending(),
                    "/console/publications", backlog.overdue() > 0));
        }
        (supervisor ? mine : watch).addAll(supervisors);
        (reviewer ? mine : watch).add(cases(CaseQueues.Queue.REVIEWS, "APL 第 58 条", c, reviewer));
        watch.add(cases(CaseQueues.Queue.OVERDUE, "决定、送达、缴款、证据保存、当场收缴罚款上交", c, true));
        watch.add(cases(CaseQueues.Queue.SOON, "按各案最早的未了期限", c, false));
        if (supervisor || auditor) {
            long open = conflicts.openCount();
            watch.add(new Queue("离线同步冲突", "须写明如何处理后关闭", open, "/console/conflicts", open > 0));
        }
        return new Queues(mine, watch);
    }
}
