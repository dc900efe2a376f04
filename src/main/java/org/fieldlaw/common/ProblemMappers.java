package org.fieldlaw.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of the REST layer becomes a problem detail; none leaks a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ClientHangups hangups;

    ProblemMappers(ClientHangups hangups) {
        this.hangups = hangups;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(Problem.full(ProblemType.VALIDATION, detail, violations, null), uri);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.VALIDATION, e.getMessage()), uri);
    }

    // Named one by one: quarkus-rest-jackson ships mappers for the specific Jackson types, and the
    // closest type wins, so a mapper of the common supertype alone would never be reached.
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            String field = pathOf(u);
            return respond(Problem.full(ProblemType.VALIDATION, "未知字段 (unknown field): " + field,
                    List.of(new Problem.Violation(field, "未知字段 (unknown field)")), null), uri);
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException m = (JsonMappingException) e;
            String field = pathOf(m);
            String expected = e instanceof MismatchedInputException mi && mi.getTargetType() != null
                    ? mi.getTargetType().getSimpleName() : "value";
            String message = "类型不符 (wrong type), expected " + expected;
            if (field.isEmpty()) {
                return respond(Problem.of(ProblemType.MALFORMED_JSON, "请求体结构不符 (body does not match the expected shape)"), uri);
            }
            return respond(Problem.full(ProblemType.VALIDATION, field + ": " + message,
                    List.of(new Problem.Violation(field, message)), null), uri);
        }
        return respond(Problem.of(ProblemType.MALFORMED_JSON, "JSON 解析失败 (could not parse JSON) at line "
                + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.UNAUTHENTICATED, "需要有效的 Bearer 令牌 (a valid bearer token is required)")
                        .withInstance(uri.getPath()));
        return builder.build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "当前角色无权执行此操作 (your role does not allow this)"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        Response.ResponseBuilder builder = Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemType.forStatus(status), detailFor(status, e)).withInstance(uri.getPath()));
        return builder.build();
    }

    /** A unique or foreign key the database refused, typically two concurrent creates of the same thing. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                LOG.debugf("the database refused a write: %s", c.getConstraintName());
                return respond(Problem.of(ProblemType.CONFLICT, "与现有数据冲突，请刷新后重试 (conflicts with existing data; reload and retry)"), uri);
            }
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response internal(Exception e, UriInfo uri) {
        String ref = UUID.randomUUID().toString();
        if (databaseUnreachable(e)) {
            // A database restarting or failing over is not a fault of the service: the client sends it again.
            LOG.warnf("database unreachable on %s (%s): %s", uri.getPath(), ref, rootMessage(e));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "1")
                    .entity(Problem.of(ProblemType.DATABASE_UNAVAILABLE, "数据库暂不可用，请稍后重新发送 (the database did not answer; send the request again)")
                            .withInstance(uri.getPath()))
                    .build();
        }
        if (ClientHangups.isHangup(e)) {
            hangups.noted(ref, uri.getPath(), e);
            // No one is left to read it; the status is for the access log.
            return respond(Problem.of(ProblemType.BAD_REQUEST, "请求未完整到达 (the request did not arrive whole)"), uri);
        }
        LOG.errorf(e, "Unhandled error %s on %s", ref, uri.getPath());
        return respond(Problem.full(ProblemType.INTERNAL, "服务器内部错误，参考编号 " + ref + " (internal error, reference " + ref + ")",
                null, Map.of("reference", ref)), uri);
    }

    /**
     * A lost or refused database connection (SQLSTATE class 08, or 57P: the server shutting down or starting), among
     * the causes or, where a commit failed, the suppressed exceptions the transaction manager attaches.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        return databaseUnreachable(failure, 0);
    }

    private static boolean databaseUnreachable(Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof java.sql.SQLException s && s.getSQLState() != null
                && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (databaseUnreachable(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && databaseUnreachable(t.getCause(), depth + 1);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "请求的路径或资源不存在 (no such path or resource)";
            case 405 -> "该路径不支持此方法 (method not allowed on this path)";
            case 406 -> "请求 application/json (ask for application/json)";
            case 415 -> "请发送 application/json (send application/json)";
            default -> e.getMessage();
        };
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath())).build();
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // Resource-method paths look like "create.request.name": the method and parameter add nothing for the caller.
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
