package org.strands.directory.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.strands.directory.DirectoryChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;
import org.strands.platform.Formats;

/**
 * Stockport's information-only entries for the demo (advice written for families, in our own words), beside the
 * services that come from its provision offers. Seeded once, while the area has written none.
 */
@Component
class StockportDirectoryDemo implements ApplicationModuleInitializer {

    private record Information(String name, String summary, String organisation, String url, int ageFrom, int ageTo, List<String> worries,
            List<String> outcomes) {
    }

    private static final List<Information> ENTRIES = List.of(
            new Information("Talking with your baby and toddler: ideas for every day",
                    "Simple ways to help your child's talking while you play, eat, bath and go out: face to face, say what they are looking at, "
                            + "leave pauses for them to answer, and turn off the television in the background. A leaflet to read or print.",
                    "Stockport speech and language therapy", "https://www.stockport.gov.uk/", 0, 4, List.of("NOT_TALKING", "UNDERSTANDING"),
                    List.of("FS1")),
            new Information("When a child stammers: advice for parents",
                    "Many young children stammer for a while. How to help: slow down your own talking, give them time, and do not finish their "
                            + "words. When to ask for help, and where to find other families.",
                    "Stockport speech and language therapy", "https://stamma.org/", 2, 18, List.of("STAMMERING"), List.of("FS1", "IN2")),
            new Information("More than one language at home",
                    "Speaking your home language with your child helps their English too. Keep talking, singing and reading in the language you "
                            + "know best; children learn both.",
                    "Stockport family hubs", null, 0, 11, List.of("LANGUAGES"), List.of("FS1")),
            new Information("Talking and listening at school: what the school can do",
                    "If your child finds it hard to follow what is said in class, to find words or to make friends, talk to their teacher or the "
                            + "school's special educational needs coordinator (SENCo). What schools offer, and how a link therapist supports them.",
                    "Stockport special educational needs and disabilities (SEND) local offer", "https://www.stockport.gov.uk/", 4, 16,
                    List.of("SCHOOL", "UNDERSTANDING"), List.of("EE1", "ID1")));

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final JdbcClient db;
    private final Clock clock;

    StockportDirectoryDemo(DemoMode demo, AreaRegistry areas, JdbcClient db, Clock clock) {
        this.demo = demo;
        this.areas = areas;
        this.db = db;
        this.clock = clock;
    }

    /** The drop-ins' offer, as families read it: its own words are for those who plan support. */
    private static final String DROP_INS = "Easy-access drop-ins";
    private static final String DROP_INS_FOR_FAMILIES = "Come and talk to a speech and language therapist about your child’s talking and "
            + "understanding. You get advice the same day, and you do not need a referral from anyone.";
    private static final String DROP_INS_HOW = "Book a place online, or just come along to a session.";
    private static final Map<String, String> DROP_INS_SEND = Map.of(
            "NEEDS", "Any worry about how a child talks, understands, listens or gets on with others, including children who already have "
                    + "an education, health and care plan.",
            "ACCESSIBLE", "Sessions are in family hubs and libraries with step-free access. Tell us when you book if you need an interpreter "
                    + "or another way of communicating.",
            "CONCERNS", "Talk to the therapist at the session, or phone the speech and language therapy team. You can also contact the "
                    + "Patient Advice and Liaison Service (PALS).");

    @Override
    @Transactional
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").ifPresent(this::wordDropInsForFamilies);
        areas.find("stockport").filter(area -> db.sql("select count(*) from directory_entry where area_id = ? and source = 'AREA'")
                .param(area.id()).query(Long.class).single() == 0).ifPresent(area -> {
                    LocalDate review = LocalDate.now(clock.withZone(Formats.LONDON)).plusMonths(3);
                    for (Information i : ENTRIES) {
                        db.sql("""
                                insert into directory_entry (id, area_id, kind, source, name, summary, organisation, url, age_from, age_to, worries,
                                    outcomes, owner, review_on, updated_by)
                                values (?, ?, 'INFORMATION', 'AREA', ?, ?, ?, ?, ?, ?, ?, ?, 'lead', ?, 'demo')""")
                                .params(UUID.randomUUID(), area.id(), i.name(), i.summary(), i.organisation(), i.url(), i.ageFrom(), i.ageTo(),
                                        i.worries().toArray(String[]::new), i.outcomes().toArray(String[]::new), review)
                                .update();
                    }
                });
    }

    /** The drop-ins' entry comes when the directory is kept in step with the offers, in that change's transaction. */
    @EventListener
    void on(DirectoryChanged changed) {
        if (demo.enabled()) {
            areas.find("stockport").filter(area -> area.id() == changed.areaId()).ifPresent(this::wordDropInsForFamilies);
        }
    }

    /** Once the drop-ins' entry is there and no one has written over it. */
    private void wordDropInsForFamilies(org.strands.platform.Area area) {
        int worded = db.sql("""
                update directory_entry set family_summary = ?, family_how_to_get = ?
                where area_id = ? and source = 'OFFER' and name = ? and family_summary is null and family_how_to_get is null
                  and updated_by = 'provision'""")
                .params(DROP_INS_FOR_FAMILIES, DROP_INS_HOW, area.id(), DROP_INS).update();
        if (worded == 0) {
            return;
        }
        DROP_INS_SEND.forEach((question, answer) -> db.sql("""
                insert into directory_local_offer (entry_id, area_id, question, answer)
                select id, area_id, ?, ? from directory_entry where area_id = ? and source = 'OFFER' and name = ?
                on conflict do nothing""").params(question, answer, area.id(), DROP_INS).update());
    }
}
