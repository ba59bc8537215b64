package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page built so far, signed in as the system administrator, has no WCAG 2.2 AA violation. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesAreAccessibleBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;
    BrowserContext context;
    Page page;

    @BeforeAll
    void signIn() {
        browser = new Browser();
        context = browser.chromium.newContext();
        page = context.newPage();
        page.navigate(url("/sign-in"));
        page.getByLabel("Username").fill("admin");
        page.getByLabel("Password").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/"));
    }

    @AfterAll
    void close() {
        context.close();
        browser.close();
    }

    /**
     * Every page is checked by axe at 320 px, as everyone who may see it ({@link PagesFitSmallScreensBrowserTests}); here a
     * page of each kind of layout is checked again at a desktop width, where the grid's columns sit side by side: lists,
     * tables, maps of provision, forms, summaries and the public pages' own layout.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/framework", "/areas/stockport", "/areas/stockport/settings?phase=Primary", "/areas/stockport/settings/106074",
        "/areas/stockport/provision", "/areas/stockport/provision/offers/1", "/areas/stockport/provision/offers/new",
        "/areas/stockport/need?by=ward&ageBand=0-4", "/areas/stockport/link-therapists", "/areas/stockport/requests/1",
        "/areas/stockport/statutory", "/areas/stockport/children", "/areas/stockport/directory", "/areas/stockport/follow-ups",
        "/public/stockport/support?worry=NOT_TALKING&age=3&postcode=SK1+3XE", "/public/stockport", "/no-such-page"})
    void pageHasNoAccessibilityViolations(String path) {
        Response response = page.navigate(url(path));
        assertThat(response.status()).isIn(200, 404);
        assertThat(page.locator("h1").count()).as("one h1 on " + path).isEqualTo(1);
        Browser.screenshot(page, path.replaceAll("[^a-z0-9]+", "-"));
        assertThat(Browser.violations(page)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/areas", "/areas/stockport/framework/descriptor-sets/new", "/areas/stockport/venues/new", "/areas/stockport/people",
        "/areas/stockport/provision/offers/new", "/areas/stockport/provision/import", "/areas/stockport/provision/actions",
        "/areas/stockport/link-therapists", "/areas/stockport/requests/new", "/areas/stockport/requests/1", "/areas/stockport/requests/1/close",
        "/areas/stockport/statutory", "/areas/stockport/children/new"})
    void formsShowingTheirErrorsHaveNoAccessibilityViolations(String path) {
        page.navigate(url(path));
        page.waitForNavigation(() -> page.locator("main form[method=post] button[type=submit]").last().click());
        assertThat(page.locator(".govuk-error-summary").count()).as(path).isPositive();
        Browser.screenshot(page, "errors" + path.replaceAll("[^a-z0-9]+", "-"));
        assertThat(Browser.violations(page)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in", "/sign-in?error", "/sign-in?signed-out", "/sign-in/no-account", "/framework", "/accessibility"})
    void pagesOpenToEveryoneHaveNoAccessibilityViolations(String path) {
        try (BrowserContext anonymous = browser.chromium.newContext()) {
            Page visitor = anonymous.newPage();
            visitor.navigate(url(path));
            assertThat(visitor.locator("h1").count()).isEqualTo(1);
            Browser.screenshot(visitor, "anonymous" + path.replaceAll("[^a-z0-9]+", "-"));
            assertThat(Browser.violations(visitor)).as(path).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theSignInPageSayingHowLongToWaitHasNoAccessibilityViolations() {
        try (BrowserContext anonymous = browser.chromium.newContext()) {
            Page visitor = anonymous.newPage();
            Response answer = null;
            for (int attempt = 0; attempt < 6; attempt++) {
                visitor.navigate(url("/sign-in"));
                visitor.getByLabel("Username").fill("guessed-in-a-browser");
                visitor.getByLabel("Password").fill("guess " + attempt);
                answer = visitor.waitForNavigation(() -> visitor.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in")).click());
            }
            assertThat(answer.status()).isEqualTo(429);
            assertThat(visitor.locator(".govuk-error-summary").textContent()).contains("then try again");
            Browser.screenshot(visitor, "anonymous-sign-in-wait");
            assertThat(Browser.violations(visitor)).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void aNewTokenOnTheAccountPageHasNoAccessibilityViolations() {
        page.navigate(url("/account/tokens"));
        page.getByLabel("Name").fill("accessibility check");
        page.waitForNavigation(() -> page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click());
        assertThat(page.getByLabel("Your new token").inputValue()).startsWith("strands_");
        Browser.screenshot(page, "account-tokens-created");
        assertThat(Browser.violations(page)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsAViolationWhereThereIsOne() {
        try (BrowserContext anonymous = browser.chromium.newContext()) {
            Page visitor = anonymous.newPage();
            visitor.setContent("<!doctype html><html lang=\"en\"><title>A picture</title><main><h1>A picture</h1>"
                    + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></html>");
            assertThat(Browser.violations(visitor)).contains("image-alt");
        }
    }

    @org.junit.jupiter.api.Test
    void theNavigationMarksTheCurrentPage() {
        page.navigate(url("/areas/stockport/settings"));
        assertThat(page.locator("nav a[aria-current=page]").textContent().strip()).isEqualTo("Settings");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
