package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strands.platform.People;
import org.strands.support.TestOidcProvider;
import org.strands.support.TestOidcProvider.Account;

/**
 * Signing in with the organisation account in a real browser: the button on the sign-in page, the provider's own
 * form, and back in Strands as the person whose email the provider verified; someone without an account sees a
 * page saying so. Both Strands pages are checked by axe. Strands is opened at 127.0.0.1, the provider at localhost.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInBrowserTests {

    static final TestOidcProvider PROVIDER = TestOidcProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.strandsProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    Browser browser;

    @BeforeAll
    void start() {
        browser = new Browser();
        if (people.find("oidc-browser").isEmpty()) {
            people.ensure("oidc-browser", "Bea Browser", "a-long-enough-passphrase", false);
            people.setEmail("oidc-browser", TestOidcProvider.KNOWN.email().toUpperCase(java.util.Locale.ROOT));
        }
    }

    @AfterAll
    void close() {
        browser.close();
        PROVIDER.close();
    }

    @Test
    void aPersonSignsInWithTheProviderButtonAndArrivesAtTheirStartPage() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/sign-in"));
            assertThat(Browser.violations(page)).as("the sign-in page with the provider button").isEmpty();
            Browser.screenshot(page, "oidc-sign-in");

            signInAtProvider(page, TestOidcProvider.KNOWN);
            page.waitForURL(url("/"));
            assertThat(page.locator("h1").count()).isEqualTo(1);
            assertThat(page.content()).contains("oidc-browser");
        }
    }

    @Test
    void someoneWithoutAStrandsAccountIsToldSoOnAnAccessiblePage() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/sign-in"));
            Response answer = page.waitForResponse(r -> r.url().startsWith(url("/login/oauth2/code/")),
                    () -> signInAtProvider(page, TestOidcProvider.STRANGER));
            assertThat(answer.status()).isEqualTo(403);
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("You cannot sign in to Strands");
            assertThat(page.locator("main").textContent()).contains("There is no Strands account with the email address nobody@strands.test");
            Browser.screenshot(page, "oidc-no-account");
            assertThat(Browser.violations(page)).isEmpty();
        }
    }

    private void signInAtProvider(Page page, Account account) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(TestOidcProvider.NAME).setExact(false)).click();
        page.waitForURL(PROVIDER.issuer() + "/login");
        page.fill("#username", account.username());
        page.fill("#password", TestOidcProvider.PASSWORD);
        page.click("button[type=submit]");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
