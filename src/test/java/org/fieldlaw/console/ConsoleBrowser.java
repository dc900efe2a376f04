package org.fieldlaw.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fieldlaw.testing.Tokens;

/**
 * A browser without JavaScript for console tests: signs in through the test provider's login form
 * (the authorization-code flow with PKCE, as a person would), keeps the session cookies, and sends
 * what htmx sends (the CSRF header the page carries).
 */
final class ConsoleBrowser {

    private static final Pattern NEXT_PAGE = Pattern.compile("<a class=\"more\" href=\"([^\"]+)\">下一页</a>");
    private static final Pattern CSRF = Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.ALWAYS).build();
    private String csrf;

    private ConsoleBrowser(URI base) {
        this.base = base;
    }

    /** Signed in as {@code username} with {@code role}; the same subject as the API's tokens, so both map to one officer. */
    static ConsoleBrowser signIn(WireMockServer provider, URI base, String username, String role) throws Exception {
        String tokens = "{\"access_token\": \"" + Tokens.of(username, role) + "\", \"id_token\": \"" + Tokens.idToken(username, role)
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}";
        provider.stubFor(WireMock.post(urlPathEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(tokens)));
        ConsoleBrowser browser = new ConsoleBrowser(base);
        HttpResponse<String> form = browser.client.send(HttpRequest.newBuilder(base.resolve("/console")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode(), form.body());
        Matcher redirect = Pattern.compile("name=\"redirect_uri\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(redirect.find(), form.body());
        String state = form.uri().getQuery().replaceAll(".*(?:^|&)state=([^&]+).*", "$1");
        URI login = form.uri().resolve("/login?redirect_uri=" + URLEncoder.encode(redirect.group(1), StandardCharsets.UTF_8) + "&state=" + state);
        HttpResponse<String> home = browser.client.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode(), home.body());
        browser.remember(home.body());
        browser.home = home.body();
        return browser;
    }

    String home;

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        remember(page.body());
        return page;
    }

    /** A file the console serves (a PDF), as bytes. */
    HttpResponse<byte[]> download(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every page of a list from {@code first} on, following its "next page" links as a person would: the pages' bodies. */
    List<String> pages(String first) throws Exception {
        List<String> bodies = new java.util.ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> page = get(next);
            assertEquals(200, page.statusCode(), next);
            bodies.add(page.body());
            Matcher more = NEXT_PAGE.matcher(page.body());
            next = more.find() ? more.group(1).replace("&amp;", "&") : null;
            assertTrue(bodies.size() < 1000, "the pages end");
        }
        return bodies;
    }

    /** A form sent the way htmx sends it from the page: urlencoded, with the page's CSRF token in the header. */
    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, form, csrf);
    }

    HttpResponse<String> post(String path, Map<String, String> form, String token) throws Exception {
        return post(path, List.copyOf(form.entrySet()), token);
    }

    /** A form whose fields may repeat (checkboxes of one name). */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        return post(path, form, csrf);
    }

    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> form, String token) throws Exception {
        String body = form.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-CSRF-Token", token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void remember(String page) {
        Matcher m = CSRF.matcher(page);
        if (m.find()) {
            csrf = m.group(1);
        }
    }
}
