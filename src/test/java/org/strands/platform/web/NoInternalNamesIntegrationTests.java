package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** No page shows a user an internal name: no enum constant, role constant or field path in what they read. */
@DataTest
class NoInternalNamesIntegrationTests {

    static final List<String> PAGES = List.of("/", "/accessibility", "/framework", "/areas/stockport", "/areas/stockport/framework",
            "/areas/stockport/small-areas", "/areas/stockport/settings", "/areas/stockport/settings/106074",
            "/areas/stockport/localities", "/areas/stockport/venues/new", "/areas/stockport/people", "/admin/reference-data",
            "/admin/areas", "/areas/no-such-area", "/no-such-page", "/areas/stockport/provision",
            "/areas/stockport/provision?status=PLANNED&partnerType=NHS_TRUST", "/areas/stockport/provision/cells/IN3",
            "/areas/stockport/provision/offers", "/areas/stockport/provision/offers/1", "/areas/stockport/provision/offers/new",
            "/areas/stockport/provision/import", "/areas/stockport/provision/specification",
            "/areas/stockport/provision/actions", "/areas/stockport/need",
            "/areas/stockport/need?by=ward", "/areas/stockport/need/workforce", "/areas/stockport/need/settings",
            "/areas/stockport/link-therapists", "/areas/stockport/link-therapists/settings/106074");

    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    private static final Pattern FIELD_PATH = Pattern.compile("\\b[a-z]+[A-Za-z]*\\[\\d+\\](\\.[a-zA-Z]+)?");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "commissioner", "lead", "practitioner", "senco", "mentor"})
    void noPageShowsAnInternalNameToAnyRole(String user) {
        FormSession session = new FormSession(port);
        session.signIn(user, "demo");
        List<String> found = new ArrayList<>();
        for (String page : PAGES) {
            HttpResponse<String> response = session.get(page, "text/html");
            assertThat(response.statusCode()).as(page).isIn(200, 403, 404);
            String text = visibleText(response.body());
            for (Pattern internal : List.of(CONSTANT, FIELD_PATH)) {
                Matcher m = internal.matcher(text);
                while (m.find()) {
                    found.add(page + " (" + response.statusCode() + "): " + m.group());
                }
            }
        }
        assertThat(found).as("internal names shown to " + user).isEmpty();
    }

    /** What a person reads: the title and the body's text, without markup, scripts or attribute values. */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("\\s+", " ");
    }
}
