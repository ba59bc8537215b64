package org.strands.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.DataTest;

/** Every text column of the modules' tables has its length limit in the schema, and the limit holds. */
@DataTest
class TextLimitsInTheSchemaIntegrationTests {

    /** Tables whose text is bounded elsewhere: the audit log, jobs written from uploads, and libraries' own tables. */
    static final List<String> LEFT_OUT = List.of("audit_event", "job", "job_error", "job_file", "scheduled_tasks",
            "event_publication", "spring_session", "spring_session_attributes", "flyway_schema_history");

    @Autowired
    JdbcClient db;

    @Test
    void everyTextColumnOfTheModulesTablesHasALengthLimit() {
        List<String> unbounded = db.sql("""
                select c.table_name || '.' || c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and c.data_type in ('text', 'character varying') and c.table_name <> all (?::text[])
                  and not exists (select 1 from pg_constraint k where k.contype = 'c' and k.convalidated
                      and k.conrelid = c.table_name::regclass and k.conname = c.table_name || '_' || c.column_name || '_length')
                order by 1""").param(LEFT_OUT.toArray(String[]::new)).query(String.class).list();
        assertThat(unbounded).as("text columns without a <table>_<column>_length CHECK").isEmpty();
    }

    @Test
    void theDatabaseRefusesANameLongerThanTwoHundredCharacters() {
        long area = db.sql("select id from area where slug = 'stockport'").query(Long.class).single();
        assertThatThrownBy(() -> db.sql("insert into partner (area_id, name, type) values (?, ?, 'OTHER')")
                .params(area, "p".repeat(201)).update()).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("partner_name_length");
    }
}
