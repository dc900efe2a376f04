package org.fieldlaw.discretion.model;

/** Who is penalised: a natural person (公民) or an organisation (法人或者其他组织). */
public enum PartyKind {
    PERSON, ORGANISATION;

    /** The kind an identifier names: a resident ID number a person, anything else (a credit code) an organisation. */
    public static PartyKind of(String identifier) {
        return ResidentId.hasShape(identifier) ? PERSON : ORGANISATION;
    }
}
