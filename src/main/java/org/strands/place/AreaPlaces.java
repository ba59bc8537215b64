package org.strands.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;
import org.strands.platform.NotFound;

/**
 * An area's view over the national reference data: its small areas and its schools, settings and
 * venues. Every query is scoped by the area's districts (and, for venues, by the area itself).
 */
@Service
public class AreaPlaces {

    /** Optional filters for small areas; blank means no filter. */
    public record SmallAreaFilter(String district, String ward, Long locality, Integer decile, String search) {
        public static final SmallAreaFilter NONE = new SmallAreaFilter(null, null, null, null, null);
    }

    /** Optional filters for settings; blank means no filter. */
    public record SettingFilter(String phase, String typeGroup, String search) {
        public static final SettingFilter NONE = new SettingFilter(null, null, null);
    }

    private final JdbcClient db;
    private final SettingQueries settings;
    private final PlaceCaches caches;
    private final org.strands.platform.AuditTrail audit;

    AreaPlaces(JdbcClient db, SettingQueries settings, PlaceCaches caches, org.strands.platform.AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.settings = settings;
        this.caches = caches;
    }

    public List<SmallArea> smallAreas(Area area, SmallAreaFilter filter) {
        return caches.smallAreas.get(new PlaceCaches.Key(area.id(), area.districtCodes(), filter), key -> querySmallAreas(area, filter));
    }

    private List<SmallArea> querySmallAreas(Area area, SmallAreaFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select s.code, s.name, s.ward_code, s.ward_name as ward, s.lad_code as district_code, s.lad_name as district,
                       l.id as locality_id, l.name as locality, s.imd_decile, s.imd_score,
                       s.children_0_15 as children0to15, s.share_0_4, s.share_5_10, s.share_11_15
                from ref_small_area_profile s
                left join locality_ward lw on lw.area_id = :area and lw.ward_code = s.ward_code
                left join locality l on l.id = lw.locality_id
                where s.lad_code = any(string_to_array(:districts, ','))""");
        List<String> conditions = new ArrayList<>();
        if (has(filter.district())) {
            conditions.add("s.lad_code = :district");
        }
        if (has(filter.ward())) {
            conditions.add("s.ward_code = :ward");
        }
        if (filter.locality() != null) {
            conditions.add("l.id = :locality");
        }
        if (filter.decile() != null) {
            conditions.add("s.imd_decile = :decile");
        }
        if (has(filter.search())) {
            conditions.add("(s.name ilike :search or s.code ilike :search or s.ward_name ilike :search)");
        }
        conditions.forEach(c -> sql.append(" and ").append(c));
        sql.append(" order by s.code");
        return db.sql(sql.toString())
                .param("area", area.id())
                .param("districts", String.join(",", area.districtCodes()))
                .param("district", filter.district())
                .param("ward", filter.ward())
                .param("locality", filter.locality())
                .param("decile", filter.decile())
                .param("search", has(filter.search()) ? "%" + filter.search().strip() + "%" : null)
                .query(AreaPlaces::smallArea).list();
    }

    /** Mapped by hand: an area can have tens of thousands of small areas, and reflection costs more than the query. */
    private static SmallArea smallArea(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long localityId = rs.getLong("locality_id");
        Long locality = rs.wasNull() ? null : localityId;
        int decile = rs.getInt("imd_decile");
        Integer imdDecile = rs.wasNull() ? null : decile;
        int children = rs.getInt("children0to15");
        Integer children0to15 = rs.wasNull() ? null : children;
        return new SmallArea(rs.getString("code"), rs.getString("name"), rs.getString("ward_code"), rs.getString("ward"),
                rs.getString("district_code"), rs.getString("district"), locality, rs.getString("locality"), imdDecile,
                rs.getBigDecimal("imd_score"), children0to15, ageShares(rs));
    }

    private static AgeShares ageShares(java.sql.ResultSet rs) throws java.sql.SQLException {
        double under5 = rs.getDouble("share_0_4");
        return rs.wasNull() ? null : new AgeShares(under5, rs.getDouble("share_5_10"), rs.getDouble("share_11_15"));
    }

    public List<Setting> settings(Area area, SettingFilter filter) {
        return caches.settings.get(new PlaceCaches.Key(area.id(), area.districtCodes(), filter), key -> settings.of(area, filter));
    }

    /** One setting of the area by its ref (a URN, or v and a venue id); 404 if it is not the area's. */
    public Setting setting(Area area, String ref) {
        Optional<Setting> found = settings.one(area, ref);
        Setting setting = found.orElseThrow(() -> new NotFound("There is no setting " + ref + " in " + area.name() + "."));
        audit.recordRead(area.id(), "setting", ref);
        return setting;
    }

    /** Children identified with SLCN in the local authorities the area is in. */
    public IdentifiedSlcn identifiedSlcn(Area area) {
        return db.sql("with " + SettingQueries.AREA_AUTHORITIES + """
                select string_agg(e.la_name, ', ' order by e.la_name) as authorities, sum(e.slcn_plans)::int as slcn_plans,
                       sum(e.ehc_plans)::int as ehc_plans,
                       (select sum(p.pupils)::int from ref_slcn_pupils p where p.la_code in (select code from area_utla)) as slcn_pupils
                from ref_ehcp_slcn e where e.la_code in (select code from area_utla)""")
                .param("districts", String.join(",", area.districtCodes())).query(IdentifiedSlcn.class).single();
    }

    public AreaGlance glance(Area area) {
        List<SmallArea> smallAreas = smallAreas(area, SmallAreaFilter.NONE);
        List<AreaGlance.DecileBand> deciles = new ArrayList<>();
        for (int decile = 1; decile <= 10; decile++) {
            int d = decile;
            List<SmallArea> inDecile = smallAreas.stream().filter(s -> s.imdDecile() != null && s.imdDecile() == d).toList();
            deciles.add(new AreaGlance.DecileBand(decile, inDecile.size(), inDecile.stream().mapToLong(AreaPlaces::children).sum()));
        }
        List<Setting> all = settings(area, SettingFilter.NONE);
        List<AreaGlance.PhaseCount> phases = all.stream().map(Setting::phase).distinct().sorted()
                .map(phase -> new AreaGlance.PhaseCount(phase,
                        (int) all.stream().filter(s -> s.phase().equals(phase)).count(),
                        all.stream().filter(s -> s.phase().equals(phase)).mapToLong(s -> s.pupils() == null ? 0 : s.pupils()).sum()))
                .toList();
        int localities = db.sql("select count(*) from locality where area_id = ?").param(area.id()).query(Integer.class).single();
        return new AreaGlance(smallAreas.stream().mapToLong(AreaPlaces::children).sum(), smallAreas.size(),
                (int) smallAreas.stream().map(SmallArea::wardCode).distinct().count(), localities, all.size(), deciles, phases);
    }

    /** The median recorded pupils of England's open establishments of one GIAS type and phase, and how many had a number. */
    public record TypicalPupils(String type, String phase, int median, int establishments) {
    }

    /** England's open establishments that record pupils, by GIAS type and phase: the median and how many. */
    public List<TypicalPupils> typicalPupilsInEngland() {
        return db.sql("""
                select type, phase, percentile_disc(0.5) within group (order by pupils) as median, count(*)::int as establishments
                from ref_establishment where pupils > 0 group by type, phase""")
                .query(TypicalPupils.class).list();
    }

    private static long children(SmallArea s) {
        return s.children0to15() == null ? 0 : s.children0to15();
    }

    static boolean has(String text) {
        return text != null && !text.isBlank();
    }
}
