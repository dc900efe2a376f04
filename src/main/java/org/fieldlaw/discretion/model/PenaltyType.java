package org.fieldlaw.discretion.model;

/** Kinds of penalty and accompanying order, as baselines name them. */
public enum PenaltyType {
    WARNING("警告", false),
    FINE("罚款", true),
    CONFISCATE_ILLEGAL_GAINS("没收违法所得", false),
    CONFISCATE_ILLEGAL_PROPERTY("没收非法财物", false),
    SUSPEND_BUSINESS("责令停产停业", false),
    SUSPEND_LICENCE("暂扣许可证件", false),
    /** APL Art 9 item 3; a hearing right under Art 63. */
    LOWER_QUALIFICATION("降低资质等级", false),
    REVOKE_LICENCE("吊销许可证件", false),
    /** APL Art 9 item 4: the four penalties that restrict or stop an activity; a hearing right under Art 63 but for the first. */
    RESTRICT_BUSINESS("限制开展生产经营活动", false),
    ORDER_CLOSURE("责令关闭", false),
    RESTRICT_PRACTICE("限制从业", false),
    /** 责令限期拆除: an order that accompanies or replaces a fine under the Planning Law. */
    ORDER_DEMOLITION("责令限期拆除", false),
    ORDER_CORRECTION("责令改正", false),
    ORDER_STOP_CONSTRUCTION("责令停止建设", false),
    /** 没收实物: confiscation of a building that cannot be demolished (Planning Law Art 64). */
    CONFISCATE_BUILDING("没收实物", false),
    /** Planning Law Art 68: after a stop order is ignored, the county government may seal the site. */
    SEAL_SITE("查封施工现场", false),
    /** Planning Law Art 68: forced demolition by the county government. */
    FORCED_DEMOLITION("强制拆除", false);

    private final String zh;
    private final boolean monetary;

    PenaltyType(String zh, boolean monetary) {
        this.zh = zh;
        this.monetary = monetary;
    }

    public String zh() {
        return zh;
    }

    public boolean monetary() {
        return monetary;
    }
}
