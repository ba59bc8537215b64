package org.strands.accreditation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.accreditation.Cohort;
import org.strands.accreditation.Cohorts;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Rating;
import org.strands.accreditation.SettingRatings;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeStatus;
import org.strands.accreditation.SchemeStatuses;
import org.strands.accreditation.SettingStaff;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;

/**
 * The demo's schools and settings scheme in Stockport: a cohort of seven settings at different stages, from one just
 * starting (the demo {@code senco}'s school) to a Centre of Excellence, with the demo {@code mentor} mentoring them, and
 * an earlier pilot cohort whose school was accredited nearly three years ago and is due for renewal.
 */
@Component
class StockportSchemeDemo implements ApplicationModuleInitializer {

    static final String COHORT = "2027 schools and settings";
    static final String PILOT = "2024 pilot";

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final AreaPlaces places;
    private final Cohorts cohorts;
    private final SettingStaff staff;
    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final SchemeStatuses statuses;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StockportSchemeDemo(DemoMode demo, AreaRegistry areas, AreaPlaces places, Cohorts cohorts, SettingStaff staff, SchemeCriteria criteria,
            SettingRatings ratings, SchemeStatuses statuses, JdbcClient db, TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.areas = areas;
        this.places = places;
        this.cohorts = cohorts;
        this.staff = staff;
        this.criteria = criteria;
        this.ratings = ratings;
        this.statuses = statuses;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").filter(area -> cohorts.of(area).isEmpty()).ifPresent(area -> transaction.executeWithoutResult(t -> seed(area)));
    }

    private void seed(Area area) {
        List<Setting> all = places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue())
                .sorted(Comparator.comparing(Setting::name)).toList();
        List<Setting> primaries = all.stream().filter(s -> "Primary".equals(s.phase())).toList();
        List<Setting> nurseries = all.stream().filter(s -> "Nursery".equals(s.phase())).toList();
        if (primaries.size() < 8 || nurseries.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        criteria.current(area);
        Cohort pilot = cohorts.open(area, PILOT, today.minusYears(4), "demo");
        Cohort cohort = cohorts.open(area, COHORT, today.minusMonths(14), "demo");

        Enrolment renewing = cohorts.join(area, pilot.id(), primaries.get(7).ref(), "mentor", "demo");
        backdate(renewing, today.minusYears(4));
        rateAll(area, renewing, Rating.ESTABLISHED);
        award(area, renewing, org.strands.accreditation.Recommendation.ACCREDITED, today.minusYears(3).plusDays(20));

        Enrolment starting = cohorts.join(area, cohort.id(), primaries.get(0).ref(), "mentor", "demo");
        staff.tie(area, "senco", starting.settingRef(), "demo");
        backdate(starting, today.minusMonths(2));

        Enrolment early = cohorts.join(area, cohort.id(), nurseries.get(0).ref(), "mentor", "demo");
        backdate(early, today.minusMonths(5));
        rateSome(area, early, Rating.EMERGING, 12);

        Enrolment inReview = cohorts.join(area, cohort.id(), primaries.get(1).ref(), "mentor", "demo");
        backdate(inReview, today.minusMonths(11));
        rateAll(area, inReview, Rating.ESTABLISHED);
        statuses.move(area, inReview.id(), SchemeStatus.IN_REVIEW, "demo", "Self-evaluation sent to the mentor");

        evidence(area, inReview);

        Enrolment moreEvidence = cohorts.join(area, cohort.id(), primaries.get(2).ref(), "mentor", "demo");
        backdate(moreEvidence, today.minusMonths(20));
        rateAll(area, moreEvidence, Rating.EMERGING);
        statuses.move(area, moreEvidence.id(), SchemeStatus.IN_REVIEW, "demo", "Self-evaluation sent to the mentor");
        String ask = "Please add evidence of how families are told about local advice (FS1.2).";
        statuses.move(area, moreEvidence.id(), SchemeStatus.MORE_EVIDENCE, "mentor", ask);
        db.sql("insert into accreditation_comment (area_id, enrolment_id, strand, author, body) values (:area, :id, 'FAMILY_SUPPORT', 'mentor', :body)")
                .param("area", area.id()).param("id", moreEvidence.id()).param("body", ask).update();

        Enrolment recommended = cohorts.join(area, cohort.id(), primaries.get(3).ref(), "mentor", "demo");
        backdate(recommended, today.minusMonths(13));
        evidence(area, recommended);
        rateAll(area, recommended, Rating.ESTABLISHED);
        statuses.move(area, recommended.id(), SchemeStatus.IN_REVIEW, "demo", "Self-evaluation sent to the mentor");
        recommend(area, recommended, org.strands.accreditation.Recommendation.ACCREDITED);

        Enrolment accredited = cohorts.join(area, cohort.id(), primaries.get(4).ref(), "mentor", "demo");
        backdate(accredited, today.minusMonths(14));
        evidence(area, accredited);
        rateAll(area, accredited, Rating.ESTABLISHED);
        award(area, accredited, org.strands.accreditation.Recommendation.ACCREDITED, today.minusMonths(1));

        Enrolment excellent = cohorts.join(area, cohort.id(), primaries.get(5).ref(), "mentor", "demo");
        backdate(excellent, today.minusMonths(14));
        evidence(area, excellent);
        rateAll(area, excellent, Rating.EMBEDDED);
        db.sql("update accreditation_enrolment set shares_practice = :text where id = :id")
                .param("text", "Runs a termly open morning on talk-friendly classrooms for other schools in the locality.")
                .param("id", excellent.id()).update();
        award(area, excellent, org.strands.accreditation.Recommendation.CENTRE_OF_EXCELLENCE, today.minusWeeks(2));
    }

    /** A note, a link and two steps of an action plan, as a setting well on its way would have. */
    private void evidence(Area area, Enrolment e) {
        db.sql("""
                insert into accreditation_evidence (area_id, enrolment_id, criterion_code, kind, title, link, note, added_by) values
                (:area, :id, 'EE1.1', 'NOTE', 'Quiet corners in every classroom', null,
                 'Each classroom has a quiet corner with cushions and a sign; the noise audit in September found them used daily.', 'senco'),
                (:area, :id, 'WW1.1', 'LINK', 'Whole-school training record', 'https://example.org/training-record', null, 'senco'),
                (:area, :id, 'IN2.1', 'NOTE', 'Small-group language sessions', null,
                 'Two teaching assistants run three 20-minute sessions a week for 12 pupils in Reception and Year 1.', 'senco')""")
                .param("area", area.id()).param("id", e.id()).update();
        db.sql("""
                insert into accreditation_action (area_id, enrolment_id, criterion_code, what, owner, due_on, done, updated_by) values
                (:area, :id, 'ID1.1', 'Check every Reception pupil''s talk in their first half term', 'Reception lead', :soon, false, 'senco'),
                (:area, :id, 'FS1.2', 'Add the drop-in times to the school newsletter', 'Office manager', :past, true, 'senco')""")
                .param("area", area.id()).param("id", e.id()).param("soon", LocalDate.now(clock).plusMonths(2))
                .param("past", LocalDate.now(clock).minusMonths(1)).update();
    }

    private void recommend(Area area, Enrolment e, org.strands.accreditation.Recommendation recommendation) {
        db.sql("update accreditation_enrolment set recommendation = :r where id = :id").param("r", recommendation.name()).param("id", e.id()).update();
        db.sql("""
                insert into accreditation_strand_review (enrolment_id, area_id, strand, verdict, comment, reviewed_by)
                select :id, :area, s, 'MET', 'Well evidenced.', 'mentor'
                from unnest(array['FAMILY_SUPPORT','ENVIRONMENT','WORKFORCE','IDENTIFICATION','INTERVENTION']) s""")
                .param("id", e.id()).param("area", area.id()).update();
        statuses.move(area, e.id(), SchemeStatus.RECOMMENDED, "mentor", "Every strand is met: recommended for " + recommendation.label().toLowerCase());
    }

    private void award(Area area, Enrolment e, org.strands.accreditation.Recommendation recommendation, LocalDate on) {
        statuses.move(area, e.id(), SchemeStatus.IN_REVIEW, "demo", "Self-evaluation sent to the mentor");
        recommend(area, e, recommendation);
        statuses.move(area, e.id(), recommendation.awarded(), "commissioner", "Agreed by the area panel");
        db.sql("update accreditation_enrolment set awarded_on = :on, expires_on = :expires where id = :id")
                .param("on", on).param("expires", on.plusYears(SchemeStatuses.AWARD_YEARS)).param("id", e.id()).update();
    }

    private void backdate(Enrolment e, LocalDate joined) {
        db.sql("update accreditation_enrolment set joined_on = :joined where id = :id").param("joined", joined).param("id", e.id()).update();
    }

    private void rateAll(Area area, Enrolment e, Rating rating) {
        rateSome(area, e, rating, Integer.MAX_VALUE);
    }

    private void rateSome(Area area, Enrolment e, Rating rating, int how) {
        Map<String, SettingRatings.Given> given = new LinkedHashMap<>();
        List<Criterion> list = criteria.criteria(area, e.criteriaSetId(), e.phase());
        for (int i = 0; i < list.size() && i < how; i++) {
            // the identification strand is the weakest across the area, so the dashboard has something to say
            Rating r = list.get(i).strand() == org.strands.framework.Strand.IDENTIFICATION && rating != Rating.EMBEDDED
                    ? Rating.values()[Math.max(0, rating.ordinal() - 1)] : rating;
            given.put(list.get(i).code(), new SettingRatings.Given(r.name(), i % 3 == 0 ? "Seen in practice by our link therapist." : null));
        }
        ratings.rate(area, e, given, "demo");
    }
}
