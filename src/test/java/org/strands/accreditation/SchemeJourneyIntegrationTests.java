package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Conflict;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Role;
import org.strands.support.DataTest;

/**
 * The scheme's core rules on the demo area: the demo cohort is seeded at every stage; a status moves only in order
 * (no award before a mentor's recommendation), and every move is kept; ratings off the scale are refused with nothing
 * saved; setting staff see only their own setting; a loaded criteria set is a new version that only later joiners use.
 */
@DataTest
class SchemeJourneyIntegrationTests {

    @Autowired
    AreaRegistry areas;

    @Autowired
    Enrolments enrolments;

    @Autowired
    SchemeStatuses statuses;

    @Autowired
    SettingRatings ratings;

    @Autowired
    SchemeScope scope;

    @Autowired
    SchemeCriteria criteria;

    Area stockport() {
        return areas.find("stockport").orElseThrow();
    }

    @Test
    void theDemoCohortHasSettingsAtEveryStage() {
        List<Enrolment> current = enrolments.current(stockport());
        assertThat(current).extracting(Enrolment::status).contains(SchemeStatus.SELF_EVALUATING, SchemeStatus.IN_REVIEW,
                SchemeStatus.MORE_EVIDENCE, SchemeStatus.RECOMMENDED, SchemeStatus.ACCREDITED, SchemeStatus.CENTRE_OF_EXCELLENCE);
        assertThat(current).extracting(Enrolment::phase).contains(Phase.EARLY_YEARS, Phase.SCHOOL);
        assertThat(current).allMatch(e -> "mentor".equals(e.mentor()));
        assertThat(criteria.criteria(stockport(), current.getFirst().criteriaSetId(), Phase.SCHOOL)).hasSize(30);
    }

    @Test
    void anAwardBeforeAMentorsRecommendationIsRefusedAndNothingChanges() {
        Enrolment inReview = enrolments.current(stockport()).stream().filter(e -> e.status() == SchemeStatus.IN_REVIEW).findFirst().orElseThrow();
        int before = enrolments.history(stockport(), inReview.id()).size();
        assertThatThrownBy(() -> statuses.move(stockport(), inReview.id(), SchemeStatus.ACCREDITED, "commissioner", "Panel"))
                .isInstanceOf(Conflict.class).hasMessageContaining("once the mentor has recommended");
        assertThat(enrolments.byId(stockport(), inReview.id()).status()).isEqualTo(SchemeStatus.IN_REVIEW);
        assertThat(enrolments.history(stockport(), inReview.id())).hasSize(before);
    }

    @Test
    void aRatingNotOnTheScaleIsRefusedWithItsFieldAndNothingIsSaved() {
        Enrolment senco = enrolments.current(stockport()).stream().filter(e -> e.status() == SchemeStatus.SELF_EVALUATING
                && e.phase() == Phase.SCHOOL).findFirst().orElseThrow();
        Map<String, RatedCriterion> before = ratings.of(stockport(), senco.id());
        assertThatThrownBy(() -> ratings.rate(stockport(), senco, Map.of("FS1.1", new SettingRatings.Given("EMBEDDED", null),
                "FS2.1", new SettingRatings.Given("brilliant", null)), "senco"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(r -> r.column()).containsExactly("rating-FS2.1"));
        assertThat(ratings.of(stockport(), senco.id())).isEqualTo(before);
    }

    @Test
    void settingStaffSeeOnlyTheSettingsTheyAreTiedTo() {
        AreaContext senco = new AreaContext(stockport(), "senco", Set.of(Role.SETTING_STAFF), false, Set.of(AccreditationPermissions.SEE));
        List<Enrolment> visible = scope.visible(senco);
        assertThat(visible).hasSize(1);
        Enrolment other = enrolments.current(stockport()).stream().filter(e -> !e.settingRef().equals(visible.getFirst().settingRef()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> scope.journey(senco, other.settingRef())).isInstanceOf(NotFound.class);
        AreaContext mentor = new AreaContext(stockport(), "mentor", Set.of(Role.MENTOR), false, Set.of(AccreditationPermissions.SEE));
        assertThat(scope.visible(mentor)).hasSizeGreaterThan(5);
    }

    @Test
    void aTieOutlivingTheStaffRoleReachesNothing() {
        AreaContext sencoNow = new AreaContext(stockport(), "senco", Set.of(Role.MENTOR), false, Set.of(AccreditationPermissions.SEE));
        String school = scope.visible(new AreaContext(stockport(), "senco", Set.of(Role.SETTING_STAFF), false, Set.of()))
                .getFirst().settingRef();
        assertThatThrownBy(() -> scope.setting(sencoNow, school)).isInstanceOf(NotFound.class);
    }

    @Autowired
    Cohorts cohorts;

    @Autowired
    AccreditationFacts facts;

    @Test
    void aSettingRenewingKeepsItsAwardUntilItsDate() {
        Area area = stockport();
        Enrolment accredited = enrolments.current(area).stream().filter(e -> e.status() == SchemeStatus.ACCREDITED
                && e.cohort().startsWith("2027")).findFirst().orElseThrow();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Cohort renewal = cohorts.open(area, "Renewal held by a test " + System.nanoTime(), today, "renewal-test");
        try {
            cohorts.join(area, renewal.id(), accredited.settingRef(), "mentor", "renewal-test");
            assertThat(enrolments.currentOf(area, accredited.settingRef()).orElseThrow().status()).isEqualTo(SchemeStatus.SELF_EVALUATING);
            assertThat(enrolments.awardOf(area, accredited.settingRef(), today)).map(Enrolment::id).contains(accredited.id());
            assertThat(facts.recognitionOf(area, accredited.settingRef())).hasValueSatisfying(r -> assertThat(r).contains("ccredited"));
            assertThat(enrolments.awardsInDate(area, today)).containsKey(accredited.settingRef());
        } finally {
            cohorts.of(area).stream().filter(c -> c.id() == renewal.id()).findFirst().ifPresent(c ->
                    jdbc.sql("delete from accreditation_cohort where id = ?").param(c.id()).update());
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aLoadedCriteriaSetIsANewVersionAndABadOneNamesItsRowAndColumn() {
        Area area = stockport();
        int versions = criteria.sets(area).size();
        String bad = "code,applies_to,strand,level,title,description\nFS1.1,all,FS,universal,Ok,Fine\nFS1.2,all,XX,universal,Bad,Row\n";
        assertThatThrownBy(() -> criteria.load(area, "Ours", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "admin"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(r -> assertThat(r.row()).isEqualTo(3)).satisfies(r -> assertThat(r.column()).isEqualTo("strand")));
        assertThat(criteria.sets(area)).hasSize(versions);
    }
}
