package org.fieldlaw.patrols;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The patrol and site paths are in the service's OpenAPI with an operation id, a summary and the bearer scheme. */
@QuarkusTest
class PatrolOpenApiTest {

    private static void documented(ValidatableResponse api, String path, String method, String operationId) {
        String op = "paths.'" + path + "'." + method;
        api.body(op + ".operationId", equalTo(operationId)).body(op + ".summary", notNullValue());
    }

    @Test
    void everyPatrolAndSitePathIsDocumented() {
        ValidatableResponse api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200);
        documented(api, "/api/v1/patrols", "get", "listPatrols");
        documented(api, "/api/v1/patrols/{id}", "put", "putPatrol");
        documented(api, "/api/v1/patrols/{id}", "get", "getPatrol");
        documented(api, "/api/v1/patrols/{id}/track", "post", "addPatrolTrack");
        documented(api, "/api/v1/patrols/{id}/track", "get", "getPatrolTrack");
        documented(api, "/api/v1/patrol-assignments/{id}", "put", "putPatrolAssignment");
        documented(api, "/api/v1/sites", "get", "listSites");
        documented(api, "/api/v1/sites/reports", "post", "reportSite");
        documented(api, "/api/v1/sites/{id}", "get", "getSite");
        documented(api, "/api/v1/sites/{id}/visits", "post", "recordSiteVisit");
        documented(api, "/api/v1/sites/{id}/alarms", "get", "listSiteAlarms");
        documented(api, "/api/v1/sites/{id}/case", "post", "convertSiteToCase");
        documented(api, "/api/v1/hotspots", "get", "getHotspots");
        api.body("components.securitySchemes.bearer", notNullValue())
                .body("paths.'/api/v1/patrols/{id}/track'.post.security", notNullValue());
    }
}
