package org.fieldlaw.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem details for what the HTTP layer answers before any REST resource runs: a path nothing
 * serves (404), a body over the size limit (413), a body of unstated length where the limit is the API's (411) and
 * an address over the length limit (414), instead of an HTML page or an empty body. The HTTP codec's own line limit sits above ours
 * (quarkus.http.limits.max-initial-line-length), so only an address longer than that gets its bare 414.
 */
@ApplicationScoped
public class HttpProblemRoutes {

    /** Evidence uploads may send up to the HTTP layer's ceiling; everything else is held to the smaller API limit. */
    static final String UPLOADS = "/api/v1/uploads/";

    void register(@Observes Router router, ObjectMapper mapper, ClientHangups hangups, Stopping stopping,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadLimit,
            @ConfigProperty(name = "fieldlaw.http.max-body-size") MemorySize apiLimit,
            @ConfigProperty(name = "fieldlaw.http.max-uri-length") int uriLimit) {
        // Ahead of Quarkus's own length check (order -2), which answers 413 with an empty body.
        router.route().order(-3).handler(ctx -> {
            ctx.addEndHandler(ended -> {
                if (ended.failed()) {
                    hangups.count(ctx.request().method().name(), shortened(ctx.request().path()), ended.cause());
                }
            });
            if (stopping.stopping()) {
                ctx.response().putHeader("Connection", "close").putHeader("Retry-After", "1");
                write(ctx, mapper, Problem.of(ProblemType.STOPPING, "本实例正在停止，请重新发送 (this replica is stopping; send the request again)"));
                return;
            }
            if (ctx.request().uri().length() > uriLimit) {
                write(ctx, mapper, Problem.of(ProblemType.URI_TOO_LONG,
                        "请求地址超过 " + uriLimit + " 个字符 (the address exceeds " + uriLimit + " characters)"));
                return;
            }
            boolean upload = ctx.request().path().startsWith(UPLOADS);
            long limit = (upload ? uploadLimit : apiLimit).asLongValue();
            String length = ctx.request().getHeader("Content-Length");
            String encoding = ctx.request().getHeader("Transfer-Encoding");
            if (length == null && !upload && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
                // The REST layer buffers a JSON body whole before a resource sees it, up to the HTTP layer's 64 MB ceiling:
                // a body of unstated length would pass the API's smaller limit unchecked. Phones and browsers state it.
                ctx.response().putHeader("Connection", "close");
                write(ctx, mapper, Problem.of(ProblemType.LENGTH_REQUIRED,
                        "请求体须带 Content-Length，上限 " + limit + " 字节 (send Content-Length; the limit is " + limit + " bytes)"));
            } else if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                    && length.length() < 19 && Long.parseLong(length) > limit) {
                ctx.response().putHeader("Connection", "close");
                write(ctx, mapper, Problem.of(ProblemType.TOO_LARGE,
                        "请求体超过上限 " + limit + " 字节 (the body exceeds the limit of " + limit + " bytes)"));
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MAX_VALUE - 1).handler(ctx -> write(ctx, mapper,
                Problem.of(ProblemType.NOT_FOUND, "请求的路径不存在 (no such path)")));
    }

    /** The path as the problem's instance, cut short: an over-long address is not sent back whole. */
    private static String shortened(String path) {
        return path.length() <= 256 ? path : path.substring(0, 256) + "…";
    }

    private static void write(RoutingContext ctx, ObjectMapper mapper, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem.withInstance(shortened(ctx.request().path()))));
        } catch (Exception e) {
            ctx.fail(e);
        }
    }
}
