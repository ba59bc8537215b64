package org.strands.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Reads job rows. */
final class JobRows {

    static final String COLUMNS = "id, area_id, kind, status, progress, message, result, result_page, attempts, created_by, created_at, updated_at";

    static final String SELECT = "select " + COLUMNS + " from job";

    private JobRows() {
    }

    static Job map(ResultSet rs, int row) throws SQLException {
        long area = rs.getLong("area_id");
        boolean national = rs.wasNull();
        return new Job(rs.getObject("id", UUID.class), national ? null : area, rs.getString("kind"),
                Job.Status.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getString("message"), rs.getString("result"),
                rs.getString("result_page"), rs.getInt("attempts"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
