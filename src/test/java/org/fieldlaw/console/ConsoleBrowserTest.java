package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fieldlaw.security.Roles;
import org.fieldlaw.testing.AgencyFixture;
import org.fieldlaw.testing.Bureaus;
import org.fieldlaw.testing.CaseApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console in a real browser (Chromium, with its JavaScript, htmx, cookies and the page's
 * Content-Security-Policy), signed in through the provider's login page: the flow a deviation goes
 * through from the officer's phone to the decision, and what each role sees and may not see.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    @OidcWireMock
    WireMockServer provider;

    @Inject
    Bureaus bureaus;

    @TestHTTPResource("/")
    URI base;

    private ChromiumConsole chromium;

    @BeforeAll
    void startChromium() {
        chromium = ChromiumConsole.start(provider, base);
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void baselines() {
        bureaus.ensureSampleBaselines();
    }

    /** An officer's case, through the API as the phone sends it: 180 yuan for vending, outside the range, with reasons. */
    private UUID proposedOutsideTheRange() {
        UUID id = CaseApi.create(CaseApi.vending(CaseApi.newParty()));
        CaseApi.step(id, "FILED").statusCode(200);
        CaseApi.step(id, "INVESTIGATING").statusCode(200);
        CaseApi.step(CaseApi.officer(), id, Map.of("to", "PROPOSED", "proposedFine", 180, "deviationReasons", "多次劝导不听，占用盲道",
                "legalReviewRequired", true)).statusCode(200);
        return id;
    }

    @Test
    void aDeviationGoesFromTheQueueThroughApprovalAndLegalReviewToTheDecisionAndTheRecordShowsEachStep() {
        UUID id = proposedOutsideTheRange();
        String number = CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("caseNumber");

        // the supervisor finds it in his approvals queue and opens it
        Page supervisor = chromium.signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, 1366, 768);
        supervisor.click("a.queue:has-text('待批准的偏离裁量基准')");
        supervisor.click("a:text('" + number + "')");
        assertTrue(supervisor.textContent(".assessment").contains("偏离基准"), "the deviation is highlighted");
        supervisor.fill("form:has(input[value=DEVIATION_APPROVAL]) textarea", "同意：占用盲道，从重理由成立");
        clickAndReload(supervisor, "form:has(input[value=DEVIATION_APPROVAL]) button");
        assertTrue(supervisor.textContent(".assessment").contains("已经负责人批准"));

        // the officer serves the notice; the party waives statement and defence (the phone, through the API)
        CaseApi.step(id, "NOTIFIED").statusCode(200);
        CaseApi.event(CaseApi.officer(), id, Map.of("kind", "NOTICE_WAIVER", "text", "当事人书面放弃陈述申辩。")).statusCode(200);
        supervisor.reload();

        // deciding before the legal review is refused, with the reason, and nothing changes
        supervisor.click("form:has(input[value=DECIDED]) button");
        String refusal = supervisor.textContent("form:has(input[value=DECIDED]) .refused");
        assertTrue(refusal.contains("行政处罚程序不允许此步骤"), refusal);
        clickAndReload(supervisor, "form:has(input[value=LEGAL_REVIEW]) button");
        assertTrue(supervisor.textContent("h1").contains("法制审核"));

        // the legal reviewer finds it in hers and records the opinion
        Page reviewer = chromium.signIn(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER, 1024, 768);
        reviewer.click("a.queue:has-text('待法制审核')");
        reviewer.click("a:text('" + number + "')");
        reviewer.fill("form:has(input[value=LEGAL_REVIEW]) textarea", "事实清楚，证据确凿，适用依据正确，程序合法；偏离理由充分。");
        clickAndReload(reviewer, "form:has(input[value=LEGAL_REVIEW]) button");
        assertTrue(reviewer.textContent("ol.timeline").contains("法制审核意见"));
        reviewer.context().close();

        // the supervisor decides
        supervisor.reload();
        assertEquals("180", supervisor.inputValue("form:has(input[value=DECIDED]) input[name=fine]"), "the proposed fine is offered");
        clickAndReload(supervisor, "form:has(input[value=DECIDED]) button");
        assertTrue(supervisor.textContent("h1").contains("已决定"));
        String timeline = supervisor.textContent("ol.timeline");
        int approved = timeline.indexOf("批准偏离裁量基准");
        int toReview = timeline.indexOf("进入“法制审核”");
        int opinion = timeline.indexOf("法制审核意见");
        int decided = timeline.indexOf("进入“已决定”");
        assertTrue(approved > 0 && approved < toReview && toReview < opinion && opinion < decided, timeline);
        // the office issues the notice (if one was given) and the decision through the API: the page lists them as issued
        java.util.List<String> kinds = CaseApi.supervisor().get(CaseApi.CASES + id + "/documents").then().extract().path("available.kind");
        for (String kind : java.util.List.of("prior-notice", "penalty-decision")) {
            if (kinds.contains(kind)) {
                CaseApi.supervisor().body(java.util.Map.of("id", java.util.UUID.randomUUID().toString(), "kind", kind))
                        .post(CaseApi.CASES + id + "/documents").then().statusCode(201);
            }
        }
        supervisor.reload();
        assertTrue(supervisor.textContent("ul.issued").contains("行政处罚决定书"), "the issued decision on the case page");
        supervisor.waitForSelector("#verification .ok");
        assertTrue(supervisor.textContent("#verification").contains("记录完整"));
        ChromiumConsole.shoot(supervisor, "case-decided-1366");
        supervisor.context().close();
        assertEquals("DECIDED", CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("state"));
    }

    @Test
    void eachRoleSeesItsPagesAtDesktopAndTabletWidthsWithoutAConsoleError() {
        UUID id = proposedOutsideTheRange();
        record Seat(String username, String role, String name) {
        }
        for (Seat seat : List.of(new Seat(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, "supervisor"),
                new Seat(AgencyFixture.PENGJIANG_REVIEWER, Roles.LEGAL_REVIEWER, "reviewer"),
                new Seat(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR, "auditor"))) {
            for (int width : new int[] { 1366, 1024 }) {
                Page page = chromium.signIn(seat.username(), seat.role(), width, 768);
                List<String> errors = new java.util.ArrayList<>();
                page.onConsoleMessage(m -> {
                    if ("error".equals(m.type())) {
                        errors.add(m.text());
                    }
                });
                assertTrue(page.textContent("h1").contains("我的待办"));
                ChromiumConsole.shoot(page, "home-" + seat.name() + "-" + width);
                page.navigate(chromium.base().resolve("/console/cases?queue=soon").toString());
                ChromiumConsole.shoot(page, "queue-" + seat.name() + "-" + width);
                page.navigate(chromium.base().resolve("/console/cases/" + id).toString());
                page.waitForSelector("#verification .ok");
                page.waitForSelector("#case-map[data-ready=true] path.leaflet-interactive");
                ChromiumConsole.shoot(page, "case-" + seat.name() + "-" + width);
                // a proposal waits for the supervisor's approval: nothing here for a reviewer or an auditor to do
                assertEquals(seat.role().equals(Roles.SUPERVISOR), page.querySelector("section.actions") != null,
                        "only those who may act now are offered actions");
                page.navigate(chromium.base().resolve("/console/oversight").toString());
                assertTrue(page.textContent("h1").contains("裁量监督"));
                ChromiumConsole.shoot(page, "oversight-" + seat.name() + "-" + width);
                if (!seat.role().equals(Roles.LEGAL_REVIEWER)) {
                    page.navigate(chromium.base().resolve("/console/statistics").toString());
                    assertTrue(page.textContent("h1").contains("执法统计"));
                    ChromiumConsole.shoot(page, "statistics-" + seat.name() + "-" + width);
                    page.navigate(chromium.base().resolve("/console/publications").toString());
                    assertTrue(page.textContent("h1").contains("执法公示"));
                    ChromiumConsole.shoot(page, "publications-" + seat.name() + "-" + width);
                    page.navigate(chromium.base().resolve("/console/conflicts").toString());
                    assertTrue(page.textContent("h1").contains("离线同步冲突"));
                    ChromiumConsole.shoot(page, "conflicts-" + seat.name() + "-" + width);
                }
                assertEquals(List.of(), errors, "no script error, no CSP violation");
                assertTrue(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue() <= width, "nothing wider than the screen");
                assertTrue(((Number) page.evaluate("document.querySelector('header.bar').getBoundingClientRect().height")).intValue() < 64,
                        "the bar keeps its links on one line");
                page.context().close();
            }
        }
        Page admin = chromium.signIn(AgencyFixture.PENGJIANG_ADMIN, Roles.BUREAU_ADMIN, 1366, 768);
        ChromiumConsole.shoot(admin, "home-bureau-admin-1366");
        admin.click("nav a:text('管理')");
        assertTrue(admin.textContent("h1").contains("管理"));
        ChromiumConsole.shoot(admin, "admin-bureau-admin-1366");
        AdminPageTest.publishVersionNine(bureaus);
        admin.navigate(chromium.base().resolve("/console/admin/baselines/" + AgencyFixture.PENGJIANG + "?from=1&to=9").toString());
        assertTrue(admin.textContent("main").contains("PJ-064-05"));
        ChromiumConsole.shoot(admin, "baseline-diff-bureau-admin-1366");
        // the public's page, with no sign-in
        admin.context().clearCookies();
        admin.navigate(chromium.base().resolve("/public/decisions").toString());
        assertTrue(admin.textContent("h1").contains("行政处罚决定公示"));
        ChromiumConsole.shoot(admin, "public-decisions-1366");
        admin.context().close();
    }

    @Test
    void aCaseOfAnotherJurisdictionIsAPageSayingItIsNotFound() {
        UUID id = proposedOutsideTheRange();
        Page other = chromium.signIn(AgencyFixture.ENCHENG_OFFICER, Roles.SUPERVISOR, 1366, 768);
        var answer = other.navigate(chromium.base().resolve("/console/cases/" + id).toString());
        assertEquals(404, answer.status());
        assertTrue(other.textContent("main").contains("无法显示此页") && other.textContent("main").contains("不存在"));
        other.context().close();
    }

    @Test
    void whenTheSessionHasEndedAnHtmxActionTakesThePersonToSignInAgain() {
        UUID id = proposedOutsideTheRange();
        Page supervisor = chromium.signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, 1366, 768);
        supervisor.navigate(chromium.base().resolve("/console/cases/" + id).toString());
        supervisor.waitForLoadState(LoadState.NETWORKIDLE);
        // the session cookie goes, as when it expires; the page and its CSRF cookie stay
        var keep = supervisor.context().cookies().stream().filter(c -> !c.name.startsWith("q_session")).toList();
        supervisor.context().clearCookies();
        supervisor.context().addCookies(keep.stream().map(c -> new com.microsoft.playwright.options.Cookie(c.name, c.value)
                .setDomain(c.domain).setPath(c.path).setHttpOnly(c.httpOnly).setSameSite(c.sameSite)).toList());
        supervisor.click("form:has(input[value=DEVIATION_APPROVAL]) button");
        supervisor.waitForSelector("#login");
        assertTrue(supervisor.url().contains("/auth/realms/quarkus"), supervisor.url());
        assertNull((Object) CaseApi.supervisor().get(CaseApi.CASES + id).then().extract().path("proposal.deviationApprovedBy"));
        supervisor.context().close();
    }

    @Test
    void aSupervisorDownloadsTheStatisticsAsACsvThatParses() throws Exception {
        Page supervisor = chromium.signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, 1366, 768);
        supervisor.click("nav a:text('执法统计')");
        com.microsoft.playwright.Download download = supervisor.waitForDownload(() -> supervisor.click("a.download"));
        assertEquals("执法统计.csv", download.suggestedFilename());
        String csv = java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
        List<List<String>> rows = StatisticsPageTest.parse(csv);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).startsWith("下放事项") && r.get(1).equals("白沙街道")), "the towns' devolved matters");
        assertTrue(supervisor.textContent("main").contains(StatisticsPageTest.row(rows, "罚款", "作出处罚决定").get(5)), "the page shows the CSV's sum");
        supervisor.context().close();
    }

    @Test
    void aCountySupervisorDrawsACaseFileInspectionAndScoresAFile() {
        CaseApi.closedWithoutPenalty();
        CaseApi.closedWithoutPenalty();
        Page supervisor = chromium.signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, 1366, 768);
        supervisor.click("nav a:text('案卷评查')");
        supervisor.selectOption("form.draw select[name=town]", AgencyFixture.BAISHA);
        supervisor.fill("form.draw input[name=size]", "2");
        supervisor.fill("form.draw input[name=seed]", "424242");
        supervisor.waitForNavigation(() -> supervisor.click("form.draw button"));
        supervisor.waitForLoadState(LoadState.NETWORKIDLE);
        assertTrue(supervisor.textContent("main").contains("424242"), "the seed is shown");
        String first = "section.file:first-of-type form";
        for (String[] item : new String[][] { { "legal-basis", "18" }, { "procedure", "25" }, { "evidence", "20" }, { "discretion", "15" },
                { "documents", "9" }, { "deadlines", "10" } }) {
            supervisor.fill(first + " input[name='points." + item[0] + "']", item[1]);
        }
        supervisor.fill(first + " textarea", "告知书未载明陈述申辩期限的起算日。");
        clickAndReload(supervisor, first + " button");
        assertTrue(supervisor.textContent("section.file:first-of-type h3").contains("97 分"));
        ChromiumConsole.shoot(supervisor, "inspection-supervisor-1366");
        supervisor.click("a:text('案卷评查')");
        ChromiumConsole.shoot(supervisor, "inspections-supervisor-1366");
        supervisor.context().close();
    }

    @Test
    void theMapDrawsSitesAlarmsHotSpotsAndTracksWithNoBasemapAndSaysSo() {
        String site = SitePageTest.siteWithAnAlarm("白沙街道地图浏览器测试村 3 号");
        MapPageTest.patrolToday();
        for (int width : new int[] { 1366, 1024 }) {
            Page supervisor = chromium.signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, width, 768);
            List<String> errors = new java.util.ArrayList<>();
            supervisor.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            supervisor.click("nav a:text('巡查地图')");
            supervisor.waitForSelector("#map[data-ready=true]");
            supervisor.waitForLoadState(LoadState.NETWORKIDLE);
            assertTrue(supervisor.querySelectorAll("path.site-pin").size() > 0, "sites are drawn");
            assertTrue(supervisor.querySelectorAll("path.site-pin.alarm").size() > 0 && supervisor.querySelectorAll("path.alarm-ring").size() > 0,
                    "a site with an open alarm is ringed");
            assertTrue(supervisor.textContent("#map-note").contains("未配置底图"), "no basemap, and the page says so");
            assertTrue(supervisor.querySelectorAll(".leaflet-overlay-pane path").size() > supervisor.querySelectorAll("path.site-pin").size(),
                    "outlines and hot-spot cells under the sites");
            ChromiumConsole.shoot(supervisor, "map-supervisor-" + width);
            supervisor.locator("path.site-pin.alarm").first().click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
            supervisor.waitForNavigation(() -> supervisor.click(".leaflet-popup-content a"));
            assertTrue(supervisor.url().contains("/console/sites/"), "a pin opens its site");
            supervisor.navigate(chromium.base().resolve("/console/sites/" + site).toString());
            supervisor.waitForSelector("section.convert");
            ChromiumConsole.shoot(supervisor, "site-supervisor-" + width);
            assertEquals(List.of(), errors, "no script error, no CSP violation");
            assertTrue(((Number) supervisor.evaluate("document.documentElement.scrollWidth")).intValue() <= width, "nothing wider than the screen");
            supervisor.context().close();
        }
    }

    @Test
    void aBasemapThatCannotBeReachedIsSaidSoAndTheDataIsStillDrawn() {
        SitePageTest.siteWithAnAlarm("白沙街道地图浏览器测试村 5 号");
        Page supervisor = chromium.signIn(AgencyFixture.PENGJIANG_SUPERVISOR, Roles.SUPERVISOR, 1366, 768);
        // the page as a deployment whose tile server is down would serve it: the test profile configures no tiles
        supervisor.route(url -> url.matches(".*/console/map(\\?.*)?$"), route -> {
            com.microsoft.playwright.APIResponse original = route.fetch();
            String body = original.text().replace("data-tiles=\"\"", "data-tiles=\"http://127.0.0.1:9/tiles/{z}/{x}/{y}.png\"");
            route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setResponse(original).setBody(body));
        });
        supervisor.click("nav a:text('巡查地图')");
        supervisor.waitForSelector("#map[data-ready=true]");
        try {
            supervisor.waitForSelector("#map-note.warn"); // the page's CSP allows no evaluated script, so wait on what it draws
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("note: " + supervisor.textContent("#map-note") + " map: " + supervisor.getAttribute("#map", "data-tiles")
                    + " imgs: " + supervisor.querySelectorAll("img.leaflet-tile").size(), e);
        }
        supervisor.waitForLoadState(LoadState.NETWORKIDLE);
        String note = supervisor.textContent("#map-note");
        assertTrue(note.contains("底图无法访问") && note.contains("违建点"), "the warning stays beside the data's summary: " + note);
        assertTrue(supervisor.querySelectorAll("path.site-pin").size() > 0, "the sites are drawn all the same");
        ChromiumConsole.shoot(supervisor, "map-tiles-unreachable-1366");
        supervisor.context().close();
    }

    @Test
    void anOfficerRevealsASitesPartyWithAReasonAndTheAuditorFindsTheLookByTheIdNumber() {
        String party = org.fieldlaw.testing.CaseApi.newParty();
        String site = SitePageTest.siteWithAnAlarm("白沙街道查看记录浏览器测试村 9 号", "司徒建华", party);
        Page officer = chromium.signIn(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER, 1366, 768);
        List<String> errors = new java.util.ArrayList<>();
        officer.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                errors.add(m.text());
            }
        });
        officer.navigate(chromium.base().resolve("/console/sites/" + site).toString());
        assertTrue(officer.textContent("#site-party").contains("司***"), "masked until a reason is given");
        officer.fill("#site-party input[name=reason]", "核对产权人身份，准备送达责令停止建设通知书");
        officer.click("#site-party button");
        officer.waitForSelector("#site-party:has-text('完整信息已显示')");
        assertTrue(officer.textContent("#site-party").contains("司徒建华") && officer.textContent("#site-party").contains(party));
        ChromiumConsole.shoot(officer, "site-party-revealed-officer-1366");
        assertEquals(List.of(), errors, "no script error, no CSP violation");
        officer.context().close();

        Page auditor = chromium.signIn(AgencyFixture.CITY_AUDITOR, Roles.AUDITOR, 1366, 768);
        auditor.click("nav a:text('查看记录')");
        auditor.waitForSelector("h1:has-text('个人信息查看记录')");
        auditor.fill("input[name=party]", party);
        // the page opens on the latest reveals of the whole city, this one among them: wait for the search's answer
        auditor.waitForResponse(r -> r.url().endsWith("/console/personal-data-views") && "POST".equals(r.request().method()),
                () -> auditor.click("form.filters button"));
        auditor.waitForLoadState(LoadState.NETWORKIDLE);
        auditor.waitForSelector("#views td:has-text('核对产权人身份')");
        assertTrue(!auditor.url().contains(party), "the ID number stays out of the address");
        // the swapped-in answer: this party's one reveal (the page opened on the city's latest, dozens in a full run)
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(auditor.locator("#views tbody tr")).hasCount(1);
        ChromiumConsole.shoot(auditor, "personal-data-views-auditor-1366");
        auditor.context().close();
    }

    /** Clicks an htmx action whose answer reloads the page, and waits for the new page. */
    private static void clickAndReload(Page page, String selector) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        try {
            page.waitForNavigation(() -> page.click(selector));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the page was not reloaded; it says: " + page.locator(".refused").allTextContents(), e);
        }
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
