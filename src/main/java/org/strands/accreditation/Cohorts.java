package org.strands.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AuditTrail;
import org.strands.platform.Conflict;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Role;
import org.strands.platform.TextLimits;

/**
 * The area's cohorts, and settings joining them with a mentor. A setting joins on the newest version of the criteria
 * and keeps it; it cannot be in two journeys at once.
 */
@Service
public class Cohorts {

    private final JdbcClient db;
    private final AreaPlaces places;
    private final AreaMembers members;
    private final SchemeCriteria criteria;
    private final SchemeStatuses statuses;
    private final Enrolments enrolments;
    private final AuditTrail audit;
    private final Clock clock;

    Cohorts(JdbcClient db, AreaPlaces places, AreaMembers members, SchemeCriteria criteria, SchemeStatuses statuses,
            Enrolments enrolments, AuditTrail audit, Clock clock) {
        this.db = db;
        this.places = places;
        this.members = members;
        this.criteria = criteria;
        this.statuses = statuses;
        this.enrolments = enrolments;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Cohort> of(Area area) {
        return db.sql("""
                select c.id, c.name, c.starts_on, c.created_by, (select count(*) from accreditation_enrolment e where e.cohort_id = c.id) as settings
                from accreditation_cohort c where c.area_id = :area order by c.starts_on desc, c.name""")
                .param("area", area.id()).query(Cohort.class).list();
    }

    public Cohort cohort(Area area, long id) {
        return of(area).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no such cohort in " + area.name() + "."));
    }

    /** Opens a cohort; its name is unique in the area. */
    @Transactional
    public Cohort open(Area area, String name, LocalDate startsOn, String by) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > TextLimits.NAME) {
            throw InvalidInput.of("name", "Enter a name for the cohort of 1 to 200 characters.");
        }
        if (startsOn == null) {
            throw InvalidInput.of("startsOn", "Enter the date the cohort starts.");
        }
        if (of(area).stream().anyMatch(c -> c.name().equalsIgnoreCase(n))) {
            throw InvalidInput.of("name", "There is already a cohort called " + n + ".");
        }
        long id = db.sql("insert into accreditation_cohort (area_id, name, starts_on, created_by) values (:area, :name, :starts, :by) returning id")
                .param("area", area.id()).param("name", n).param("starts", startsOn).param("by", by).query(Long.class).single();
        audit.record(area.id(), "open", "accreditation-cohort", String.valueOf(id), n);
        return cohort(area, id);
    }

    /**
     * Brings a school or setting into a cohort with its mentor (who may be chosen later). Refused when the setting is
     * not one of the area's schools, is already on a journey, or the mentor is not a mentor in the area.
     */
    @Transactional
    public Enrolment join(Area area, long cohortId, String settingRef, String mentor, String by) {
        Cohort cohort = cohort(area, cohortId);
        Setting setting = places.settings(area, AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> s.ref().equals(settingRef) && !s.venue()).findFirst()
                .orElseThrow(() -> InvalidInput.of("setting", "Choose one of the area's schools or settings."));
        checkMentor(area, mentor);
        db.sql("select pg_advisory_xact_lock(hashtext('accreditation_enrolment'), hashtext(:ref))").param("ref", settingRef).query().listOfRows();
        enrolments.currentOf(area, settingRef).filter(e -> !e.status().awarded() && e.status() != SchemeStatus.LAPSED).ifPresent(e -> {
            throw new Conflict("setting", setting.name() + " is already in the scheme, in " + e.cohort() + ".");
        });
        if (enrolments.currentOf(area, settingRef).filter(e -> e.cohortId() == cohortId).isPresent()) {
            throw new Conflict("setting", setting.name() + " has already been in " + cohort.name() + ".");
        }
        CriteriaSet version = criteria.current(area);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long id = db.sql("""
                insert into accreditation_enrolment (area_id, cohort_id, setting_ref, phase, criteria_set_id, mentor, status, joined_on)
                values (:area, :cohort, :ref, :phase, :set, :mentor, 'SELF_EVALUATING', :today) returning id""")
                .param("area", area.id()).param("cohort", cohortId).param("ref", settingRef).param("phase", Phase.of(setting).name())
                .param("set", version.id()).param("mentor", blankToNull(mentor)).param("today", today).query(Long.class).single();
        statuses.joined(area, id, settingRef, by, "Joined " + cohort.name());
        return enrolments.byId(area, id);
    }

    /** Gives a setting's journey its mentor, or a new one. */
    @Transactional
    public Enrolment assignMentor(Area area, long enrolmentId, String mentor, String by) {
        Enrolment journey = enrolments.byId(area, enrolmentId);
        checkMentor(area, mentor);
        if (journey.status().awarded() || journey.status() == SchemeStatus.LAPSED) {
            throw new Conflict("mentor", journey.setting() + "’s journey in " + journey.cohort() + " has ended, so its mentor stays as it was.");
        }
        db.sql("update accreditation_enrolment set mentor = :mentor where area_id = :area and id = :id")
                .param("mentor", blankToNull(mentor)).param("area", area.id()).param("id", enrolmentId).update();
        audit.record(area.id(), "mentor", "accreditation", String.valueOf(enrolmentId), mentor);
        return enrolments.byId(area, enrolmentId);
    }

    /** The area's members who may mentor. */
    public List<AreaMembers.Member> mentors(Area area) {
        return members.of(area.id()).stream().filter(m -> m.roles().contains(Role.MENTOR)).toList();
    }

    private void checkMentor(Area area, String mentor) {
        if (mentor != null && !mentor.isBlank() && mentors(area).stream().noneMatch(m -> m.username().equals(mentor))) {
            throw InvalidInput.of("mentor", "Choose a mentor from the area's mentors.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
