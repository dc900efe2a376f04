package org.fieldlaw.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The problem answers of the generated API description (/q/openapi), named as the mobile contract names them.
 * Those that follow from an operation's shape are added here, so no resource repeats them: 400 where it takes
 * parameters or a body, 404 where its path names a record, 401 and 403 where it needs a role. Those that follow
 * from what a method does (409, 412, 428, 413, 460, 503) are declared on the method with
 * {@code @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)}, and MobileContractTest holds the
 * contract and these declarations to the same set.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHENTICATED = "Unauthenticated";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String STALE_VERSION = "StaleVersion";
    public static final String VERSION_REQUIRED = "VersionRequired";
    public static final String TOO_LARGE = "TooLarge";
    public static final String CHECKSUM_MISMATCH = "ChecksumMismatch";
    public static final String STORE_UNAVAILABLE = "StoreUnavailable";
    public static final String TUS_VERSION = "UnsupportedTusVersion";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(BAD_REQUEST, "请求有误 (bad request): the violations name the fields"),
            Map.entry(UNAUTHENTICATED, "未登录 (no valid token)"),
            Map.entry(FORBIDDEN, "无权操作 (wrong role, or outside the caller's jurisdiction)"),
            Map.entry(NOT_FOUND, "不存在 (no such record in the caller's reach)"),
            Map.entry(CONFLICT, "冲突 (the same id with a different body, or a step the procedure does not allow now)"),
            Map.entry(STALE_VERSION, "版本已过期 (stale If-Match), with the current state"),
            Map.entry(VERSION_REQUIRED, "需要 If-Match (an edit names the version it was based on)"),
            Map.entry(TOO_LARGE, "请求体过大 (too large)"),
            Map.entry(CHECKSUM_MISMATCH, "校验和不符 (tus checksum mismatch): the piece was not kept"),
            Map.entry(STORE_UNAVAILABLE, "证据存储暂不可用 (the evidence store did not answer): try again"),
            Map.entry(TUS_VERSION, "不支持的 tus 协议版本 (Tus-Resumable is not 1.0.0)"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Problem", problemSchema());
        DESCRIPTIONS.forEach((name, description) -> api.getComponents().addResponse(name, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))))));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/") || path.startsWith("/public/")) {
                item.getOperations().forEach((method, operation) -> addShapeAnswers(path, method, item, operation, api));
            }
        });
    }

    private static void addShapeAnswers(String path, PathItem.HttpMethod method, PathItem item, Operation operation, OpenAPI api) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean takesInput = !isEmpty(operation.getParameters()) || !isEmpty(item.getParameters()) || operation.getRequestBody() != null;
        if (takesInput && method != PathItem.HttpMethod.OPTIONS) {
            put(responses, "400", BAD_REQUEST);
        }
        if (path.contains("{")) {
            put(responses, "404", NOT_FOUND);
        }
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : !isEmpty(api.getSecurity());
        if (secured) {
            put(responses, "401", UNAUTHENTICATED);
            put(responses, "403", FORBIDDEN);
        }
    }

    private static void put(APIResponses responses, String status, String name) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; title in Chinese then English")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .addRequired("type").addRequired("title").addRequired("status");
    }
}
