package org.fieldlaw.discretion.model;

/** Kinds of penalty and accompanying order, as baselines name them. */
public enum PenaltyType {
    WARNING("警告", false, 10),
    FINE("罚款", true, 20),
    CONFISCATE_ILLEGAL_GAINS("没收违法所得", false, 20),
    CONFISCATE_ILLEGAL_PROPERTY("没收非法财物", false, 20),
    SUSPEND_BUSINESS("责令停产停业", false, 41),
    SUSPEND_LICENCE("暂扣许可证件", false, 30),
    /** APL Art 9 item 3; a hearing right under Art 63. */
    LOWER_QUALIFICATION("降低资质等级", false, 31),
    REVOKE_LICENCE("吊销许可证件", false, 32),
    /** APL Art 9 item 4: the four penalties that restrict or stop an activity; a hearing right under Art 63 but for the first. */
    RESTRICT_BUSINESS("限制开展生产经营活动", false, 40),
    ORDER_CLOSURE("责令关闭", false, 42),
    RESTRICT_PRACTICE("限制从业", false, 41),
    /** 责令限期拆除: an order that accompanies or replaces a fine under the Planning Law. */
    ORDER_DEMOLITION("责令限期拆除", false, 0),
    ORDER_CORRECTION("责令改正", false, 0),
    ORDER_STOP_CONSTRUCTION("责令停止建设", false, 0),
    /** 没收实物: confiscation of a building that cannot be demolished (Planning Law Art 64). */
    CONFISCATE_BUILDING("没收实物", false, 20),
    /** Planning Law Art 68: after a stop order is ignored, the county government may seal the site. */
    SEAL_SITE("查封施工现场", false, 0),
    /** Planning Law Art 68: forced demolition by the county government. */
    FORCED_DEMOLITION("强制拆除", false, 0);

    private final String zh;
    private final boolean monetary;
    private final int severity;

    PenaltyType(String zh, boolean monetary, int severity) {
        this.zh = zh;
        this.monetary = monetary;
        this.severity = severity;
    }

    /**
     * How heavy the penalty is, by the groups of APL Art 9 (warning; fine and confiscation; licence
     * and qualification; restricting or stopping the activity), heavier within a group as it takes
     * more away. Zero for orders and measures (责令改正, 责令拆除, sealing, forced demolition), which are
     * no penalty (APL Art 28) and weigh nothing when versions are compared (Art 37).
     */
    public int severity() {
        return severity;
    }

    public String zh() {
        return zh;
    }

    public boolean monetary() {
        return monetary;
    }
}
