package org.fieldlaw.cases;

/** The two procedures of the Administrative Penalty Law a case follows. */
public enum Procedure {
    /** 简易程序 (APL Arts 51–52): decided on the spot, a warning or a small fine. */
    ON_THE_SPOT,
    /** 普通程序 (APL Arts 54–65): filed, investigated, notified, decided. */
    GENERAL
}
