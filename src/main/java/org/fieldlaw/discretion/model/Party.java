package org.fieldlaw.discretion.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The party of a case. A person is known by resident ID number (居民身份证号码) or, failing that,
 * a birth date; an organisation by its unified social credit code (统一社会信用代码). The
 * identifier is what the case history is searched by, never a tick box.
 */
public record Party(PartyKind kind, String identifier, LocalDate birthDate) {

    public Party {
        Objects.requireNonNull(kind, "kind");
        if (kind == PartyKind.PERSON && identifier != null && !identifier.isBlank()) {
            LocalDate fromId = ResidentId.birthDate(identifier);
            if (birthDate != null && !birthDate.equals(fromId)) {
                throw new IllegalArgumentException("birth date " + birthDate + " disagrees with the ID number");
            }
            birthDate = fromId;
        }
        if (kind == PartyKind.ORGANISATION && birthDate != null) {
            throw new IllegalArgumentException("an organisation has no birth date");
        }
    }

    public static Party person(String residentId) {
        return new Party(PartyKind.PERSON, residentId, null);
    }

    public static Party organisation(String creditCode) {
        return new Party(PartyKind.ORGANISATION, creditCode, null);
    }

    /**
     * Age in whole years (周岁) on the day of the act, where a birth date is known. A year of age is
     * reached on the day after the birthday, not on it: the reading of 法释〔2006〕1号 Art 2 that
     * protects the party (on the 14th birthday itself a person is still under 14, APL Art 30).
     */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDate == null ? Optional.empty() : Optional.of(Period.between(birthDate.plusDays(1), day).getYears());
    }
}
