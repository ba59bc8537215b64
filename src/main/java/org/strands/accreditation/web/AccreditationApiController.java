package org.strands.accreditation.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Cohort;
import org.strands.accreditation.Cohorts;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Enrolments;
import org.strands.accreditation.Evidence;
import org.strands.accreditation.EvidenceItem;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.SchemeStatus;
import org.strands.accreditation.SettingRatings;
import org.strands.accreditation.StatusChange;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.AreaContext;
import org.strands.platform.Requires;

/**
 * The schools and settings scheme as JSON: the cohorts with their settings' statuses, and one setting's ratings,
 * evidence (described, never its contents), mentor, status, award and history. Each caller sees only the settings their
 * role reaches (setting staff theirs, mentors those they mentor); any other setting is answered 404.
 */
@RestController
@RequestMapping("/api/v1/areas/{area}/accreditation")
class AccreditationApiController {

    /** A status as its code (stable for programs) and its label (for people). */
    record Status(String code, String label) {
        static Status of(SchemeStatus s) {
            return s == null ? null : new Status(s.name(), s.label());
        }
    }

    record Person(String username, String name) {
    }

    record CohortSetting(String ref, Integer urn, String name, String phase, Status status, Person mentor, LocalDate joinedOn) {
    }

    record CohortView(long id, String name, LocalDate startsOn, List<CohortSetting> settings) {
    }

    record RatingView(String code, String rating, String label, String strengths, OffsetDateTime ratedAt) {
    }

    record EvidenceView(long id, String kind, String kindLabel, String title, String criterion, String link, String note, String fileName,
            String contentType, Long sizeBytes, String download, OffsetDateTime addedAt) {
    }

    record Change(Status from, Status to, String by, OffsetDateTime at, String reason) {
    }

    record SettingView(String ref, Integer urn, String name, String cohort, String phase, Status status, Person mentor,
            String recommendation, String sharesPractice, LocalDate joinedOn, LocalDate awardedOn, LocalDate expiresOn,
            List<RatingView> ratings, List<EvidenceView> evidence, List<Change> history) {
    }

    private final SchemeScope scope;
    private final Cohorts cohorts;
    private final Enrolments enrolments;
    private final SettingRatings ratings;
    private final Evidence evidence;
    private final AreaPlaces places;

    AccreditationApiController(SchemeScope scope, Cohorts cohorts, Enrolments enrolments, SettingRatings ratings, Evidence evidence,
            AreaPlaces places) {
        this.places = places;
        this.scope = scope;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.ratings = ratings;
        this.evidence = evidence;
    }

    /** The area's cohorts, newest first, each with the settings the caller may see in it (those the caller sees none of are left out). */
    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/cohorts")
    List<CohortView> cohorts(AreaContext area) {
        boolean all = scope.seesAll(area);
        java.util.Set<String> visible = scope.visible(area).stream().map(Enrolment::settingRef).collect(Collectors.toSet());
        Map<String, Integer> urns = urns(area);
        return cohorts.of(area.area()).stream().map(c -> view(area, c, all, visible, urns))
                .filter(c -> all || !c.settings().isEmpty()).toList();
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/settings/{urn}")
    SettingView setting(AreaContext area, @PathVariable String urn) {
        Setting setting = scope.setting(area, urn);
        Enrolment e = scope.journey(area, urn);
        String base = "/areas/" + area.area().slug() + "/scheme/settings/" + e.settingRef();
        return new SettingView(e.settingRef(), setting.urn(), e.setting(), e.cohort(), e.phase().label(), Status.of(e.status()),
                person(e), e.recommendation() == null ? null : e.recommendation().label(), e.sharesPractice(), e.joinedOn(), e.awardedOn(),
                e.expiresOn(),
                ratings.of(area.area(), e.id()).values().stream()
                        .map(r -> new RatingView(r.code(), r.rating().name(), r.rating().label(), r.strengths(), r.ratedAt())).toList(),
                evidence.of(area.area(), e.id()).stream().map(i -> evidence(i, base)).toList(),
                enrolments.history(area.area(), e.id()).stream().map(AccreditationApiController::change).toList());
    }

    private CohortView view(AreaContext area, Cohort c, boolean all, java.util.Set<String> visible, Map<String, Integer> urns) {
        List<CohortSetting> settings = enrolments.inCohort(area.area(), c.id()).stream().filter(e -> all || visible.contains(e.settingRef()))
                .map(e -> new CohortSetting(e.settingRef(), urns.get(e.settingRef()), e.setting(), e.phase().label(), Status.of(e.status()),
                        person(e), e.joinedOn())).toList();
        return new CohortView(c.id(), c.name(), c.startsOn(), settings);
    }

    private Map<String, Integer> urns(AreaContext area) {
        Map<String, Integer> urns = new java.util.HashMap<>();
        places.settings(area.area(), AreaPlaces.SettingFilter.NONE).stream().filter(s -> s.urn() != null).forEach(s -> urns.put(s.ref(), s.urn()));
        return urns;
    }

    private static Person person(Enrolment e) {
        return e.mentor() == null ? null : new Person(e.mentor(), e.mentorName());
    }

    private static EvidenceView evidence(EvidenceItem i, String base) {
        return new EvidenceView(i.id(), i.kind().name(), i.kind().label(), i.title(), i.criterion(), i.link(), i.note(), i.fileName(),
                i.contentType(), i.sizeBytes(), i.kind() == EvidenceItem.Kind.FILE ? base + "/evidence/" + i.id() : null, i.addedAt());
    }

    private static Change change(StatusChange c) {
        return new Change(Status.of(c.from()), Status.of(c.to()), c.by(), c.at(), c.reason());
    }
}
