package org.fieldlaw.common;

/** The stable kinds of problem the API answers with. */
public record ProblemType(int status, String uri, String title) {

    private static ProblemType of(int status, String slug, String zh, String en) {
        return new ProblemType(status, "/problems/" + slug, zh + " (" + en + ")");
    }

    public static final ProblemType BAD_REQUEST = of(400, "bad-request", "请求无效", "Bad request");
    public static final ProblemType MALFORMED_JSON = of(400, "malformed-json", "请求体不是有效的 JSON", "Malformed JSON body");
    public static final ProblemType VALIDATION = of(400, "validation", "数据校验未通过", "Validation failed");
    public static final ProblemType UNAUTHENTICATED = of(401, "unauthenticated", "未登录或令牌无效", "Missing or invalid token");
    public static final ProblemType FORBIDDEN = of(403, "forbidden", "无权执行此操作", "Not allowed");
    public static final ProblemType OUTSIDE_JURISDICTION = of(403, "outside-jurisdiction", "超出管辖范围", "Outside your jurisdiction");
    public static final ProblemType NO_OFFICER_RECORD = of(403, "no-officer-record", "未登记为执法人员", "No officer record for this identity");
    public static final ProblemType NOT_FOUND = of(404, "not-found", "资源不存在", "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = of(405, "method-not-allowed", "不支持该请求方法", "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = of(406, "not-acceptable", "无法提供所需的格式", "Not acceptable");
    public static final ProblemType CONFLICT = of(409, "conflict", "与现有数据冲突", "Conflict");
    public static final ProblemType STALE_VERSION = of(412, "stale-version", "数据已被他人修改，请刷新后重试", "Stale version");
    public static final ProblemType LENGTH_REQUIRED = of(411, "length-required", "请求须携带 Content-Length", "Content-Length required");
    public static final ProblemType TOO_LARGE = of(413, "too-large", "请求体过大", "Request body too large");
    public static final ProblemType URI_TOO_LONG = of(414, "uri-too-long", "请求地址过长", "URI too long");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of(415, "unsupported-media-type", "不支持的内容类型", "Unsupported media type");
    public static final ProblemType TOO_MANY_REQUESTS = of(429, "too-many-requests", "请求过于频繁，请稍后重试", "Too many requests");
    public static final ProblemType VERSION_REQUIRED = of(428, "version-required", "修改须携带 If-Match 版本号", "If-Match required");
    public static final ProblemType BAD_SIGNATURE = of(400, "bad-signature", "签名无效或非本单位登记的密钥", "Signature invalid or not by a key of your bureau");
    public static final ProblemType REFINEMENT = of(422, "refinement", "细化超出上级或法定幅度", "Refinement outside the parent or statutory range");
    /** tus checksum extension: the bytes of the request do not match the Upload-Checksum sent with them. */
    public static final ProblemType CHECKSUM_MISMATCH = of(460, "checksum-mismatch", "数据校验和不符", "Checksum mismatch");
    public static final ProblemType TUS_VERSION = of(412, "tus-version", "不支持的 tus 协议版本", "Unsupported tus version");
    public static final ProblemType PROCEDURE_REFUSED = of(409, "procedure-refused", "行政处罚程序不允许此步骤", "The procedure does not allow this step");
    public static final ProblemType INTERNAL = of(500, "internal", "服务器内部错误", "Internal error");
    public static final ProblemType DATABASE_UNAVAILABLE = of(503, "database-unavailable", "数据库暂不可用，请稍后重试", "Database unavailable, try again");
    public static final ProblemType STOPPING = of(503, "stopping", "服务正在停止，请重试", "This replica is stopping, send it again");
    public static final ProblemType STORE_UNAVAILABLE = of(503, "store-unavailable", "证据存储暂不可用，请稍后重试", "Evidence store unavailable, try again");

    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> STALE_VERSION;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> REFINEMENT;
            case 428 -> VERSION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            default -> status >= 500 ? INTERNAL : of(status, "http-" + status, "请求无法处理", "Request not processed");
        };
    }
}
