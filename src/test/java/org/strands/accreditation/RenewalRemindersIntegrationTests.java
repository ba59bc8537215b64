package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Formats;
import org.strands.platform.PermissionTable;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.support.DataTest;

/**
 * Renewal reminders: an award expiring within 90 days is reminded of once for its date, to the setting's own staff and
 * the area's members who run the scheme, each with an email address; a reminder that cannot be sent is tried again; an
 * award past its date lapses, kept in its history as changed by Strands.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenewalRemindersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AreaRegistry areas;

    @Autowired
    AreaMembers members;

    @Autowired
    PermissionTable permissions;

    @Autowired
    SettingStaff staff;

    @Autowired
    Enrolments enrolments;

    @Autowired
    SchemeStatuses statuses;

    @Autowired
    Cohorts cohorts;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    /** The cohorts this test opened in Stockport go, with their journeys, so that other tests see the demo's scheme as seeded. */
    @AfterAll
    void removeTheTestsCohorts() {
        db.sql("delete from accreditation_cohort where created_by = 'test' and area_id = (select id from area where slug = 'stockport')").update();
    }

    @Autowired
    Clock clock;

    Area area(String slug) {
        return areas.find(slug).orElseGet(() -> areas.create(slug, "Test " + slug, java.util.List.of("E08000007"), java.util.List.of("E08000007")));
    }

    /** A setting of the area's, accredited (through every step) and expiring on the date given. */
    private Enrolment awarded(Area area, String ref, LocalDate expires) {
        Cohort cohort = cohorts.open(area, "Renewal " + ref + " " + System.nanoTime(), expires.minusYears(4), "test");
        Enrolment e = cohorts.join(area, cohort.id(), ref, null, "test");
        statuses.move(area, e.id(), SchemeStatus.IN_REVIEW, "test", "sent");
        db.sql("update accreditation_enrolment set recommendation = 'ACCREDITED' where id = ?").param(e.id()).update();
        statuses.move(area, e.id(), SchemeStatus.RECOMMENDED, "mentor", "recommended");
        statuses.move(area, e.id(), SchemeStatus.ACCREDITED, "panel", "agreed");
        db.sql("update accreditation_enrolment set awarded_on = ?, expires_on = ? where id = ?").params(expires.minusYears(3), expires, e.id()).update();
        return enrolments.byId(area, e.id());
    }

    @Test
    void anAwardDueForRenewalIsRemindedOfOnceToItsStaffAndThoseWhoRunTheScheme() throws Exception {
        Area area = area("renewals");
        people.ensure("renew-senco", "Sam Senco", "a long enough password 1", false);
        people.setEmail("renew-senco", "sam.renewals@example.org");
        people.grant("renew-senco", area.id(), Role.SETTING_STAFF);
        people.ensure("renew-other-senco", "Oli Other", "a long enough password 2", false);
        people.setEmail("renew-other-senco", "oli@example.org");
        people.grant("renew-other-senco", area.id(), Role.SETTING_STAFF);
        people.ensure("renew-commissioner", "Cam Commissioner", "a long enough password 3", false);
        people.setEmail("renew-commissioner", "cam@example.org");
        people.grant("renew-commissioner", area.id(), Role.COMMISSIONER);
        people.ensure("renew-practitioner", "Pat Practitioner", "a long enough password 4", false);
        people.setEmail("renew-practitioner", "pia.renewals@example.org");
        people.grant("renew-practitioner", area.id(), Role.PRACTITIONER);
        var refs = db.sql("select setting_ref from accreditation_enrolment where area_id = ?").param(area.id()).query(String.class).list();
        assertThat(refs).as("a fresh area").isEmpty();
        String due = "106024";
        String later = "106027";
        String expired = "106028";
        String otherRef = "106032";
        staff.tie(area, "renew-senco", due, "test");
        staff.tie(area, "renew-other-senco", otherRef, "test");
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        Enrolment dueSoon = awarded(area, due, today.plusDays(20));
        awarded(area, later, today.plusDays(200));
        Enrolment past = awarded(area, expired, today.minusDays(1));

        RenewalReminders reminders = reminders(mail.getSmtp().getPort());
        assertThat(reminders.run(area)).isEqualTo(new RenewalReminders.Run(1, 1));
        Map<String, String> byRecipient = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            byRecipient.put(m.getAllRecipients()[0].toString(), m.getSubject() + "\n" + GreenMailUtil.getBody(m).replace("=\r\n", "").replace("\r\n", "\n"));
        }
        assertThat(byRecipient).containsOnlyKeys("sam.renewals@example.org", "cam@example.org");
        assertThat(byRecipient.get("sam.renewals@example.org")).contains(dueSoon.setting(), Formats.ukDate(today.plusDays(20)),
                "/areas/renewals/scheme/settings/" + due, "in 20 days");
        assertThat(mail.getReceivedMessages()[0].getFrom()[0].toString()).isEqualTo("strands@example.org");

        // once for its date
        assertThat(reminders.run(area)).isEqualTo(new RenewalReminders.Run(0, 0));
        assertThat(mail.getReceivedMessages()).hasSize(2);

        Enrolment lapsed = enrolments.byId(area, past.id());
        assertThat(lapsed.status()).isEqualTo(SchemeStatus.LAPSED);
        StatusChange last = enrolments.history(area, past.id()).getLast();
        assertThat(last.by()).isEqualTo("Strands");
        assertThat(last.reason()).isEqualTo("Not renewed within three years");
    }

    @Test
    void aReminderThatCannotBeSentIsTriedAgainAndTheDemoPilotSchoolIsDue() {
        Area area = areas.find("stockport").orElseThrow();
        String pilot = db.sql("""
                select e.setting_ref from accreditation_enrolment e join accreditation_cohort c on c.id = e.cohort_id
                where e.area_id = ? and c.name = '2024 pilot'""").param(area.id()).query(String.class).single();
        Enrolment journey = enrolments.currentOf(area, pilot).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        assertThat(journey.status()).isEqualTo(SchemeStatus.ACCREDITED);
        assertThat(journey.expiresOn()).isBetween(today.plusDays(1), today.plusDays(90));
        db.sql("update accreditation_enrolment set renewal_reminded_for = null where id = ?").param(journey.id()).update();

        // the demo's accounts have no email address: one who runs the scheme, for the test's time
        people.ensure("pilot-runner", "Rita Runner", "a long enough password 5", false);
        people.setEmail("pilot-runner", "rita@example.org");
        people.grant("pilot-runner", area.id(), Role.COMMISSIONER);
        try {
            reminders(1).run(area);
            assertThat(db.sql("select renewal_reminded_for from accreditation_enrolment where id = ?").param(journey.id())
                    .query(LocalDate.class).optional()).as("not sent, so not marked").isEmpty();

            reminders(mail.getSmtp().getPort()).run(area);
            assertThat(db.sql("select renewal_reminded_for from accreditation_enrolment where id = ?").param(journey.id())
                    .query(LocalDate.class).single()).isEqualTo(journey.expiresOn());
            assertThat(mail.getReceivedMessages()).anySatisfy(m -> {
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("rita@example.org");
                assertThat(m.getSubject()).contains(journey.setting(), "to renew by");
            });
        } finally {
            members.remove(area.id(), "pilot-runner", "test");
        }
    }

    private RenewalReminders reminders(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new RenewalReminders(db, areas, members, permissions, staff, enrolments, statuses, sender, clock, "https://strands.example",
                "strands@example.org");
    }
}
