package org.fieldlaw.documents.model;

/**
 * How a document reaches the party (送达方式). APL Art 61 sends penalty documents to the Civil Procedure Law's
 * methods; electronic service needs the party's consent and a signed confirmation (确认书), and service left at
 * the address (留置送达) needs a witness or a recording of it.
 */
public enum ServiceMethod {
    /** 直接送达: handed to the party, who signs the proof of service. */
    IN_PERSON("直接送达"),
    /** 留置送达: the party refused it; left at the address before a witness. */
    LEFT_AT_ADDRESS("留置送达"),
    /** 邮寄送达: by registered post; served on the day of the receipt. */
    POST("邮寄送达"),
    /** 电子送达: to an electronic address the party agreed to in writing. */
    ELECTRONIC("电子送达");

    private final String zh;

    ServiceMethod(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** Whether the record must name a witness. */
    public boolean needsWitness() {
        return this == LEFT_AT_ADDRESS;
    }

    /** Whether the record must name the party's written consent. */
    public boolean needsConsent() {
        return this == ELECTRONIC;
    }
}
