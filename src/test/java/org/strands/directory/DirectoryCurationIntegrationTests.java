package org.strands.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AreaRegistry;
import org.strands.platform.BadValue;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.platform.PermissionTable;
import org.strands.platform.Role;
import org.strands.support.DataTest;

/**
 * What the area writes for families: its own words over an offer's (shown on the page, in search and in the feed),
 * answers to the Local Offer's questions for SEND, and reminders by email before an entry's review date, to its owner
 * or else to every curator, once for each date.
 */
@DataTest
class DirectoryCurationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    DirectoryCuration curation;

    @Autowired
    Directory directory;

    @Autowired
    AreaRegistry areas;

    @Autowired
    AreaMembers members;

    @Autowired
    PermissionTable permissions;

    @Autowired
    People people;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient db;

    Area area(String slug) {
        return areas.find(slug).orElseGet(() -> areas.create(slug, "Test " + slug, List.of("E08000007"), List.of()));
    }

    @Test
    void familyWordingOverAnOffersOwnIsWhatFamiliesReadAndFind() throws BadValue {
        Area area = areas.find("stockport").orElseThrow();
        DirectoryEntry offer = anOffer(area);
        curation.update(area, offer.id(), details(offer, "A friendly chat about puddleglum words, in plain English.", "Just ring us.",
                Map.of(LocalOfferQuestion.STAFF, "Therapists trained in working with deaf children.")), "lead");

        DirectoryEntry saved = directory.entry(area, offer.id());
        assertThat(saved.summary()).isEqualTo(offer.summary());
        assertThat(saved.summaryForFamilies()).isEqualTo("A friendly chat about puddleglum words, in plain English.");
        assertThat(saved.howToGetForFamilies()).isEqualTo("Just ring us.");
        assertThat(directory.localOffer(saved)).containsExactly(Map.entry(LocalOfferQuestion.STAFF, "Therapists trained in working with deaf children."));
        assertThat(directory.search(area, new DirectorySearch("puddleglum", null, null, null, null, null, 1)).entries())
                .extracting(DirectoryEntry::id).containsExactly(offer.id());

        // cleared: the offer's own words again, and no answers
        curation.update(area, offer.id(), details(offer, " ", "", Map.of()), "lead");
        assertThat(directory.entry(area, offer.id()).summaryForFamilies()).isEqualTo(offer.summary());
        assertThat(directory.localOffer(offer)).isEmpty();
    }

    @Test
    void answersAndFamilyWordingAreBoundedFieldByField() throws BadValue {
        Area area = areas.find("stockport").orElseThrow();
        DirectoryEntry offer = anOffer(area);
        assertThatThrownBy(() -> curation.update(area, offer.id(), details(offer, "x".repeat(5001), null,
                Map.of(LocalOfferQuestion.MOVING_ON, "y".repeat(2001))), "lead"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(r -> r.column())
                        .containsExactlyInAnyOrder("familySummary", "movingOn"));
        assertThat(directory.entry(area, offer.id()).familySummary()).isNotEqualTo("x".repeat(5001));
    }

    @Test
    void anEntryDueForReviewIsRemindedOfOnceToItsOwnerOrElseToEveryCurator() throws Exception {
        Area area = area("reminders");
        people.ensure("owner-of-entries", "Olu Owner", "a long enough password 1", false);
        people.setEmail("owner-of-entries", "olu@example.org");
        people.grant("owner-of-entries", area.id(), Role.SERVICE_LEAD);
        people.ensure("another-curator", "Ann Other", "a long enough password 2", false);
        people.setEmail("another-curator", "ann@example.org");
        people.grant("another-curator", area.id(), Role.COMMISSIONER);
        people.ensure("a-practitioner", "Pat Practitioner", "a long enough password 3", false);
        people.setEmail("a-practitioner", "pat@example.org");
        people.grant("a-practitioner", area.id(), Role.PRACTITIONER);
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        UUID owned = entry(area, "Stammering group", "owner-of-entries", today.plusDays(10));
        UUID unowned = entry(area, "Language leaflet", "someone who left", today.minusDays(2));
        entry(area, "Checked last month", "owner-of-entries", today.plusDays(200));

        ReviewReminders reminders = reminders();
        assertThat(reminders.remind()).isEqualTo(2);

        Map<String, String> byRecipient = new java.util.HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            byRecipient.put(m.getAllRecipients()[0].toString(), GreenMailUtil.getBody(m).replace("=\r\n", "").replace("\r\n", "\n"));
        }
        assertThat(byRecipient).containsOnlyKeys("olu@example.org", "ann@example.org");
        assertThat(byRecipient.get("olu@example.org")).contains("Stammering group", "/areas/reminders/directory/" + owned, "Language leaflet",
                "review was due on").doesNotContain("Checked last month");
        assertThat(byRecipient.get("ann@example.org")).contains("Language leaflet", "/areas/reminders/directory/" + unowned)
                .doesNotContain("Stammering group");

        // once for each date: nothing more, until the owner sets a new date that comes due in its turn
        assertThat(reminders.remind()).isZero();
        assertThat(mail.getReceivedMessages()).hasSize(2);
        db.sql("update directory_entry set review_on = ? where id = ?").params(today.plusDays(20), owned).update();
        assertThat(reminders.remind()).isEqualTo(1);
        assertThat(mail.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aReminderThatCannotBeSentIsTriedAgainNextTime() {
        Area area = area("reminders-refused");
        people.ensure("owner-refused", "Rae Owner", "a long enough password 4", false);
        people.setEmail("owner-refused", "rae@example.org");
        people.grant("owner-refused", area.id(), Role.SERVICE_LEAD);
        UUID owned = entry(area, "Due soon", "owner-refused", LocalDate.now(clock.withZone(Formats.LONDON)).plusDays(5));
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);
        assertThat(new ReviewReminders(db, areas, members, permissions, nowhere, clock, "https://strands.example", "strands@example.org")
                .remind()).isZero();
        assertThat(db.sql("select reminded_for from directory_entry where id = ?").param(owned).query(LocalDate.class).optional()).isEmpty();
        assertThat(reminders().remind()).isEqualTo(1);
    }

    /** One of the area's services made from an offer (not the drop-ins, which other tests read). */
    private DirectoryEntry anOffer(Area area) {
        UUID id = db.sql("""
                select id from directory_entry where area_id = ? and source = 'OFFER' and status = 'PUBLISHED' and name <> 'Easy-access drop-ins'
                order by name desc limit 1""").param(area.id()).query(UUID.class).single();
        return directory.entry(area, id);
    }

    private ReviewReminders reminders() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(mail.getSmtp().getPort());
        return new ReviewReminders(db, areas, members, permissions, sender, clock, "https://strands.example", "strands@example.org");
    }

    private UUID entry(Area area, String name, String owner, LocalDate reviewOn) {
        return curation.create(area, new EntryDetails("INFORMATION", name, "Advice for families.", null, null, false, null, null, null, null,
                null, null, null, List.of(), List.of(), null, null, owner, reviewOn, "PUBLISHED", null, null, Map.of()), "test");
    }

    private static EntryDetails details(DirectoryEntry e, String familySummary, String familyHowToGet, Map<LocalOfferQuestion, String> answers) {
        return new EntryDetails(e.kind(), e.name(), e.summary(), e.whoFor(), e.howToGet(), e.openAccess(), e.cost(), e.url(), e.email(), e.phone(),
                e.organisation(), e.ageFrom(), e.ageTo(), e.worries().stream().map(Enum::name).toList(), e.outcomes(), null, null,
                e.owner() == null ? "lead" : e.owner(), e.reviewOn(), e.status(), familySummary, familyHowToGet, answers);
    }

}
