package org.strands.place;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/**
 * Creates an area from local authority codes: an upper-tier code (a county) expands to its districts, a
 * district or unitary code stands for itself, an unknown code is refused. Each ward gets a locality.
 */
@Service
public class AreaSetup {

    private final AreaRegistry areas;
    private final Localities localities;
    private final JdbcClient db;

    AreaSetup(AreaRegistry areas, Localities localities, JdbcClient db) {
        this.areas = areas;
        this.localities = localities;
        this.db = db;
    }

    @Transactional
    public Area create(String slug, String name, List<String> laCodes) {
        List<RowError> errors = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        Set<String> districts = new LinkedHashSet<>();
        if (laCodes == null || laCodes.isEmpty()) {
            errors.add(new RowError(0, "laCodes", "Enter at least one local authority code, such as E08000007."));
        } else {
            for (int i = 0; i < laCodes.size(); i++) {
                String code = laCodes.get(i) == null ? "" : laCodes.get(i).strip().toUpperCase(Locale.ROOT);
                List<String> covered = districtsOf(code);
                if (covered.isEmpty()) {
                    errors.add(new RowError(0, "laCodes", "\"" + code + "\" is not a local authority code in the loaded reference data."));
                } else {
                    given.add(code);
                    districts.addAll(covered);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The area was not created.", errors);
        }
        Area area = areas.create(slug, name, List.copyOf(given), List.copyOf(districts));
        localities.addMissingWards(area);
        return area;
    }

    private List<String> districtsOf(String code) {
        List<String> lower = db.sql("select ltla_code from ref_authority where utla_code = ? order by ltla_code")
                .param(code).query(String.class).list();
        if (!lower.isEmpty()) {
            return lower;
        }
        boolean known = db.sql("""
                select exists (select 1 from ref_authority where ltla_code = :code)
                    or exists (select 1 from ref_small_area where lad_code = :code)""")
                .param("code", code).query(Boolean.class).single();
        return known ? List.of(code) : List.of();
    }
}
