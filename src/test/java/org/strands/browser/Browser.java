package org.strands.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Debian's Chromium driven by Playwright, with axe-core checking WCAG 2.2 AA. */
final class Browser implements AutoCloseable {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final Playwright playwright;
    final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("strands.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** The WCAG 2.2 AA violations on the page, described one per line (empty when there are none). */
    static String violations(Page page) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_22_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        // every element of the violations, one of each other kind: the passes of a long page are large to hand back
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page).options(options).analyze();
        return results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** Signs in with the form, as a person would, and waits for where they start (their areas, or their school or settings). */
    static void signIn(Page page, String base, String username) {
        page.navigate(base + "/sign-in");
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("main button[type=submit]");
        page.waitForURL(u -> u.startsWith(base) && !u.contains("/sign-in") && !u.endsWith("/start"));
    }

    /** Presses Tab until the element is focused, as a keyboard user moves through the page. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Could not reach " + selector + " with the Tab key");
    }

    /** Under target/screenshots, to look at; not in CI, where nobody looks and a long page takes a while to take. */
    static void screenshot(Page page, String name) {
        if ("true".equals(System.getenv("CI"))) {
            return;
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
