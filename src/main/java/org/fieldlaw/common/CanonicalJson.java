package org.fieldlaw.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One JSON text per request, whatever order its maps arrived in and however its decimals were
 * written, and the SHA-256 of that text: how an idempotent create tells "the same request again"
 * from "another request with the same id".
 */
@ApplicationScoped
public class CanonicalJson {

    /** A request as stored: its canonical text and that text's SHA-256 (hex). */
    public record Digested(String json, String sha256) {
    }

    private final ObjectMapper canonical;

    CanonicalJson(ObjectMapper mapper) {
        this.canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
    }

    public String write(Object value) {
        return StoredJson.write(canonical, value);
    }

    public Digested digest(Object value) {
        String json = write(value);
        return new Digested(json, sha256(json));
    }

    public JsonNode read(String json) {
        return StoredJson.read(canonical, json);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
