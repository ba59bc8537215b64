package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;

/** Whatever is typed as a username, the audit log keeps at most 200 characters of it, and says it was cut. */
@DataTest
class AuditTrailBoundsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AuditTrail auditTrail;

    @Test
    void aFailedSignInWithAVeryLongUsernameIsAuditedCutAndMarked() {
        String username = UUID.randomUUID() + "x".repeat(5000 - 36);
        assertThat(Api.at(port).as(username, "wrong").get("/api/v1/areas").status()).isEqualTo(401);

        List<String> actors = db.sql("select actor from audit_event where actor like ?").param(username.substring(0, 36) + "%")
                .query(String.class).list();
        assertThat(actors).isNotEmpty().allSatisfy(actor ->
                assertThat(actor).isEqualTo(username.substring(0, 200) + "… (cut from 5000 characters)"));
    }

    @Test
    void aLongSubjectIsCutAndAShortOneKeptAsItIs() {
        String marker = UUID.randomUUID().toString();
        auditTrail.recordAs("short actor", null, "TEST", "person", marker + "y".repeat(400), null);
        assertThat(db.sql("select actor || '|' || subject_id from audit_event where subject_id like ?").param(marker + "%")
                .query(String.class).single())
                .isEqualTo("short actor|" + marker + "y".repeat(200 - marker.length()) + "… (cut from 436 characters)");
    }

    @Test
    void cuttingNeverSplitsACharacterAndANulCannotBreakTheInsert() {
        assertThat(AuditTrail.bounded(null)).isNull();
        assertThat(AuditTrail.bounded("a".repeat(200))).isEqualTo("a".repeat(200));
        String emoji = "😀".repeat(201);
        assertThat(AuditTrail.bounded(emoji)).isEqualTo("😀".repeat(200) + "… (cut from 201 characters)");
        assertThat(AuditTrail.bounded("nul\0here")).isEqualTo("nul\uFFFDhere");
        String marker = UUID.randomUUID().toString();
        auditTrail.recordAs("nul\0" + marker, null, "TEST", null, null, null);
        assertThat(db.sql("select count(*) from audit_event where actor = ?").param("nul\uFFFD" + marker).query(Long.class).single())
                .isEqualTo(1);
    }
}
