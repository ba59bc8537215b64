package org.strands.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** Families' feedback is limited per client address like every public page: beyond the limit it is refused and not stored. */
@DataTest
// a limit no other test sets, so that this test has a context (and counts of requests) of its own
@TestPropertySource(properties = "strands.public.requests-per-minute=4")
class DirectoryFeedbackRateLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void beyondTheLimitFeedbackIsRefusedWithAWaitAndNothingIsStored() {
        String entry = db.sql("select e.id::text from directory_entry e join area a on a.id = e.area_id where a.slug = 'stockport' and e.status = 'PUBLISHED' "
                + "order by e.name limit 1").query(String.class).single();
        String page = "/public/stockport/support/" + entry + "/feedback";
        long before = db.sql("select count(*) from directory_feedback").query(Long.class).single();
        FormSession family = new FormSession(port);
        String csrf = family.csrfToken(page);

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 7; i++) {
            last = family.post(page, "_csrf", csrf, "helpful", "YES", "said", "Sent again and again");
            statuses.add(last.statusCode());
        }

        // four requests a minute: the form's page and three posts, then a wait
        assertThat(statuses.subList(0, 3)).containsOnly(302);
        assertThat(statuses.subList(3, 7)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(db.sql("select count(*) from directory_feedback").query(Long.class).single()).isEqualTo(before + 3);
    }
}
