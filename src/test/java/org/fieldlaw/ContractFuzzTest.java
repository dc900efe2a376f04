package org.fieldlaw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Hostile input over every operation of the mobile contract (issue 16), generated from {@code mobile-api-spec/openapi.yaml}
 * and seeded: a body built from the operation's schema, then spoilt (a field missing, one extra, a wrong type, a huge
 * string or array, deep nesting, invalid UTF-8, injection text, extreme numbers, bad dates and ids), odd parameters
 * and malformed tus headers. Every answer must be a 2xx, or a 4xx with a problem body; never a 5xx, never a stack
 * trace. {@code -Dfuzz.count=10000 -Dfuzz.seed=…} for a full run by hand; CI runs the default count.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 1500);
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "' OR '1'='1", "\"; drop table enforcement_case; --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00", "\u0000", "\uD83D\uDE00\u202E", "null", "-1", "1e309",
            "2026-02-30", "2026-13-01T25:61:00+08:00", "not-a-uuid", "44070319850612002X", "x".repeat(70_000));
    private static final List<String> HOSTILE_NUMBERS = List.of("-1", "0", "1e308", "-1e308", "9223372036854775808", "1.0e-400", "NaN",
            "123456789012345678901234567890", "3.14159");

    private final Random random = new Random(SEED);
    private JsonNode contract;

    @Test
    void everyAnswerToHostileInputIsA2xxOrA4xxProblemNeverA5xx() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(new File("mobile-api-spec/openapi.yaml"));
        List<String[]> operations = new ArrayList<>();
        contract.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            if (List.of("get", "put", "post", "delete", "patch", "head").contains(m.getKey())) {
                operations.add(new String[] { m.getKey().toUpperCase(), p.getKey() });
            }
        }));
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String officer = Tokens.of(AgencyFixture.FUZZ_OFFICER, Roles.OFFICER, Roles.SUPERVISOR);
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String[] op = operations.get(i % operations.size());
            JsonNode operation = contract.path("paths").path(op[1]).path(op[0].toLowerCase());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path(op[1], operation)))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + officer);
            headers(request, operation, op[1]);
            byte[] body = body(operation);
            if (body == null) {
                request.method(op[0], HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", op[1].startsWith("/api/v1/uploads") ? "application/offset+octet-stream" : "application/json")
                        .method(op[0], HttpRequest.BodyPublishers.ofByteArray(body));
            }
            HttpResponse<String> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                faults.add(op[0] + " " + op[1] + " #" + i + ": no answer (" + e + ")");
                continue;
            }
            statuses.merge(String.valueOf(answer.statusCode()), 1, Integer::sum);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            boolean problem = type.startsWith("application/problem+json") && answer.body().contains("\"type\"");
            if (answer.statusCode() >= 500 || (answer.statusCode() >= 400 && !problem && !"HEAD".equals(op[0]))
                    || answer.body().contains("Exception") || answer.body().contains("\tat ")) {
                faults.add(op[0] + " " + op[1] + " #" + i + ": " + answer.statusCode() + " " + type + " "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
        }
        System.out.printf("contract fuzz: %d requests over %d operations (seed %d): %s%n", COUNT, operations.size(), SEED, statuses);
        assertEquals(List.of(), faults.stream().limit(20).toList(), faults.size() + " of " + COUNT + " answers were faults");
    }

    private String path(String template, JsonNode operation) {
        String path = template;
        while (path.contains("{")) {
            String name = path.substring(path.indexOf('{') + 1, path.indexOf('}'));
            String value = switch (random.nextInt(4)) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> name.equals("year") ? String.valueOf(random.nextInt(3000) - 500) : "FIRST_NOTICE";
                // Addresses over 16 KB meet the HTTP codec's own line limit first (a bare 414, README: limits).
                default -> {
                    String h = hostile();
                    yield h.length() > 5_000 ? h.substring(0, 5_000) : h;
                }
            };
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode parameter = resolve(p);
            if ("query".equals(parameter.path("in").asText()) && random.nextInt(3) > 0) {
                query.append(query.length() == 0 ? "?" : "&").append(parameter.path("name").asText()).append('=')
                        .append(URLEncoder.encode(random.nextBoolean() ? hostile() : sample(resolve(parameter.path("schema")), 0).asText(),
                                StandardCharsets.UTF_8));
            }
        }
        return path + (query.length() > 3_000 ? query.substring(0, 3_000) : query);
    }

    private void headers(HttpRequest.Builder request, JsonNode operation, String path) {
        if (path.startsWith("/api/v1/uploads")) {
            request.header("Tus-Resumable", random.nextInt(5) == 0 ? "0.2.2" : "1.0.0");
            request.header("Upload-Offset", pick(List.of("0", "-1", "abc", "99999999999999999999", "1", "0x10")));
            request.header("Upload-Length", pick(List.of("10", "-5", "x", "0", "18446744073709551616", "2000000000000")));
            request.header("Upload-Metadata", pick(List.of("caseId " + b64(UUID.randomUUID().toString()), "caseId", "caseId !!!,id",
                    "visitId " + b64("' OR 1=1"), "filename " + b64("x".repeat(5000)), ",,,", "caseId " + b64(UUID.randomUUID().toString())
                            + ",id " + b64(UUID.randomUUID().toString()) + ",capturedAt " + b64("yesterday"))));
            request.header("Upload-Checksum", pick(List.of("sha256 AAAA", "md5", "crc32 xyz", "sha1 " + b64("x"))));
        }
        for (JsonNode p : operation.path("parameters")) {
            JsonNode parameter = resolve(p);
            String name = parameter.path("name").asText();
            if ("header".equals(parameter.path("in").asText()) && !name.equalsIgnoreCase("Tus-Resumable") && !name.startsWith("Upload-")
                    && random.nextBoolean()) {
                request.header(name, pick(List.of("\"0\"", "\"999\"", "W/\"1\"", "*", "garbage", "\"" + UUID.randomUUID() + "\"")));
            }
        }
    }

    private byte[] body(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return random.nextInt(10) == 0 ? "{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8) : null;
        }
        if (content.has("application/offset+octet-stream")) {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            return bytes;
        }
        JsonNode schema = resolve(content.path("application/json").path("schema"));
        JsonNode instance = sample(schema, 0);
        return switch (random.nextInt(9)) {
            case 0 -> new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }; // invalid UTF-8
            case 1 -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8); // deep nesting
            case 2 -> "{\"truncated\": [1, 2,".getBytes(StandardCharsets.UTF_8);
            default -> spoil(instance, 0).toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A plausible value of the schema, from its example, enum or type. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combinator)) {
                return sample(schema.get(combinator).get(random.nextInt(schema.get(combinator).size())), depth);
            }
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        if (depth > 6) {
            return JSON.nullNode();
        }
        return switch (type) {
            case "string" -> JSON.textNode(switch (schema.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-03-0" + (1 + random.nextInt(9));
                case "date-time" -> "2026-03-02T09:00:00+08:00";
                default -> "测试" + random.nextInt(1000);
            });
            case "integer" -> JSON.numberNode(random.nextInt(1000));
            case "number" -> JSON.numberNode(random.nextDouble() * 1000);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                for (int n = random.nextInt(3); n > 0; n--) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                schema.path("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                yield object;
            }
        };
    }

    /** The instance with one thing wrong somewhere in it. */
    private JsonNode spoil(JsonNode instance, int depth) {
        if (instance instanceof ObjectNode object && object.size() > 0 && depth < 3 && random.nextBoolean()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            ObjectNode copy = object.deepCopy();
            switch (random.nextInt(4)) {
                case 0 -> copy.remove(name);
                case 1 -> copy.put("unexpected" + random.nextInt(100), hostile());
                default -> copy.set(name, spoil(copy.get(name), depth + 1));
            }
            return copy;
        }
        return switch (random.nextInt(8)) {
            case 0 -> JSON.textNode(hostile());
            case 1 -> JSON.numberNode(new java.math.BigDecimal(pick(HOSTILE_NUMBERS.subList(0, 6)).replace("NaN", "0")));
            case 2 -> {
                ArrayNode huge = JSON.arrayNode();
                for (int n = 0; n < 20_000; n++) {
                    huge.add(n);
                }
                yield huge;
            }
            case 3 -> JSON.nullNode();
            case 4 -> JSON.booleanNode(true);
            case 5 -> JSON.objectNode().put("$where", "1 == 1");
            default -> instance;
        };
    }

    private String hostile() {
        return random.nextInt(3) == 0 ? pick(HOSTILE_NUMBERS) : pick(HOSTILE_TEXT);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String b64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int i = 0; i < 10 && at.has("$ref"); i++) {
            at = contract.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }
}
