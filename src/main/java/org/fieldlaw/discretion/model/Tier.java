package org.fieldlaw.discretion.model;

/**
 * The discretion tier (裁量阶次), from lightest to heaviest: 不予处罚, 减轻, 从轻, 一般, 从重.
 * Declaration order is the order of severity.
 */
public enum Tier {
    NO_PENALTY("不予处罚"),
    /** Below the statutory minimum or a lighter kind of penalty (APL Art 32). */
    MITIGATED("减轻"),
    /** Within the statutory range, towards its lower end. */
    LIGHTER("从轻"),
    GENERAL("一般"),
    HEAVIER("从重");

    private final String zh;

    Tier(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    public boolean heavierThan(Tier other) {
        return compareTo(other) > 0;
    }
}
