package org.strands.place;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;

/**
 * Schools and settings of an area: GIAS establishments whose authority maps to one of the area's
 * upper-tier authorities and whose small area lies in the area (or that have none), and the area's venues.
 */
@Component
class SettingQueries {

    /** The upper-tier authorities of an area's districts (a unitary authority is its own), as {@code area_utla}. */
    static final String AREA_AUTHORITIES = """
            area_utla as (select distinct coalesce(a.utla_code, d.code) as code from unnest(string_to_array(:districts, ',')) as d(code)
                          left join ref_authority a on a.ltla_code = d.code)
            """;

    private static final String SETTINGS = """
            with area_lsoa as (select code, ward_code, ward_name from ref_small_area where lad_code = any(string_to_array(:districts, ','))),
            """ + AREA_AUTHORITIES + """
            select * from (
              select e.urn::text as ref, e.urn, e.name, e.type, e.type_group, e.phase, e.pupils, e.fsm_percent,
                     e.lsoa_code as lsoa, s.ward_code, s.ward_name as ward, dep.imd_decile, e.latitude, e.longitude, e.postcode, e.town
              from ref_establishment e
              join ref_gias_authority g on g.la_code = e.la_code and g.utla_code in (select code from area_utla)
              left join area_lsoa s on s.code = e.lsoa_code
              left join ref_deprivation dep on dep.lsoa_code = e.lsoa_code
              where s.code is not null or e.lsoa_code is null
                 or not exists (select 1 from ref_small_area x where x.code = e.lsoa_code)
              union all
              select 'v' || v.id, null, v.name, v.kind, 'Venue', 'Not applicable', null, null,
                     v.lsoa_code, s.ward_code, s.ward_name, dep.imd_decile, v.latitude, v.longitude, v.postcode, null
              from venue v
              left join area_lsoa s on s.code = v.lsoa_code
              left join ref_deprivation dep on dep.lsoa_code = v.lsoa_code
              where v.area_id = :area
            ) settings
            """;

    private final JdbcClient db;

    SettingQueries(JdbcClient db) {
        this.db = db;
    }

    List<Setting> of(Area area, AreaPlaces.SettingFilter filter) {
        StringBuilder sql = new StringBuilder(SETTINGS).append(" where true");
        if (AreaPlaces.has(filter.phase())) {
            sql.append(" and phase = :phase");
        }
        if (AreaPlaces.has(filter.typeGroup())) {
            sql.append(" and type_group = :typeGroup");
        }
        if (AreaPlaces.has(filter.search())) {
            sql.append(" and (name ilike :search or ref = :exact or postcode ilike :search or town ilike :search)");
        }
        sql.append(" order by name, ref");
        return db.sql(sql.toString())
                .param("districts", String.join(",", area.districtCodes()))
                .param("area", area.id())
                .param("phase", filter.phase())
                .param("typeGroup", filter.typeGroup())
                .param("search", AreaPlaces.has(filter.search()) ? "%" + filter.search().strip() + "%" : null)
                .param("exact", filter.search() == null ? null : filter.search().strip())
                .query(Setting.class).list().stream().map(SettingQueries::labelled).toList();
    }

    Optional<Setting> one(Area area, String ref) {
        return db.sql(SETTINGS + " where ref = :ref")
                .param("districts", String.join(",", area.districtCodes()))
                .param("area", area.id())
                .param("ref", ref)
                .query(Setting.class).optional().map(SettingQueries::labelled);
    }

    /** A venue's type is stored as its kind's code and shown as its label. */
    private static Setting labelled(Setting s) {
        return !s.venue() ? s : new Setting(s.ref(), s.urn(), s.name(), VenueKind.valueOf(s.type()).label(), s.typeGroup(),
                s.phase(), s.pupils(), s.fsmPercent(), s.lsoa(), s.wardCode(), s.ward(), s.imdDecile(), s.latitude(), s.longitude(),
                s.postcode(), s.town());
    }
}
