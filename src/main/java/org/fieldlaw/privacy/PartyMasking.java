package org.fieldlaw.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.fieldlaw.privacy.model.Redaction;

/**
 * A party's personal data inside a JSON body shown to someone (what a phone sent, kept in a sync conflict), kept out
 * of sight as a case keeps it until a reveal: a person's name keeps its surname, an ID number its last four
 * characters, the birth date and address are hidden. An organisation's name and credit code are public and stay
 * whole. A site report names its party in flat fields ({@code partyName}, {@code partyIdentifier}), kind unknown:
 * masked as a person's.
 */
public final class PartyMasking {

    private static final String HIDDEN = "（已隐去）";

    private PartyMasking() {
    }

    /** A copy of {@code json} with every {@code party} object in it masked. */
    public static JsonNode masked(JsonNode json) {
        if (json == null) {
            return null;
        }
        JsonNode copy = json.deepCopy();
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if ("party".equals(field.getKey()) && field.getValue().isObject()) {
                    mask((ObjectNode) field.getValue());
                } else {
                    walk(field.getValue());
                }
            }
            maskFlat((ObjectNode) node);
        } else if (node.isArray()) {
            node.forEach(PartyMasking::walk);
        }
    }

    private static void maskFlat(ObjectNode node) {
        if (node.path("partyName").isTextual()) {
            node.put("partyName", Redaction.personName(node.get("partyName").asText()));
        }
        if (node.path("partyIdentifier").isTextual()) {
            node.put("partyIdentifier", Redaction.identifier(node.get("partyIdentifier").asText()));
        }
        if (node.hasNonNull("partyAddress")) {
            node.put("partyAddress", HIDDEN);
        }
    }

    private static void mask(ObjectNode party) {
        boolean organisation = "ORGANISATION".equals(party.path("kind").asText());
        if (!organisation && party.path("name").isTextual()) {
            party.put("name", Redaction.personName(party.get("name").asText()));
        }
        for (String identifier : new String[] { "idNumber", "identifier" }) {
            if (party.path(identifier).isTextual()) {
                party.put(identifier, Redaction.identifier(party.get(identifier).asText()));
            }
        }
        for (String hidden : new String[] { "birthDate", "address", "phone" }) {
            if (party.hasNonNull(hidden)) {
                party.put(hidden, HIDDEN);
            }
        }
    }
}
