package org.fieldlaw.discretion.model;

/** Who is penalised: a natural person (公民) or an organisation (法人或者其他组织). */
public enum PartyKind {
    PERSON, ORGANISATION
}
