package org.strands.directory.imports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;

/**
 * Writes an imported service as the area's entry: added the first time, found again by the feed's id after that and
 * updated with what the feed says (its name, description, contacts, ages, cost, terms and places), keeping what the
 * area has added (owner, review date, who can see it, worries, how to get it).
 */
@Component
class ImportedEntries {

    private final JdbcClient db;

    ImportedEntries(JdbcClient db) {
        this.db = db;
    }

    /** Whether it was added (not there before). */
    boolean write(Area area, ImportedService s, LocalDate review, String by) {
        record Written(UUID id, boolean added) {
        }
        Written written = db.sql("""
                insert into directory_entry (id, area_id, kind, source, source_ref, name, summary, who_for, open_access, cost, url, email, phone,
                    organisation, age_from, age_to, outcomes, owner, review_on, status, updated_by)
                values (:id, :area, 'SERVICE', 'IMPORT', :ref, :name, :summary, :whoFor, :open, :cost, :url, :email, :phone, :organisation,
                    :from, :to, :outcomes, null, :review, 'PUBLISHED', :by)
                on conflict (area_id, source_ref) where source = 'IMPORT' do update set kind = 'SERVICE', name = excluded.name,
                    summary = excluded.summary, who_for = excluded.who_for, open_access = excluded.open_access, cost = excluded.cost,
                    url = excluded.url, email = excluded.email, phone = excluded.phone, organisation = excluded.organisation,
                    age_from = excluded.age_from, age_to = excluded.age_to, outcomes = excluded.outcomes, updated_at = now(),
                    updated_by = excluded.updated_by
                returning id, (xmax = 0) as added""")
                .param("id", DirectoryImport.idOf(area, s.ref())).param("area", area.id()).param("ref", s.ref()).param("name", s.name())
                .param("summary", s.summary()).param("whoFor", s.whoFor()).param("open", s.openAccess()).param("cost", s.cost())
                .param("url", s.url()).param("email", s.email()).param("phone", s.phone()).param("organisation", s.organisation())
                .param("from", s.ageFrom()).param("to", s.ageTo()).param("outcomes", s.outcomes().toArray(String[]::new))
                .param("review", review).param("by", by)
                .query((rs, n) -> new Written(rs.getObject("id", UUID.class), rs.getBoolean("added"))).single();
        db.sql("delete from directory_location where entry_id = ? and area_id = ?").params(written.id(), area.id()).update();
        int n = 0;
        for (ImportedService.Place p : s.places()) {
            db.sql("""
                    insert into directory_location (id, area_id, entry_id, name, address, postcode, latitude, longitude)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.nameUUIDFromBytes((written.id() + "/import/" + (++n)).getBytes(StandardCharsets.UTF_8)), area.id(), written.id(),
                            p.name(), p.address(), p.postcode(), p.latitude(), p.longitude())
                    .update();
        }
        return written.added();
    }
}
