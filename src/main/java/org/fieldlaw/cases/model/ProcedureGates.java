package org.fieldlaw.cases.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.fieldlaw.agency.model.CertificateStatus;
import org.fieldlaw.agency.model.JurisdictionTree;
import org.fieldlaw.discretion.model.PartyKind;

/**
 * Which transition the law allows now, and why not: every gate that fails is named, with the
 * article, so the officer sees all that is missing at once.
 */
public final class ProcedureGates {

    public record Refusal(String gate, String reason) {
    }

    private final JurisdictionTree tree;
    private final OnTheSpotLimit onTheSpot;
    private final HearingTrigger hearing;
    private final CaseDeadlines deadlines;

    public ProcedureGates(JurisdictionTree tree, OnTheSpotLimit onTheSpot, HearingTrigger hearing, CaseDeadlines deadlines) {
        this.tree = tree;
        this.onTheSpot = onTheSpot;
        this.hearing = hearing;
        this.deadlines = deadlines;
    }

    public List<Refusal> check(CaseState from, CaseState to, CaseFacts facts) {
        List<Refusal> refusals = new ArrayList<>();
        if (!from.next().contains(to)) {
            refusals.add(new Refusal("transition", from + " 之后不能进入 " + to + " (not a next step of the procedure)"));
            return refusals;
        }
        switch (to) {
            case DECIDED_ON_THE_SPOT -> {
                if (!facts.onTheSpot()) {
                    refusals.add(new Refusal("procedure", "本案适用普通程序，不能当场作出处罚决定 (APL Art 51)"));
                }
                officers(facts, refusals);
                authority(facts, refusals);
                onTheSpot.refusal(facts.partyKind(), facts.proposedFine()).ifPresent(r -> refusals.add(new Refusal("on-the-spot-limit", r)));
                onTheSpot.typeRefusal(facts.proposedTypes()).ifPresent(r -> refusals.add(new Refusal("on-the-spot-limit", r)));
                penalty(facts, refusals);
                deviation(facts, refusals);
            }
            case FILED -> {
                if (facts.onTheSpot()) {
                    refusals.add(new Refusal("procedure", "本案登记为简易程序；须先改为普通程序再立案 (switch the case to the general procedure first)"));
                }
                officers(facts, refusals);
                authority(facts, refusals);
                if (facts.limitationPassed()) {
                    refusals.add(new Refusal("limitation", "违法行为已超过追责期限，不再给予行政处罚 (APL Art 36)"));
                }
            }
            case PROPOSED -> {
                penalty(facts, refusals);
                heavierAfterDefence(facts, refusals);
            }
            case NOTIFIED -> {
                if (facts.proposedFine() == null && facts.proposedTypes().isEmpty()) {
                    refusals.add(new Refusal("proposal", "尚无拟作出的处罚 (no proposed penalty to notify)"));
                }
                deviation(facts, refusals);
            }
            case HEARING -> {
                hearingNotOffered(facts.field(), facts.partyKind(), facts.proposed()).ifPresent(refusals::add);
                if (!facts.hearingRequested()) {
                    refusals.add(new Refusal("hearing", "当事人未要求听证 (the party has not asked for a hearing)"));
                } else if (facts.hearingRequestedOn() != null) {
                    hearingAskedLate(facts.notice().servedOn(), facts.hearingRequestedOn()).ifPresent(refusals::add);
                }
                if (facts.hearingChair() != null && investigated(facts.hearingChair(), facts.officers())) {
                    refusals.add(new Refusal("hearing-chair", "听证主持人不得为本案调查人员 (APL Art 64)"));
                }
                if (facts.hearingNoticedOn() == null) {
                    refusals.add(new Refusal("hearing-notice", "须在举行听证七个工作日前通知当事人听证的时间、地点 (APL Art 64)"));
                } else if (facts.today().isBefore(facts.hearingScheduledOn())) {
                    refusals.add(new Refusal("hearing-notice", "听证定于 " + facts.hearingScheduledOn() + " 举行，不能提前 (not before the day the party was told)"));
                }
            }
            case DECIDED -> decision(facts, refusals);
            case NO_PENALTY -> {
                if (!facts.educationRecorded()) {
                    refusals.add(new Refusal("education", "不予处罚须对当事人进行教育并记录 (APL Art 33)"));
                }
                decisionPeriod(facts, refusals);
            }
            default -> {
                // the other steps carry no gate of their own beyond the order of the procedure
            }
        }
        return refusals;
    }

    /** A penalty must be proposed, and none where the law bars it (APL Arts 30, 33, 36). */
    private static void penalty(CaseFacts facts, List<Refusal> refusals) {
        if (facts.proposedFine() == null && facts.proposedTypes().isEmpty()) {
            refusals.add(new Refusal("proposal", "须写明拟作出的处罚种类和数额 (name the penalty proposed)"));
        }
        if (facts.penaltyBarred() != null) {
            refusals.add(new Refusal("no-penalty", "裁量评估认定依法不予处罚：" + facts.penaltyBarred()));
        }
    }

    private void decision(CaseFacts facts, List<Refusal> refusals) {
        if (facts.penaltyBarred() != null) {
            refusals.add(new Refusal("no-penalty", "决定时重新评估认定依法不予处罚：" + facts.penaltyBarred() + " (APL Art 37)"));
        }
        Notice notice = facts.notice();
        if (!notice.served() && !notice.waived()) {
            refusals.add(new Refusal("notice", "未告知拟作出的处罚及陈述申辩权利，不得作出决定 (APL Arts 44, 62)"));
        }
        if (notice.served()) {
            List<String> beyond = facts.proposed().heavierThan(notice.penalty());
            if (!beyond.isEmpty()) {
                refusals.add(new Refusal("heavier-than-notice", "决定重于告知的处罚，须重新告知并给予陈述申辩期间："
                        + String.join("；", beyond) + " (APL Arts 44, 45)"));
            }
            if (!notice.waived() && !facts.hearingHeld()) {
                LocalDate closes = deadlines.noticeWindowCloses(notice);
                if (!facts.today().isAfter(closes)) {
                    refusals.add(new Refusal("notice-window", "当事人陈述申辩" + (notice.hearingOffered() ? "、申请听证" : "") + "的期间至 " + closes
                            + " 届满，期间内不得作出决定，当事人书面放弃的除外 (APL Arts 44, 62, 64)"));
                }
            }
        }
        Optional<String> trigger = hearing.reason(facts.field(), facts.partyKind(), facts.proposed());
        if (trigger.isPresent() && notice.served() && !notice.hearingOffered()) {
            refusals.add(new Refusal("hearing-not-offered", "拟决定的处罚属于听证范围，告知书未告知听证权利，须重新告知：" + trigger.get()));
        }
        if (trigger.isPresent() && facts.hearingRequested() && !facts.hearingHeld()) {
            refusals.add(new Refusal("hearing", "当事人已要求听证，听证未举行 (APL Art 63)"));
        }
        List<String> grounds = reviewGrounds(facts.legalReviewRequired(), facts.hearingHeld(), facts.collectiveDiscussionRequired());
        if (!grounds.isEmpty()) {
            if (!facts.legalReviewPassed()) {
                refusals.add(new Refusal("legal-review", "须经法制审核（" + String.join("；", grounds) + "），审核未通过不得作出决定 (APL Art 58)"));
            }
            if (facts.reviewer() != null) {
                reviewerRefusals(facts.reviewer(), facts.reviewerFirstTime(), facts.reviewerQualified(), facts.officers()).forEach(refusals::add);
            }
        }
        if (facts.collectiveDiscussionRequired() && !facts.collectiveDiscussionHeld()) {
            refusals.add(new Refusal("collective-discussion", "情节复杂或重大违法行为给予较重处罚，须经集体讨论决定 (APL Art 57)"));
        }
        decisionPeriod(facts, refusals);
        deviation(facts, refusals);
    }

    /**
     * APL Art 58 para 1: why the decision needs legal review. The grounds the case itself shows are
     * read from it, not left to a flag: a hearing was held (item 2), the case is complex enough to need
     * collective discussion (item 3). The proposer's flag covers major public interest (item 1), and
     * the bureau's list of fields the statutory cases (item 4).
     */
    public static List<String> reviewGrounds(boolean flagged, boolean hearingHeld, boolean collectiveDiscussion) {
        List<String> grounds = new ArrayList<>();
        if (flagged) {
            grounds.add("拟决定时认定或本领域规定须审核");
        }
        if (hearingHeld) {
            grounds.add("经过听证程序");
        }
        if (collectiveDiscussion) {
            grounds.add("案件情况疑难复杂、须集体讨论");
        }
        return grounds;
    }

    /** APL Art 60: decide within 90 days of filing, or by the day a supervisor extended it to. */
    private static void decisionPeriod(CaseFacts facts, List<Refusal> refusals) {
        if (facts.decisionDue() != null && facts.today().isAfter(facts.decisionDue())) {
            refusals.add(new Refusal("decision-period", "办案期限已于 " + facts.decisionDue()
                    + " 届满，须先经负责人批准延长 (APL Art 60)"));
        }
    }

    /** APL Art 45: after the party stated its case, no new proposal may be heavier than the notice it answered. */
    private static void heavierAfterDefence(CaseFacts facts, List<Refusal> refusals) {
        Notice notice = facts.notice();
        if (notice.served() && notice.defenceMade()) {
            List<String> beyond = facts.proposed().heavierThan(notice.penalty());
            if (!beyond.isEmpty()) {
                refusals.add(new Refusal("no-heavier-after-defence", "不得因当事人陈述申辩而给予更重的处罚：" + String.join("；", beyond)
                        + " (APL Art 45)"));
            }
        }
    }

    /**
     * 行政强制法 Arts 35, 54: no compulsory enforcement before the party was reminded in writing (催告)
     * and its ten working days to pay or answer have passed.
     */
    public Optional<Refusal> enforcementRefused(LocalDate reminderServedOn, LocalDate day) {
        if (reminderServedOn == null) {
            return Optional.of(new Refusal("enforcement-reminder", "强制执行前须书面催告当事人履行义务 (Administrative Compulsion Law Art 54)"));
        }
        LocalDate due = deadlines.reminderAnswerDue(reminderServedOn);
        if (!day.isAfter(due)) {
            return Optional.of(new Refusal("enforcement-reminder", "催告书送达后十个工作日（至 " + due
                    + "）内不得申请强制执行 (Administrative Compulsion Law Arts 54, 69)"));
        }
        return Optional.empty();
    }

    /** APL Art 71: cash collected on the spot reaches the agency (within 2 working days) before the case can close. */
    public static Optional<Refusal> cashNotHandedIn(LocalDate collectedOn, LocalDate handedInOn) {
        if (collectedOn != null && handedInOn == null) {
            return Optional.of(new Refusal("cash", "当场收缴的罚款尚未交至行政机关 (APL Art 71)"));
        }
        return Optional.empty();
    }

    /** APL Art 63: the penalty proposed is one the party may ask a hearing about. */
    public Optional<Refusal> hearingNotOffered(String field, PartyKind partyKind, Penalty penalty) {
        return hearing.reason(field, partyKind, penalty).isPresent() ? Optional.empty()
                : Optional.of(new Refusal("hearing", "拟作出的处罚不属于听证范围 (APL Art 63)"));
    }

    /** APL Art 64: the party is told the time and place of the hearing at least seven working days ahead. */
    public Optional<Refusal> hearingNoticeLate(LocalDate noticedOn, LocalDate hearingOn) {
        if (hearingOn == null || !hearingOn.isAfter(noticedOn)) {
            return Optional.of(new Refusal("hearing-notice", "须写明听证日期 to，晚于通知之日 (the hearing day in to, after the notice)"));
        }
        if (!deadlines.hearingNoticeInTime(noticedOn, hearingOn)) {
            return Optional.of(new Refusal("hearing-notice", "听证通知须在举行听证七个工作日前送达：" + noticedOn + " 通知，" + hearingOn
                    + " 举行 (APL Art 64)"));
        }
        return Optional.empty();
    }

    /** APL Art 64: the party asks for a hearing within five working days of being served the notice. */
    public Optional<Refusal> hearingAskedLate(LocalDate noticeServedOn, LocalDate askedOn) {
        if (noticeServedOn == null || !askedOn.isAfter(deadlines.hearingRequestDue(noticeServedOn))) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("hearing", "听证要求晚于告知书送达后五个工作日（截止 " + deadlines.hearingRequestDue(noticeServedOn)
                + "）(asked after the 5-working-day window, APL Art 64)"));
    }

    /**
     * APL Art 58: who may give the legal-review opinion. Not one of the case's investigators, and a
     * first-time reviewer holds the national legal professional qualification.
     */
    public static List<Refusal> reviewerRefusals(UUID reviewer, boolean firstTime, boolean qualified, List<CaseOfficer> officers) {
        List<Refusal> refusals = new ArrayList<>();
        if (investigated(reviewer, officers)) {
            refusals.add(new Refusal("legal-review", "法制审核人员不得为本案调查人员"));
        }
        if (firstTime && !qualified) {
            refusals.add(new Refusal("legal-review", "初次从事法制审核的人员应当取得法律职业资格 (APL Art 58)"));
        }
        return refusals;
    }

    private static boolean investigated(UUID person, List<CaseOfficer> officers) {
        return officers.stream().anyMatch(o -> o.investigator() && o.officerId().equals(person));
    }

    private static void deviation(CaseFacts facts, List<Refusal> refusals) {
        if (facts.assessedRange() == null || facts.proposedFine() == null || facts.assessedRange().contains(facts.proposedFine())) {
            return;
        }
        if (facts.deviationReasons() == null || facts.deviationReasons().isBlank()) {
            refusals.add(new Refusal("deviation", "拟罚款 " + facts.proposedFine().toPlainString() + " 元超出裁量基准幅度 "
                    + facts.assessedRange() + "，须书面说明理由"));
        }
        if (!facts.deviationApproved()) {
            refusals.add(new Refusal("deviation", "偏离裁量基准须经负责人批准"));
        }
    }

    /** APL Art 42: at least two officers, each holding a certificate valid today for the field and the place. */
    private void officers(CaseFacts facts, List<Refusal> refusals) {
        long able = facts.officers().stream()
                .filter(o -> o.certificate() != null && o.certificate().covers(facts.today(), facts.field(), facts.placeCode(), tree))
                .count();
        if (able < 2) {
            refusals.add(new Refusal("two-officers", "须两名以上持有效执法证（本领域、本区域）的执法人员，现有 " + able + " 名 (APL Art 42)"));
        }
        for (CaseOfficer o : facts.officers()) {
            if (o.certificate() == null) {
                refusals.add(new Refusal("two-officers", "执法人员 " + o.officerId() + " 未登记执法证"));
                continue;
            }
            CertificateStatus status = o.certificate().statusOn(facts.today());
            if (status != CertificateStatus.VALID) {
                refusals.add(new Refusal("two-officers", "执法证 " + o.certificateNumber() + " " + status.zh()));
            }
        }
    }

    private static void authority(CaseFacts facts, List<Refusal> refusals) {
        if (facts.authority() != null && !facts.authority().allowed()) {
            refusals.add(new Refusal("devolved-matter", facts.authority().reason().zh() + "，应移送县级主管部门 (APL Art 24)"));
        }
    }
}
