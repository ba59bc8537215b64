package org.strands.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strands.platform.InvalidInput;
import org.strands.platform.TextLimits;

/** Areas' own descriptor sets, stored in the database. */
@Repository
class DescriptorSets {

    record Stored(DescriptorSet set, Map<String, String> wording) {
    }

    private final JdbcClient db;

    DescriptorSets(JdbcClient db) {
        this.db = db;
    }

    List<DescriptorSet> of(long areaId) {
        return db.sql("select code, name, discipline, false as shipped from descriptor_set where area_id = ? order by name")
                .param(areaId).query(DescriptorSet.class).list();
    }

    Optional<Stored> find(long areaId, String code) {
        return db.sql("select id, code, name, discipline from descriptor_set where area_id = ? and code = ?")
                .params(areaId, code).query((rs, n) -> {
                    long id = rs.getLong("id");
                    DescriptorSet set = new DescriptorSet(rs.getString("code"), rs.getString("name"), rs.getString("discipline"), false);
                    return new Stored(set, wording(id));
                }).optional();
    }

    DescriptorSet save(long areaId, String code, String name, String discipline, Map<String, String> wording, String by) {
        if (code == null || code.length() > TextLimits.NAME || !code.matches("^[a-z0-9]+(-[a-z0-9]+)*$") || FrameworkCatalogue.SHIPPED_SET.equals(code)) {
            throw InvalidInput.of("code", "Enter a short code of lower-case letters and digits, such as \"ot\" or \"slcn-licensed\" (not \"slcn\").");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInput.of("name", "Enter a name for the descriptor set.");
        }
        if (name.strip().length() > TextLimits.NAME) {
            throw InvalidInput.of("name", "The name must be " + TextLimits.NAME + " characters or fewer.");
        }
        if (discipline != null && discipline.strip().length() > TextLimits.NAME) {
            throw InvalidInput.of("discipline", "The discipline must be " + TextLimits.NAME + " characters or fewer.");
        }
        String disc = discipline == null || discipline.isBlank() ? name : discipline.strip();
        long id = db.sql("""
                insert into descriptor_set (area_id, code, name, discipline, loaded_by) values (?, ?, ?, ?, ?)
                on conflict (area_id, code) do update set name = excluded.name, discipline = excluded.discipline,
                  loaded_by = excluded.loaded_by, loaded_at = now()
                returning id""").params(areaId, code, name.strip(), disc, by).query(Long.class).single();
        db.sql("delete from descriptor where descriptor_set_id = ?").param(id).update();
        wording.forEach((outcome, text) -> db.sql("insert into descriptor (descriptor_set_id, outcome_code, text) values (?, ?, ?)")
                .params(id, outcome, text).update());
        return new DescriptorSet(code, name.strip(), disc, false);
    }

    private Map<String, String> wording(long setId) {
        record Row(String outcomeCode, String text) {
        }
        return db.sql("select outcome_code, text from descriptor where descriptor_set_id = ?").param(setId)
                .query(Row.class).list().stream().collect(Collectors.toMap(Row::outcomeCode, Row::text));
    }
}
