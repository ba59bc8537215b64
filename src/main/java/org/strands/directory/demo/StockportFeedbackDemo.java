package org.strands.directory.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;

/**
 * Three pieces of synthetic feedback from families on Stockport's information entries, one answered and published on
 * "you said, we did", so that the feedback pages have something to show. Seeded once, while the area has no feedback,
 * after the information entries ({@link StockportDirectoryDemo}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StockportFeedbackDemo implements ApplicationModuleInitializer {

    private record Said(String entry, String helpful, String said, int daysAgo, String publicSaid, String answer) {
    }

    private static final List<Said> FEEDBACK = List.of(
            new Said("Talking with your baby and toddler: ideas for every day", "PARTLY",
                    "The ideas are good but we speak Polish at home and I could not find the leaflet in Polish.", 40,
                    "Families who speak another language at home asked for the leaflet in their own language.",
                    "The leaflet is now in Polish, Urdu and Arabic as well as English: ask for it at any family hub, or print it from this page."),
            new Said("When a child stammers: advice for parents", "YES", "Clear and kind. It helped to know it is common.", 12, null, null),
            new Said("More than one language at home", "NO",
                    "It does not say where there are groups in other languages, which is what I was looking for.", 3, null, null));

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final JdbcClient db;
    private final Clock clock;

    StockportFeedbackDemo(DemoMode demo, AreaRegistry areas, JdbcClient db, Clock clock) {
        this.demo = demo;
        this.areas = areas;
        this.db = db;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").filter(area -> db.sql("select count(*) from directory_feedback where area_id = ?").param(area.id())
                .query(Long.class).single() == 0).ifPresent(area -> {
                    Instant now = Instant.now(clock);
                    for (Said s : FEEDBACK) {
                        db.sql("select id from directory_entry where area_id = ? and source = 'AREA' and name = ? limit 1").params(area.id(), s.entry())
                                .query(UUID.class).optional().ifPresent(entry -> db.sql("""
                                        insert into directory_feedback (id, area_id, entry_id, helpful, said, created_at, public_said, answer, published,
                                            answered_by, answered_at)
                                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                                .params(UUID.randomUUID(), area.id(), entry, s.helpful(), s.said(), java.sql.Timestamp.from(now.minus(Duration.ofDays(s.daysAgo()))),
                                        s.publicSaid(), s.answer(), s.answer() != null, s.answer() == null ? null : "lead",
                                        s.answer() == null ? null : java.sql.Timestamp.from(now.minus(Duration.ofDays(s.daysAgo() - 10))))
                                .update());
                    }
                });
    }
}
