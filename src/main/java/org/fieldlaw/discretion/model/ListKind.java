package org.fieldlaw.discretion.model;

/** The lists published beside baselines. */
public enum ListKind {
    /** 不予处罚清单 (APL Art 33 para 1): minor, promptly corrected, no harm: must not penalise. */
    NO_PENALTY("不予处罚清单"),
    /** 首违不罚清单 (国发〔2021〕26号): first violation, minor harm, promptly corrected: may decline. */
    FIRST_VIOLATION("首违不罚清单"),
    /** 从轻减轻处罚清单. */
    LIGHTER_OR_REDUCED("从轻减轻处罚清单"),
    /** 免予行政强制清单. */
    NO_COERCION("免予行政强制清单");

    private final String zh;

    ListKind(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
