package org.fieldlaw.cases;

import java.util.Map;
import org.fieldlaw.cases.CaseDto.EventKind;
import org.fieldlaw.cases.model.CaseState;

/** The Chinese names an officer, an inspector or a court reads for the procedure's states, deadlines and recorded facts. */
public final class CaseLabels {

    private CaseLabels() {
    }

    private static final Map<CaseState, String> STATES = Map.ofEntries(Map.entry(CaseState.RECORDED, "已登记"),
            Map.entry(CaseState.DECIDED_ON_THE_SPOT, "当场处罚"), Map.entry(CaseState.FILED, "已立案"),
            Map.entry(CaseState.INVESTIGATING, "调查中"), Map.entry(CaseState.PROPOSED, "拟处罚"), Map.entry(CaseState.NOTIFIED, "已告知"),
            Map.entry(CaseState.HEARING, "听证"), Map.entry(CaseState.LEGAL_REVIEW, "法制审核"),
            Map.entry(CaseState.COLLECTIVE_DISCUSSION, "集体讨论"), Map.entry(CaseState.DECIDED, "已决定"), Map.entry(CaseState.SERVED, "已送达"),
            Map.entry(CaseState.PAID, "已缴款"), Map.entry(CaseState.ENFORCED, "已强制执行"), Map.entry(CaseState.NO_PENALTY, "不予处罚"),
            Map.entry(CaseState.TRANSFERRED, "已移送"), Map.entry(CaseState.WITHDRAWN, "已撤销"), Map.entry(CaseState.CLOSED, "已结案"));

    private static final Map<String, String> DEADLINES = Map.of("DECISION", "作出决定", "SERVICE", "送达", "PAYMENT", "缴款",
            "PRESERVATION", "保存证据处理", "CASH_HAND_IN", "罚款上交");

    private static final Map<EventKind, String> EVENTS = Map.ofEntries(Map.entry(EventKind.DEFENCE, "陈述申辩"),
            Map.entry(EventKind.NOTICE_WAIVER, "书面放弃陈述申辩"), Map.entry(EventKind.NOTICE_SERVED, "告知书送达"),
            Map.entry(EventKind.HEARING_REQUEST, "申请听证"), Map.entry(EventKind.HEARING_NOTICE, "听证通知"),
            Map.entry(EventKind.DEVIATION_APPROVAL, "批准偏离裁量基准"), Map.entry(EventKind.DECISION_EXTENSION, "延长决定期限"),
            Map.entry(EventKind.LEGAL_REVIEW, "法制审核意见"), Map.entry(EventKind.COLLECTIVE_DISCUSSION, "集体讨论记录"),
            Map.entry(EventKind.EDUCATION, "批评教育"), Map.entry(EventKind.EVIDENCE_PRESERVED, "先行登记保存"),
            Map.entry(EventKind.PRESERVATION_DISPOSED, "保存证据处理"), Map.entry(EventKind.PAYMENT_PAUSE, "复议或诉讼期间"),
            Map.entry(EventKind.CASH_COLLECTED, "当场收缴罚款"), Map.entry(EventKind.CASH_HANDED_IN, "罚款上交"),
            Map.entry(EventKind.ENFORCEMENT_REMINDER, "催告"), Map.entry(EventKind.DECISION_REVOKED, "处罚决定被撤销"),
            Map.entry(EventKind.DECISION_CHANGED, "处罚决定被变更"));

    private static final Map<String, String> RECORD_ACTIONS = Map.ofEntries(Map.entry("CREATED", "登记案件"), Map.entry("EDITED", "修改案件事实"),
            Map.entry("PERSONAL_DATA_VIEWED", "查看当事人完整信息"), Map.entry("EVIDENCE_ATTACHED", "提交证据"), Map.entry("FROM_SITE", "由违建点转为案件"),
            Map.entry("PUBLISHED", "公示"), Map.entry("PUBLICATION_WITHDRAWN", "撤回公示"), Map.entry("REPORTED", "上报违建点"),
            Map.entry("VISITED", "现场巡查"), Map.entry("STATUS_CHANGED", "违建点状态变更"), Map.entry("CONTINUED_BUILDING_ALARM", "边执法边违建告警"),
            Map.entry("ALARM_ACKNOWLEDGED", "告警已知悉"), Map.entry("DEMOLITION_OVERDUE_ALARM", "限期拆除逾期告警"),
            Map.entry("CONVERTED_TO_CASE", "转为案件"),
            Map.entry("DOCUMENT_ISSUED", "出具文书"), Map.entry("DOCUMENT_SERVED", "送达文书"));

    public static String state(CaseState state) {
        return STATES.getOrDefault(state, state.name());
    }

    public static String deadline(String kind) {
        return kind == null ? "" : DEADLINES.getOrDefault(kind, kind);
    }

    public static String event(EventKind kind) {
        return EVENTS.getOrDefault(kind, kind.name());
    }

    /** A line of a case's full-process record: a step, a recorded fact, or one of the record's own actions. */
    public static String recordAction(String action) {
        if (action.startsWith("STEP_")) {
            String state = action.substring("STEP_".length());
            for (CaseState s : CaseState.values()) {
                if (s.name().equals(state)) {
                    return "进入“" + state(s) + "”";
                }
            }
        }
        if (action.startsWith("EVENT_")) {
            String kind = action.substring("EVENT_".length());
            for (EventKind k : EventKind.values()) {
                if (k.name().equals(kind)) {
                    return event(k);
                }
            }
        }
        return RECORD_ACTIONS.getOrDefault(action, action);
    }
}
