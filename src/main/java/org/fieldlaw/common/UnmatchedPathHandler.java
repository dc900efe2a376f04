package org.fieldlaw.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests that no REST resource, static file or management route answers: a 404 problem
 * rather than the HTTP layer's HTML page.
 */
@ApplicationScoped
public class UnmatchedPathHandler {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE - 1).handler(ctx -> {
            Problem problem = Problem.of(ProblemType.NOT_FOUND, "请求的路径不存在 (no such path)")
                    .withInstance(ctx.request().path());
            try {
                ctx.response().setStatusCode(404)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }
}
