package org.fieldlaw.discretion.model;

import java.util.Objects;

/** One penalty of a row, with its standard for a person and for an organisation (often different). */
public record PenaltyItem(PenaltyType type, Standard forPerson, Standard forOrganisation) {

    public PenaltyItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(forPerson, "forPerson");
        Objects.requireNonNull(forOrganisation, "forOrganisation");
        if (!type.monetary() && !(forPerson instanceof NonMonetary && forOrganisation instanceof NonMonetary)) {
            throw new IllegalArgumentException(type + " carries no amount");
        }
    }

    public static PenaltyItem same(PenaltyType type, Standard standard) {
        return new PenaltyItem(type, standard, standard);
    }

    public static PenaltyItem order(PenaltyType type) {
        return same(type, new NonMonetary(type.zh()));
    }

    public Standard standardFor(PartyKind kind) {
        return kind == PartyKind.PERSON ? forPerson : forOrganisation;
    }
}
