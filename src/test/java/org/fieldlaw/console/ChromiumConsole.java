package org.fieldlaw.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fieldlaw.testing.Tokens;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium, driven by Playwright, for the console's browser tests. Playwright's own
 * browser download is off: the browser is Debian's ({@code apt-get install chromium}, done by
 * {@code .ci/run}), or the one {@code CHROMIUM_PATH} names. Without one the browser tests are
 * skipped with a message, unless {@code FIELDLAW_BROWSER_REQUIRED=true} (CI), where they fail.
 */
final class ChromiumConsole implements AutoCloseable {

    /** Where every page's screenshot goes, at each width, for a person to look at. */
    static final Path SHOTS = Path.of("target", "console-screenshots");

    private final Playwright playwright;
    private final Browser browser;
    private final WireMockServer provider;
    private final URI base;

    private ChromiumConsole(WireMockServer provider, URI base) {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            String message = "no Chromium at " + chromium + ": apt-get install chromium, or set CHROMIUM_PATH";
            if (Boolean.parseBoolean(System.getenv("FIELDLAW_BROWSER_REQUIRED"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        this.provider = provider;
        this.base = base;
        this.playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=zh-CN")));
    }

    static ChromiumConsole start(WireMockServer provider, URI base) {
        return new ChromiumConsole(provider, base);
    }

    /** A person's own browser window (its own cookies), signed in through the provider's login form. */
    Page signIn(String username, String role, int width, int height) {
        String tokens = "{\"access_token\": \"" + Tokens.of(username, role) + "\", \"id_token\": \"" + Tokens.idToken(username, role)
                + "\", \"token_type\": \"Bearer\", \"expires_in\": 300}";
        provider.stubFor(WireMock.post(urlPathEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                .withRequestBody(containing("authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(tokens)));
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.navigate(base.resolve("/console").toString());
        page.fill("#username", username);
        page.click("#login");
        page.waitForURL(url -> url.startsWith(base.resolve("/console").toString()));
        return page;
    }

    /** The page as it now looks, full length, under target/console-screenshots. */
    static void shoot(Page page, String name) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    URI base() {
        return base;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
