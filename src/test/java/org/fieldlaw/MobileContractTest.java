package org.fieldlaw;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mobile contract ({@code mobile-api-spec/openapi.yaml}) cannot drift from the code.
 * Every operation of the contract exists in the running service's {@code /q/openapi} with
 * compatible parameters and schemas, and every mobile operation of the service is in the contract.
 */
@QuarkusTest
class MobileContractTest {

    /** The paths the app uses; console-only operations under them are listed below. */
    static final List<String> MOBILE_PREFIXES = List.of("/api/v1/agency/me", "/api/v1/agency/calendar", "/api/v1/time", "/api/v1/discretion/",
            "/api/v1/cases", "/api/v1/uploads", "/api/v1/evidence/", "/api/v1/patrols", "/api/v1/patrol-assignments", "/api/v1/sites",
            "/api/v1/sync/");

    /** Operations under the mobile paths that only the web console calls. */
    static final Set<String> CONSOLE_ONLY = Set.of(
            "put /api/v1/agency/calendar/{year}", // the city's administrator loads a year's schedule
            "post /api/v1/cases/{id}/record/verification", // legal reviewers and auditors prove a record intact
            "get /api/v1/cases/{id}/dossier", "get /api/v1/cases/{id}/dossier/archive", // the case file, for inspection and for court
            "put /api/v1/patrol-assignments/{id}", "delete /api/v1/patrol-assignments/{id}"); // supervisors assign areas

    static JsonNode contract;
    static JsonNode service;

    /** Per test instance: the test port is set once the application runs, not before the class. */
    @BeforeEach
    void load() throws Exception {
        if (service == null) {
            contract = new ObjectMapper(new YAMLFactory()).readTree(new File("mobile-api-spec/openapi.yaml"));
            service = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                    .asString());
        }
    }

    static Set<String> operations(JsonNode api) {
        Set<String> ops = new TreeSet<>();
        api.path("paths").properties().forEach(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m)) {
                ops.add(m + " " + p.getKey());
            }
        }));
        return ops;
    }

    static JsonNode operation(JsonNode api, String op) {
        String[] parts = op.split(" ", 2);
        return api.path("paths").path(parts[1]).path(parts[0]);
    }

    @Test
    void everyContractOperationIsServedAndEveryMobileOperationIsInTheContract() {
        Set<String> served = operations(service);
        Set<String> promised = operations(contract);
        Set<String> missing = new TreeSet<>(promised);
        missing.removeAll(served);
        assertTrue(missing.isEmpty(), "in the contract but not served: " + missing);
        Set<String> mobile = new TreeSet<>();
        for (String op : served) {
            String path = op.split(" ", 2)[1];
            if (MOBILE_PREFIXES.stream().anyMatch(path::startsWith) && !CONSOLE_ONLY.contains(op)) {
                mobile.add(op);
            }
        }
        mobile.removeAll(promised);
        assertTrue(mobile.isEmpty(), "served for the app but missing from the contract: " + mobile);
    }

    @Test
    void everyOperationHasAnIdAndProblemDetailsForItsErrors() {
        List<String> faults = new ArrayList<>();
        for (String op : operations(contract)) {
            JsonNode o = operation(contract, op);
            if (!o.hasNonNull("operationId")) {
                faults.add(op + ": no operationId");
            }
            o.path("responses").properties().forEach(r -> {
                if (r.getKey().startsWith("4") && !resolve(contract, r.getValue()).path("content").has("application/problem+json")) {
                    faults.add(op + " " + r.getKey() + ": not problem details");
                }
            });
        }
        assertTrue(faults.isEmpty(), faults.toString());
    }

    /**
     * A phone acts on the status it gets (a 201 is a new record, a 200 the stored one returned again), so the
     * contract documents every status an operation can answer, and the service declares the same ones.
     */
    @Test
    void everyOperationDocumentsTheStatusCodesTheServiceDeclares() {
        List<String> faults = new ArrayList<>();
        for (String op : operations(contract)) {
            Set<String> documented = new TreeSet<>();
            operation(contract, op).path("responses").fieldNames().forEachRemaining(documented::add);
            Set<String> declared = new TreeSet<>();
            operation(service, op).path("responses").fieldNames().forEachRemaining(declared::add);
            Set<String> undeclared = new TreeSet<>(documented);
            undeclared.removeAll(declared);
            Set<String> undocumented = new TreeSet<>(declared);
            undocumented.removeAll(documented);
            if (!undeclared.isEmpty() || !undocumented.isEmpty()) {
                faults.add(op + ": the contract documents " + documented + ", the service declares " + declared);
            }
        }
        assertTrue(faults.isEmpty(), faults.size() + " operations differ:\n" + String.join("\n", faults));
    }

    @Test
    void parametersAndSchemasAgreeWithTheService() {
        List<String> faults = new ArrayList<>();
        for (String op : operations(contract)) {
            JsonNode mine = operation(contract, op);
            JsonNode theirs = operation(service, op);
            Set<String> served = new HashSet<>();
            theirs.path("parameters").forEach(p -> served.add(p.path("in").asText() + ":" + p.path("name").asText()));
            mine.path("parameters").forEach(p -> {
                String key = p.path("in").asText() + ":" + p.path("name").asText();
                if (!served.contains(key)) {
                    faults.add(op + ": parameter " + key + " is not the service's");
                }
            });
            JsonNode myBody = mine.path("requestBody").path("content").path("application/json").path("schema");
            JsonNode theirBody = theirs.path("requestBody").path("content").path("application/json").path("schema");
            if (!myBody.isMissingNode()) {
                compare(op + " request", myBody, resolve(service, theirBody), true, faults, 0);
            }
            for (String status : List.of("200", "201")) {
                JsonNode myAnswer = mine.path("responses").path(status).path("content").path("application/json").path("schema");
                JsonNode theirAnswer = theirs.path("responses").path("200").path("content").path("application/json").path("schema");
                if (!myAnswer.isMissingNode()) {
                    compare(op + " " + status, myAnswer, resolve(service, theirAnswer), false, faults, 0);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    /** The contract's schema says nothing the service's does not: same properties, same types; in requests, the same required ones. */
    static void compare(String where, JsonNode contractSchema, JsonNode theirs, boolean request, List<String> faults, int depth) {
        JsonNode mine = resolve(contract, withoutNull(contractSchema));
        if (depth > 6 || mine.isMissingNode()) {
            return;
        }
        if (theirs.isMissingNode()) {
            faults.add(where + ": the service has no such schema");
            return;
        }
        if (mine.has("type") && theirs.has("type") && !mine.get("type").equals(theirs.get("type"))) {
            faults.add(where + ": type " + mine.get("type") + " but the service says " + theirs.get("type"));
        }
        if (request && !requiredOf(mine).equals(requiredOf(theirs))) {
            faults.add(where + ": required " + requiredOf(mine) + " but the service requires " + requiredOf(theirs));
        }
        Iterator<Map.Entry<String, JsonNode>> properties = mine.path("properties").properties().iterator();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> p = properties.next();
            JsonNode served = theirs.path("properties").path(p.getKey());
            if (served.isMissingNode()) {
                faults.add(where + "." + p.getKey() + ": not a property of the service's schema");
                continue;
            }
            compare(where + "." + p.getKey(), p.getValue(), resolve(service, served), request, faults, depth + 1);
        }
        if (mine.has("items")) {
            compare(where + "[]", mine.get("items"), resolve(service, theirs.path("items")), request, faults, depth + 1);
        }
    }

    /**
     * The contract says where a property may be null ({@code type: [string, "null"]}, or {@code anyOf}
     * a schema and null); the service's schema leaves nulls unsaid. Compared without the null.
     */
    static JsonNode withoutNull(JsonNode schema) {
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return option;
                }
            }
        }
        if (schema.path("type").isArray()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = schema.deepCopy();
            schema.get("type").forEach(t -> {
                if (!"null".equals(t.asText())) {
                    copy.put("type", t.asText());
                }
            });
            return copy;
        }
        return schema;
    }

    static Set<String> requiredOf(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** Follows a local $ref (#/components/...). */
    static JsonNode resolve(JsonNode api, JsonNode node) {
        JsonNode at = node;
        for (int i = 0; i < 10 && at.has("$ref"); i++) {
            String ref = at.get("$ref").asText();
            at = api.at(ref.substring(1));
        }
        return at;
    }
}
