package org.strands.journey.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.journey.JourneySummaries;
import org.strands.place.AreaPlaces;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;
import org.strands.platform.Formats;
import org.strands.provision.OfferStatus;
import org.strands.provision.ProvisionRegister;

/**
 * About 300 synthetic children in Stockport with journeys at every stage, spread over the area's settings and small areas,
 * from a fixed seed, written in batches and summarised once. Seeded only while the area has no children. The demo
 * practitioner leads a third of them. About seven in ten families answered the questionnaire's first part.
 */
@Component
class StockportJourneysDemo implements ApplicationModuleInitializer {

    static final int CHILDREN = 300;

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final AreaPlaces places;
    private final ProvisionRegister provision;
    private final JourneySummaries summaries;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StockportJourneysDemo(DemoMode demo, AreaRegistry areas, AreaPlaces places, ProvisionRegister provision, JourneySummaries summaries,
            JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.areas = areas;
        this.places = places;
        this.provision = provision;
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").filter(area -> jdbc.queryForObject("select count(*) from journey_child where area_id = ?", Long.class, area.id()) == 0)
                .ifPresent(area -> {
                    List<DemoJourneys.Place> smallAreas = places.smallAreas(area, AreaPlaces.SmallAreaFilter.NONE).stream()
                            .map(s -> new DemoJourneys.Place(s.code(), s.imdDecile() == null ? null : (s.imdDecile() + 1) / 2, s.locality())).toList();
                    List<String> settings = places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue())
                            .map(s -> s.ref()).toList();
                    List<DemoJourneys.Offer> offers = provision.offers(area).stream()
                            .filter(o -> o.status() != OfferStatus.WITHDRAWN && !o.outcomes().isEmpty())
                            .map(o -> new DemoJourneys.Offer(o.id(), o.name(), o.outcomes())).toList();
                    LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.LONDON);
                    List<DemoJourneys.Child> children = new DemoJourneys(new Random(20_261_205L), today)
                            .generate(CHILDREN, smallAreas, settings, offers);
                    transaction.executeWithoutResult(tx -> {
                        write(area.id(), children);
                        DemoFamilyAnswers.write(jdbc, area.id(), today);
                        summaries.refreshAll(area.id());
                    });
                });
    }

    private void write(long areaId, List<DemoJourneys.Child> children) {
        jdbc.batchUpdate("""
                insert into journey_child (area_id, ref, born_month, small_area, imd_quintile, setting_ref, locality, languages, interpreter_needed,
                    sex, ethnicity, created_by) values (?, ?, ?, ?, ?, ?, ?, array[?], ?, ?, ?, 'demo')""",
                children.stream().map(c -> new Object[] {areaId, c.ref(), c.born().atDay(1), c.smallArea(), c.quintile(), c.settingRef(),
                    c.locality(), c.language(), c.interpreter(), c.sex().name(), c.ethnicity().name()}).toList());
        List<Long> childIds = jdbc.queryForList("select id from journey_child where area_id = ? and created_by = 'demo' order by id", Long.class, areaId);
        List<Object[]> journeys = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            DemoJourneys.Journey j = children.get(i).journey();
            journeys.add(new Object[] {areaId, childIds.get(i), j.started(), j.lead(), j.discharged(), j.reason() == null ? null : j.reason().name()});
        }
        jdbc.batchUpdate("insert into journey_journey (area_id, child_id, started_on, source, lead, discharged_on, discharge_reason, created_by) "
                + "values (?, ?, ?, 'BY_HAND', ?, ?, ?, 'demo')", journeys);
        List<Long> journeyIds = jdbc.queryForList("select id from journey_journey where area_id = ? and created_by = 'demo' order by id", Long.class, areaId);
        List<Object[]> items = new ArrayList<>();
        List<Object[]> goals = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        List<Object[]> ratings = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            DemoJourneys.Journey j = children.get(i).journey();
            long journey = journeyIds.get(i);
            j.items().forEach(t -> items.add(new Object[] {areaId, journey, t.offerId(), t.outcome(), t.title(), t.by().name(), t.direction().name(),
                t.starts(), t.ends(), t.hours(), t.sessions(), t.cost()}));
            j.goals().forEach(g -> goals.add(new Object[] {areaId, journey, g.words()[0], g.domain().name(), g.words()[1], g.words()[2], g.words()[3],
                g.words()[4], g.words()[5], g.weight(), g.baseline(), g.setOn()}));
            j.reviews().forEach(r -> reviews.add(new Object[] {areaId, journey, r.on(), r.atDischarge(), r.tScore()}));
            j.ratings().forEach(r -> ratings.add(new Object[] {areaId, journey, r.on(), r.occasion(), r.domain().name(), r.score()}));
        }
        jdbc.batchUpdate("insert into journey_plan_item (area_id, journey_id, offer_id, outcome_code, title, delivered_by, direction, starts_on, "
                + "ends_on, hours, sessions, cost, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')", items);
        jdbc.batchUpdate("insert into journey_goal (area_id, journey_id, goal, icf_domain, much_less, less, expected, more, much_more, weight, "
                + "baseline, set_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')", goals);
        jdbc.batchUpdate("insert into journey_review (area_id, journey_id, reviewed_on, at_discharge, t_score, recorded_by) "
                + "values (?, ?, ?, ?, ?, 'demo')", reviews);
        jdbc.batchUpdate("insert into journey_rating (area_id, journey_id, rated_on, occasion, domain, score, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, 'demo')", ratings);
        List<Long> goalIds = jdbc.queryForList("select id from journey_goal where area_id = ? and created_by = 'demo' order by id", Long.class, areaId);
        List<Long> reviewIds = jdbc.queryForList("select id from journey_review where area_id = ? and recorded_by = 'demo' order by id", Long.class, areaId);
        List<Object[]> scores = new ArrayList<>();
        int goal = 0;
        int review = 0;
        for (DemoJourneys.Child child : children) {
            DemoJourneys.Journey j = child.journey();
            for (DemoJourneys.Review r : j.reviews()) {
                for (int k = 0; k < r.scores().size(); k++) {
                    scores.add(new Object[] {reviewIds.get(review), goalIds.get(goal + k), areaId, r.scores().get(k)});
                }
                review++;
            }
            goal += j.goals().size();
        }
        jdbc.batchUpdate("insert into journey_goal_score (review_id, goal_id, area_id, score) values (?, ?, ?, ?)", scores);
    }
}
