package org.fieldlaw.patrols;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import org.fieldlaw.patrols.model.SiteStatus;

/**
 * The orders a site's enforcement issues before (or without) a penalty case: stop building (城乡规划法 Arts 64, 65),
 * then correct or demolish within a deadline. Each has its template, title, number mark and the site status it
 * exists from.
 */
public enum SiteDocumentKind {

    STOP_CONSTRUCTION_NOTICE("stop-construction-notice", "stop-construction-notice", "责令停止建设通知书", "停", s -> s.stopOrderedOn != null,
            "尚未责令停止建设 (no stop order on this site)"),
    CORRECTION_ORDER("correction-order", "deadline-order", "责令限期改正通知书", "改",
            s -> s.status == SiteStatus.CORRECTION_ORDERED && s.orderDeadline != null, "尚未责令限期改正 (no correction ordered)"),
    DEMOLITION_ORDER("demolition-order", "deadline-order", "责令限期拆除通知书", "拆",
            s -> s.status == SiteStatus.DEMOLITION_ORDERED && s.orderDeadline != null, "尚未责令限期拆除 (no demolition ordered)");

    private final String code;
    private final String template;
    private final String title;
    private final String mark;
    private final Predicate<Site> exists;
    private final String notYet;

    SiteDocumentKind(String code, String template, String title, String mark, Predicate<Site> exists, String notYet) {
        this.code = code;
        this.template = template;
        this.title = title;
        this.mark = mark;
        this.exists = exists;
        this.notYet = notYet;
    }

    public String code() {
        return code;
    }

    String template() {
        return template;
    }

    public String title() {
        return title;
    }

    String mark() {
        return mark;
    }

    boolean existsFor(Site site) {
        return exists.test(site);
    }

    String notYet() {
        return notYet;
    }

    public static Optional<SiteDocumentKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
