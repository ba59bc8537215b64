package org.strands.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.place.AreaPlaces;
import org.strands.place.Localities;
import org.strands.place.Locality;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.Formats;

/**
 * The area's view across its cohorts: settings by status, phase and locality; the share of its primary schools holding
 * an award in date; time in the scheme against the 12 to 18 month expectation; reviews and renewals that are overdue or
 * due; and the criteria rated weakest across every setting, which say what to train next. Small numbers are settings,
 * not children, so nothing is suppressed.
 */
@Service
public class SchemeDashboard {

    /** Days a self-evaluation may wait with its mentor before its review is overdue. */
    public static final int REVIEW_DAYS = 30;
    /** Days before an award expires from which its renewal is due. */
    public static final int RENEWAL_DAYS = 90;
    /** The months a setting is expected to take: from 12 to 18. */
    public static final int EXPECTED_FROM = 12;
    public static final int EXPECTED_TO = 18;

    /** What the dashboard is narrowed to; null for any. {@code phase} is the setting's phase as GIAS gives it. */
    public record Filter(Long cohort, String phase, String locality) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** A setting's latest journey with what the area's view needs of the setting. */
    public record Row(Enrolment journey, Integer urn, String phase, String locality, long monthsIn, int ratings, Double averageScore,
            boolean awardInDate) {
    }

    /** How long settings not yet awarded have been in the scheme. */
    public record TimeInScheme(int underExpected, int withinExpected, int overExpected) {
    }

    /** A criterion's ratings across settings: its average score (0 not yet to 3 embedded) and how many settings rated it. */
    public record CriterionScore(String code, String title, String strand, double average, int settings) {
    }

    /** A review waiting too long with the mentor, or an award to renew. */
    public record Overdue(Enrolment journey, long days, boolean renewal, boolean lapsed) {
    }

    /** A count under a name (a phase or a locality) with how many of those hold an award in date. */
    public record Count(String name, int settings, int awarded) {
    }

    public record Figures(List<Row> rows, Map<SchemeStatus, Integer> byStatus, List<Count> byPhase, List<Count> byLocality,
            int primaries, int primariesAwarded, TimeInScheme time, List<Overdue> overdueReviews, List<Overdue> renewals,
            List<CriterionScore> weakest) {

        /** The share of the area's primary schools accredited, as a whole percentage; null with no primaries. */
        public Integer primarySharePercent() {
            return primaries == 0 ? null : (int) Math.round(100.0 * primariesAwarded / primaries);
        }
    }

    private final Enrolments enrolments;
    private final AreaPlaces places;
    private final Localities localities;
    private final JdbcClient db;
    private final Clock clock;

    SchemeDashboard(Enrolments enrolments, AreaPlaces places, Localities localities, JdbcClient db, Clock clock) {
        this.enrolments = enrolments;
        this.places = places;
        this.localities = localities;
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.LONDON));
    }

    /** The localities of the area by name, for the filter. */
    public List<String> localityNames(Area area) {
        return localities.of(area).stream().map(Locality::name).toList();
    }

    /** The phases of the area's settings in the scheme, for the filter. */
    public List<String> phases(Area area) {
        return rows(area, Filter.NONE).stream().map(Row::phase).distinct().sorted().toList();
    }

    /** One row per setting's latest journey, narrowed by the filter, by setting name. */
    public List<Row> rows(Area area, Filter filter) {
        LocalDate today = today();
        Map<String, Setting> settings = settings(area);
        Map<String, String> localityOfWard = localityOfWard(area);
        Map<Long, List<Rating>> ratings = ratings(area);
        Map<String, Enrolment> awards = enrolments.awardsInDate(area, today);
        List<Row> rows = new ArrayList<>();
        for (Enrolment e : enrolments.current(area)) {
            Setting s = settings.get(e.settingRef());
            String phase = phaseOf(s);
            String locality = localityOf(s, localityOfWard);
            if (filter.cohort() != null && e.cohortId() != filter.cohort() || filter.phase() != null && !filter.phase().equals(phase)
                    || filter.locality() != null && !filter.locality().equals(locality)) {
                continue;
            }
            List<Rating> given = ratings.getOrDefault(e.id(), List.of());
            Double average = given.isEmpty() ? null : given.stream().mapToInt(Rating::score).average().orElse(0);
            rows.add(new Row(e, s == null ? null : s.urn(), phase, locality, e.monthsIn(today), given.size(), average,
                    awards.containsKey(e.settingRef())));
        }
        rows.sort(Comparator.comparing((Row r) -> r.journey().setting().toLowerCase(java.util.Locale.UK)));
        return rows;
    }

    public Figures figures(Area area, Filter filter) {
        LocalDate today = today();
        List<Row> rows = rows(area, filter);
        Map<SchemeStatus, Integer> byStatus = new EnumMap<>(SchemeStatus.class);
        for (SchemeStatus s : SchemeStatus.values()) {
            byStatus.put(s, 0);
        }
        rows.forEach(r -> byStatus.merge(r.journey().status(), 1, Integer::sum));

        // every primary school of the area (in the chosen locality), whether or not it has joined
        Map<String, String> localityOfWard = localityOfWard(area);
        Set<String> awardedRefs = enrolments.awardsInDate(area, today).keySet();
        List<Setting> primaries = settings(area).values().stream().filter(s -> "Primary".equalsIgnoreCase(s.phase()))
                .filter(s -> filter.locality() == null || filter.locality().equals(localityOf(s, localityOfWard))).toList();
        int primariesAwarded = (int) primaries.stream().filter(s -> awardedRefs.contains(s.ref())).count();

        int under = 0;
        int within = 0;
        int over = 0;
        List<Overdue> reviews = new ArrayList<>();
        List<Overdue> renewals = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Row r : rows) {
            Enrolment e = r.journey();
            if (!e.status().awarded() && e.status() != SchemeStatus.LAPSED) {
                if (r.monthsIn() < EXPECTED_FROM) {
                    under++;
                } else if (r.monthsIn() <= EXPECTED_TO) {
                    within++;
                } else {
                    over++;
                }
            }
            if (e.status() == SchemeStatus.IN_REVIEW && e.statusChangedAt() != null
                    && e.statusChangedAt().isBefore(now.minusDays(REVIEW_DAYS))) {
                reviews.add(new Overdue(e, java.time.temporal.ChronoUnit.DAYS.between(e.statusChangedAt(), now), false, false));
            }
            if ((e.status().awarded() || e.status() == SchemeStatus.LAPSED) && e.expiresOn() != null
                    && !e.expiresOn().isAfter(today.plusDays(RENEWAL_DAYS))) {
                renewals.add(new Overdue(e, java.time.temporal.ChronoUnit.DAYS.between(today, e.expiresOn()), true,
                        e.status() == SchemeStatus.LAPSED || e.expiresOn().isBefore(today)));
            }
        }
        reviews.sort(Comparator.comparingLong(Overdue::days).reversed());
        renewals.sort(Comparator.comparingLong(Overdue::days));
        return new Figures(rows, byStatus, counts(rows, Row::phase), counts(rows, r -> r.locality() == null ? "" : r.locality()),
                primaries.size(), primariesAwarded, new TimeInScheme(under, within, over), reviews, renewals, weakest(area, rows));
    }

    /** The criteria by average score across the settings, lowest first (ties by code), with how many settings rated each. */
    List<CriterionScore> weakest(Area area, List<Row> rows) {
        Set<Long> ids = rows.stream().map(r -> r.journey().id()).collect(Collectors.toSet());
        record Given(long enrolment, String code, Rating rating) {
        }
        List<Given> all = db.sql("select enrolment_id, criterion_code, rating from accreditation_rating where area_id = :area")
                .param("area", area.id()).query((rs, n) -> new Given(rs.getLong(1), rs.getString(2), Rating.valueOf(rs.getString(3)))).list();
        Map<String, List<Given>> byCode = new TreeMap<>();
        all.stream().filter(g -> ids.contains(g.enrolment())).forEach(g -> byCode.computeIfAbsent(g.code(), c -> new ArrayList<>()).add(g));
        Map<String, String[]> titles = titles(area);
        return byCode.entrySet().stream().map(e -> {
            String[] t = titles.getOrDefault(e.getKey(), new String[] {e.getKey(), ""});
            return new CriterionScore(e.getKey(), t[0], t[1], e.getValue().stream().mapToInt(g -> g.rating().score()).average().orElse(0),
                    (int) e.getValue().stream().map(Given::enrolment).distinct().count());
        }).sorted(Comparator.comparingDouble(CriterionScore::average).thenComparing(CriterionScore::code)).toList();
    }

    private Map<String, String[]> titles(Area area) {
        Map<String, String[]> titles = new HashMap<>();
        db.sql("""
                select distinct on (c.code) c.code, c.title, c.strand from accreditation_criterion c
                join accreditation_criteria_set s on s.id = c.set_id where s.area_id = :area order by c.code, s.version desc""")
                .param("area", area.id())
                .query((rs, n) -> titles.put(rs.getString(1), new String[] {rs.getString(2),
                        org.strands.framework.Strand.valueOf(rs.getString(3)).label()})).list();
        return titles;
    }

    private Map<Long, List<Rating>> ratings(Area area) {
        Map<Long, List<Rating>> ratings = new HashMap<>();
        db.sql("select enrolment_id, rating from accreditation_rating where area_id = :area").param("area", area.id())
                .query((rs, n) -> ratings.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Rating.valueOf(rs.getString(2)))).list();
        return ratings;
    }

    private Map<String, Setting> settings(Area area) {
        return places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue())
                .collect(Collectors.toMap(Setting::ref, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    private Map<String, String> localityOfWard(Area area) {
        Map<String, String> byWard = new HashMap<>();
        localities.of(area).forEach(l -> l.wards().forEach(w -> byWard.putIfAbsent(w.code(), l.name())));
        return byWard;
    }

    private static String localityOf(Setting s, Map<String, String> localityOfWard) {
        return s == null || s.wardCode() == null ? null : localityOfWard.get(s.wardCode());
    }

    private static String phaseOf(Setting s) {
        return s == null || s.phase() == null || s.phase().isBlank() ? "Not recorded" : s.phase();
    }

    private static List<Count> counts(List<Row> rows, java.util.function.Function<Row, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        rows.forEach(r -> {
            int[] c = counts.computeIfAbsent(key.apply(r), k -> new int[2]);
            c[0]++;
            c[1] += r.awardInDate() ? 1 : 0;
        });
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
