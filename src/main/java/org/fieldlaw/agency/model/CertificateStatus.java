package org.fieldlaw.agency.model;

/** Whether an enforcement certificate (行政执法证) lets its holder act on a given day. */
public enum CertificateStatus {
    VALID("有效", "valid"),
    NOT_YET_VALID("尚未生效", "not yet valid"),
    EXPIRED("已过期", "expired"),
    SUSPENDED("已暂停", "suspended");

    private final String zh;
    private final String en;

    CertificateStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
