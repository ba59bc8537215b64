package org.strands.accreditation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;

/** A setting's evidence for its self-evaluation. */
@Service
public class Evidence {

    private final JdbcClient db;

    Evidence(JdbcClient db) {
        this.db = db;
    }

    /** The journey's evidence, oldest first, without file contents. */
    public List<EvidenceItem> of(Area area, long enrolmentId) {
        return db.sql("""
                select id, criterion_code, kind, title, link, note, file_name, content_type, size_bytes, added_by, added_at
                from accreditation_evidence where area_id = :area and enrolment_id = :id order by added_at, id""")
                .param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new EvidenceItem(rs.getLong("id"), rs.getString("criterion_code"), EvidenceItem.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("link"), rs.getString("note"), rs.getString("file_name"), rs.getString("content_type"),
                        (Long) rs.getObject("size_bytes"), rs.getString("added_by"), rs.getObject("added_at", java.time.OffsetDateTime.class)))
                .list();
    }
}
