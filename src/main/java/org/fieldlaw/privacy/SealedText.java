package org.fieldlaw.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Seals a text attribute on its way to the database and opens it on the way back; an entity holds the plain value
 * and never knows. Put it on every column that holds a party's name, identifier, address or telephone number, or a
 * document that may (a request as received), and register the column in a {@link PersonalDataColumns}.
 */
@Converter
@ApplicationScoped
public class SealedText implements AttributeConverter<String, String> {

    private final PersonalData personalData;

    SealedText(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return personalData.seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return personalData.open(stored);
    }
}
