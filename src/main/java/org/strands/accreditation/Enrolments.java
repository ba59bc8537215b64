package org.strands.accreditation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.NotFound;

/**
 * Reads settings' journeys in the scheme, with the names of their settings and mentors. Who may see which is for
 * {@link SchemeScope} to say; this reads them all.
 */
@Service
public class Enrolments {

    private static final String SELECT = """
            select e.id, e.cohort_id, c.name as cohort, e.setting_ref, e.phase, e.criteria_set_id, e.mentor, e.status,
                   e.recommendation, e.shares_practice, e.joined_on, e.status_changed_at, e.awarded_on, e.expires_on
            from accreditation_enrolment e join accreditation_cohort c on c.id = e.cohort_id
            where e.area_id = :area""";

    private static final String AWARD_IN_DATE = " and e.status in ('ACCREDITED', 'CENTRE_OF_EXCELLENCE') and e.expires_on >= :today";

    private final JdbcClient db;
    private final AreaPlaces places;
    private final AreaMembers members;

    Enrolments(JdbcClient db, AreaPlaces places, AreaMembers members) {
        this.db = db;
        this.places = places;
        this.members = members;
    }

    /** Every journey of the area, newest first within each setting. */
    public List<Enrolment> all(Area area) {
        return read(area, SELECT + " order by e.joined_on desc, e.id desc", Map.of());
    }

    /** The latest journey of each setting of the area. */
    public List<Enrolment> current(Area area) {
        return read(area, "select distinct on (setting_ref) * from (" + SELECT + ") e order by setting_ref, joined_on desc, id desc", Map.of());
    }

    public List<Enrolment> inCohort(Area area, long cohortId) {
        return read(area, SELECT + " and e.cohort_id = :cohort order by e.setting_ref", Map.of("cohort", cohortId));
    }

    public Enrolment byId(Area area, long id) {
        return read(area, SELECT + " and e.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFound("There is no such setting in the scheme in " + area.name() + "."));
    }

    /** The setting's latest journey, if it has ever joined. */
    public Optional<Enrolment> currentOf(Area area, String settingRef) {
        return read(area, SELECT + " and e.setting_ref = :ref order by e.joined_on desc, e.id desc limit 1", Map.of("ref", settingRef))
                .stream().findFirst();
    }

    /** The latest journey of each setting that holds an award in date on the day (a renewal under way leaves it so), by ref. */
    public Map<String, Enrolment> awardsInDate(Area area, java.time.LocalDate today) {
        return read(area, "select distinct on (setting_ref) * from (" + SELECT + AWARD_IN_DATE + ") e order by setting_ref, awarded_on desc, id desc",
                Map.of("today", today)).stream().collect(Collectors.toMap(Enrolment::settingRef, e -> e));
    }

    /** The setting's award in date on the day, if it holds one, whatever journey it is on now. */
    public Optional<Enrolment> awardOf(Area area, String settingRef, java.time.LocalDate today) {
        return read(area, SELECT + AWARD_IN_DATE + " and e.setting_ref = :ref order by e.awarded_on desc, e.id desc limit 1",
                Map.of("today", today, "ref", settingRef)).stream().findFirst();
    }

    /** Whether the setting holds an award in date on the day, and which: one query, for pages that ask per place. */
    public Optional<SchemeStatus> awardStatusOf(Area area, String settingRef, java.time.LocalDate today) {
        return db.sql("select status from accreditation_enrolment e where e.area_id = :area and e.setting_ref = :ref" + AWARD_IN_DATE
                + " order by e.awarded_on desc limit 1").param("area", area.id()).param("ref", settingRef).param("today", today)
                .query(String.class).optional().map(SchemeStatus::valueOf);
    }

    /** Every journey of one setting, newest first. */
    public List<Enrolment> of(Area area, String settingRef) {
        return read(area, SELECT + " and e.setting_ref = :ref order by e.joined_on desc, e.id desc", Map.of("ref", settingRef));
    }

    /** Every change of status of a journey, oldest first. */
    public List<StatusChange> history(Area area, long enrolmentId) {
        Map<String, String> people = members.names(area.id());
        return db.sql("""
                select from_status, to_status, changed_by, changed_at, reason from accreditation_status_change
                where area_id = :area and enrolment_id = :id order by changed_at, id""")
                .param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new StatusChange(rs.getString("from_status") == null ? null : SchemeStatus.valueOf(rs.getString("from_status")),
                        SchemeStatus.valueOf(rs.getString("to_status")), rs.getString("changed_by"),
                        people.getOrDefault(rs.getString("changed_by"), rs.getString("changed_by")),
                        rs.getObject("changed_at", java.time.OffsetDateTime.class), rs.getString("reason"))).list();
    }

    private List<Enrolment> read(Area area, String sql, Map<String, Object> params) {
        Map<String, String> settings = places.settings(area, AreaPlaces.SettingFilter.NONE).stream()
                .collect(Collectors.toMap(Setting::ref, Setting::name, (a, b) -> a));
        Map<String, String> people = members.names(area.id());
        JdbcClient.StatementSpec statement = db.sql(sql).param("area", area.id());
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query((rs, n) -> row(rs, settings::get, people::get)).list();
    }

    private static Enrolment row(ResultSet rs, Function<String, String> setting, Function<String, String> person) throws SQLException {
        String ref = rs.getString("setting_ref");
        String mentor = rs.getString("mentor");
        String recommendation = rs.getString("recommendation");
        return new Enrolment(rs.getLong("id"), rs.getLong("cohort_id"), rs.getString("cohort"), ref,
                Optional.ofNullable(setting.apply(ref)).orElse(ref), Phase.valueOf(rs.getString("phase")), rs.getLong("criteria_set_id"),
                mentor, mentor == null ? null : Optional.ofNullable(person.apply(mentor)).orElse(mentor),
                SchemeStatus.valueOf(rs.getString("status")), recommendation == null ? null : Recommendation.valueOf(recommendation),
                rs.getString("shares_practice"), rs.getObject("joined_on", java.time.LocalDate.class),
                rs.getObject("status_changed_at", java.time.OffsetDateTime.class), rs.getObject("awarded_on", java.time.LocalDate.class),
                rs.getObject("expires_on", java.time.LocalDate.class));
    }
}
