package org.strands.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.platform.RowError;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;

/**
 * A service lead sets when an area's follow-ups go and how: every bad field refused by name with nothing stored, the
 * Notify key needed once and kept when left blank afterwards, and never written to the audit log.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpSetupIntegrationTests {

    static final String KEY = "strands_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String TEMPLATE = "6a5c2f4e-1b7d-4c3a-9e2f-0d8b7a6c5e4f";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    ContactCipher cipher;

    @Autowired
    FollowUpSetup setup;

    Area refusing;
    Area keeping;

    @BeforeAll
    void createAreasOfTheirOwn() {
        TestAreas.copyOfStockport(port, people, areas, "followup-setup-refusing", "lead");
        TestAreas.copyOfStockport(port, people, areas, "followup-setup-keeping", "lead");
        refusing = areas.find("followup-setup-refusing").orElseThrow();
        keeping = areas.find("followup-setup-keeping").orElseThrow();
    }

    @Test
    void badValuesAreRefusedNamingEachFieldAndNothingIsStored() {
        FollowUpSettings bad = new FollowUpSettings(0, 61, 121, 0, Provider.SMTP, null, false, "not-a-template", "x".repeat(5_001), false);

        assertThatThrownBy(() -> setup.save(lead(refusing), bad, "not a key", "short"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(RowError::column).containsExactly(
                        "firstAfterDays", "reminderAfterDays", "expiresAfterDays", "afterDischargeDays", "emailFrom", "notifyApiKey",
                        "notifyEmailTemplate", "notifySmsTemplate", "callbackToken"));
        assertThatThrownBy(() -> setup.save(lead(refusing), new FollowUpSettings(42, 7, 28, 366, null, "not an address", false, null,
                null, false), null, "bad\u0000token!"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors()).extracting(RowError::column).containsExactly("afterDischargeDays", "provider", "emailFrom",
                            "callbackToken");
                    assertThat(e.errors().get(0).message()).isEqualTo("Enter a whole number of days from 1 to 365.");
                });
        assertThat(db.sql("select count(*) from followup_settings where area_id = ?").param(refusing.id()).query(Long.class).single())
                .isZero();
        assertThat(setup.of(refusing)).isEqualTo(FollowUpSettings.DEFAULTS);
    }

    @Test
    void notifyNeedsAKeyTheFirstTimeAndAnEmailTemplate() {
        FollowUpSettings notify = new FollowUpSettings(42, 7, 28, null, Provider.NOTIFY, null, false, null, null, false);

        assertThatThrownBy(() -> setup.save(lead(refusing), notify, "  ", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(RowError::column)
                        .containsExactly("notifyApiKey", "notifyEmailTemplate"));
        assertThat(db.sql("select count(*) from followup_settings where area_id = ?").param(refusing.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void theKeyIsKeptWhenLeftBlankAndNeverWrittenToTheAuditLog() {
        setup.save(lead(keeping), new FollowUpSettings(30, 5, 21, null, Provider.NOTIFY, null, false, TEMPLATE.toUpperCase(), null, false),
                " " + KEY + " ", "a-callback-token-of-ours");
        byte[] sealed = db.sql("select notify_api_key from followup_settings where area_id = ?").param(keeping.id()).query(byte[].class).single();
        assertThat(cipher.open(sealed)).isEqualTo(KEY);

        setup.save(lead(keeping), new FollowUpSettings(42, 0, 28, 90, Provider.NOTIFY, "support@example.org", true, TEMPLATE, TEMPLATE, true),
                "", null);

        FollowUpSettings now = setup.of(keeping);
        assertThat(now).isEqualTo(new FollowUpSettings(42, 0, 28, 90, Provider.NOTIFY, "support@example.org", true, TEMPLATE, TEMPLATE, true));
        assertThat(cipher.open(db.sql("select notify_api_key from followup_settings where area_id = ?").param(keeping.id())
                .query(byte[].class).single())).isEqualTo(KEY);
        assertThat(db.sql("select string_agg(detail, ' | ') from audit_event where area_id = ? and subject_type = 'follow-up-settings'")
                .param(keeping.id()).query(String.class).single())
                .contains("first after 30 days", "Notify key changed", "Notify key kept", "callback token kept")
                .doesNotContain(KEY.substring(KEY.length() - 36), "a-callback-token-of-ours");
    }

    private static AreaContext lead(Area area) {
        return new AreaContext(area, "lead", Set.of(Role.SERVICE_LEAD), false, Set.of(FollowUpPermissions.SEE, FollowUpPermissions.CONFIGURE));
    }
}
