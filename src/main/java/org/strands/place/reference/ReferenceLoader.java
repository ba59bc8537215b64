package org.strands.place.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.RowErrors;
import org.strands.platform.Uploads;

/**
 * Stores a checked reference file: COPY into a staging table as it is read, then one statement that inserts or
 * updates every row and one that removes rows the new file no longer has. One transaction: all or nothing.
 */
@Component
public class ReferenceLoader {

    /** Reference loads rebuild shared derived tables, so they take turns. */
    private static final long LOAD_LOCK = 0x5354_5241_4e44L;

    /** The datasets each derived table is built from: a load rebuilds only the tables it feeds. */
    private static final Set<ReferenceDataset> FEED_GIAS_AUTHORITIES = EnumSet.of(ReferenceDataset.GIAS,
            ReferenceDataset.LSOA_WARD_LAD, ReferenceDataset.LTLA_UTLA);
    private static final Set<ReferenceDataset> FEED_SMALL_AREA_PROFILES = EnumSet.of(ReferenceDataset.LSOA_WARD_LAD,
            ReferenceDataset.IMD2025, ReferenceDataset.CENSUS2021_AGE, ReferenceDataset.MID2020_AGES, ReferenceDataset.LSOA11_LSOA21);

    private final JdbcClient db;
    private final DataSource dataSource;
    private final Uploads uploads;

    ReferenceLoader(JdbcClient db, DataSource dataSource, Uploads uploads) {
        this.db = db;
        this.dataSource = dataSource;
        this.uploads = uploads;
    }

    /**
     * Checks a file before it is queued (no NUL character, not unpacking too far, not too many rows) and counts the rows
     * the dataset would keep from it, or -1 when that can only be told by loading it. A file may be gzip-compressed.
     */
    public long rowsOf(ReferenceDataset dataset, byte[] content) {
        try (InputStream text = uploads.unpacked(new ByteArrayInputStream(content))) {
            return ReferenceFile.count(dataset, text, row -> uploads.checkRow(row, dataset.maxRows(uploads)));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Reads, checks and stores the file (gzip-compressed or not) as a stream; returns the number of rows stored.
     * Rows are copied into the staging table as they are read, so no more than a buffer of them is held at once;
     * any mistake, a repeated key included, rolls the whole load back.
     */
    @Transactional
    public int load(ReferenceDataset dataset, InputStream file, String fileName, String loadedBy) {
        db.sql("select 1 from pg_advisory_xact_lock(?)").param(LOAD_LOCK).query(Integer.class).single(); // one load at a time
        String targets = dataset.columns().stream().map(Column::target).collect(Collectors.joining(", "));
        String key = dataset.key().stream().map(Column::target).collect(Collectors.joining(", "));
        String sameKey = dataset.key().stream().map(c -> "s." + c.target() + " = t." + c.target()).collect(Collectors.joining(" and "));
        db.sql("create temporary table staging (like " + dataset.table() + " including defaults) on commit drop").update();
        db.sql("alter table staging add column source_row bigint").update();
        RowErrors errors = new RowErrors();
        long rows = copy(dataset, "copy staging (" + targets + ", source_row) from stdin", file, errors);
        repeatedKeys(dataset, errors);
        if (!errors.isEmpty()) {
            throw ReferenceFile.rejected(dataset, errors);
        }
        db.sql("analyze staging").update();
        String updates = dataset.columns().stream().skip(dataset.key().size()).map(c -> c.target() + " = excluded." + c.target())
                .collect(Collectors.joining(", "));
        String values = dataset.columns().stream().skip(dataset.key().size()).map(Column::target).collect(Collectors.joining(", "));
        // a row that has not changed is not written again: re-loading the same 2.7 million postcodes rewrites none
        db.sql("insert into " + dataset.table() + " as t (" + targets + ") select " + targets + " from staging "
                + "on conflict (" + key + ") do update set " + updates + " where row(" + prefixed("t.", values) + ") is distinct from row("
                + prefixed("excluded.", values) + ")").update();
        db.sql("delete from " + dataset.table() + " t where not exists (select 1 from staging s where " + sameKey + ")").update();
        if (FEED_GIAS_AUTHORITIES.contains(dataset)) {
            rebuildGiasAuthorities();
        }
        if (FEED_SMALL_AREA_PROFILES.contains(dataset)) {
            rebuildSmallAreaProfiles();
        }
        db.sql("""
                insert into ref_load (dataset, rows, file_name, loaded_by) values (?, ?, ?, ?)
                on conflict (dataset) do update set rows = excluded.rows, file_name = excluded.file_name,
                  loaded_by = excluded.loaded_by, loaded_at = now()""")
                .params(dataset.slug(), rows, fileName, loadedBy).update();
        return Math.toIntExact(rows);
    }

    private static String prefixed(String prefix, String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> prefix + c).collect(Collectors.joining(", "));
    }

    /** Every row whose key an earlier row already has, named with the row that had it first. */
    private void repeatedKeys(ReferenceDataset dataset, RowErrors errors) {
        String key = dataset.key().stream().map(Column::target).collect(Collectors.joining(", "));
        String named = dataset.key().stream().map(c -> c.target() + "::text").collect(Collectors.joining(" || ' and ' || "));
        // grouped first (a hash over every row), then only the repeated keys are sorted to name their rows
        db.sql("with repeated as (select " + key + " from staging group by " + key + " having count(*) > 1) "
                + "select source_row, first_row, named from (select source_row, " + named + " as named, "
                + "min(source_row) over (partition by " + key + ") as first_row from staging "
                + "where (" + key + ") in (select " + key + " from repeated)) r "
                + "where source_row <> first_row order by source_row")
                .query(rs -> {
                    errors.add(rs.getLong("source_row"), dataset.key().getLast().header(),
                            rs.getString("named") + " appears again (first on row " + rs.getLong("first_row") + ").");
                });
    }

    /** Whether a dataset has ever been loaded. */
    public boolean loaded(ReferenceDataset dataset) {
        return db.sql("select count(*) from ref_load where dataset = ?").param(dataset.slug()).query(Integer.class).single() > 0;
    }

    /** Maps each GIAS authority to the upper-tier authority most of its establishments' small areas lie in. */
    private void rebuildGiasAuthorities() {
        db.sql("delete from ref_gias_authority").update();
        db.sql("""
                insert into ref_gias_authority (la_code, utla_code)
                select e.la_code, mode() within group (order by coalesce(a.utla_code, s.lad_code))
                from ref_establishment e
                join ref_small_area s on s.code = e.lsoa_code
                left join ref_authority a on a.ltla_code = s.lad_code
                group by e.la_code""").update();
    }

    /**
     * Each 2021 small area's shares of children aged 0 to 4, 5 to 10 and 11 to 15, from the mid-2020 single-year
     * estimates for 2011 small areas: a 2011 area split into several 2021 areas is shared evenly between them, and
     * 2011 areas merged into one are added up. Shares, not counts, so that bands always add up to the Census 2021
     * children of the small area.
     */
    private static final String AGE_SHARES = """
            with parts as (
              select l.lsoa21_code as code,
                     (p.age_0 + p.age_1 + p.age_2 + p.age_3 + p.age_4)::numeric / count(*) over (partition by l.lsoa11_code) as under5,
                     (p.age_5 + p.age_6 + p.age_7 + p.age_8 + p.age_9 + p.age_10)::numeric / count(*) over (partition by l.lsoa11_code) as age5to10,
                     (p.age_11 + p.age_12 + p.age_13 + p.age_14 + p.age_15)::numeric / count(*) over (partition by l.lsoa11_code) as age11to15
              from ref_lsoa11_lsoa21 l join ref_population_2020 p on p.lsoa11_code = l.lsoa11_code),
            bands as (select code, sum(under5) as under5, sum(age5to10) as age5to10, sum(age11to15) as age11to15 from parts group by code)
            update ref_small_area_profile s
            set share_0_4 = b.under5 / (b.under5 + b.age5to10 + b.age11to15),
                share_5_10 = b.age5to10 / (b.under5 + b.age5to10 + b.age11to15),
                share_11_15 = b.age11to15 / (b.under5 + b.age5to10 + b.age11to15)
            from bands b where b.code = s.code and b.under5 + b.age5to10 + b.age11to15 > 0""";

    /** One row per small area with its deprivation and children, for fast area queries. */
    private void rebuildSmallAreaProfiles() {
        db.sql("delete from ref_small_area_profile").update();
        db.sql("""
                insert into ref_small_area_profile
                    (code, name, ward_code, ward_name, lad_code, imd_decile, imd_score, children_0_15, lad_name)
                select s.code, s.name, s.ward_code, s.ward_name, s.lad_code, d.imd_decile, d.imd_score, p.children_0_15,
                       s.lad_name
                from ref_small_area s
                left join ref_deprivation d on d.lsoa_code = s.code
                left join ref_population p on p.lsoa_code = s.code""").update();
        db.sql(AGE_SHARES).update();
        db.sql("analyze ref_small_area_profile").update();
    }

    /** Copies the rows of the file into the staging table as they are read; returns how many were read. */
    private long copy(ReferenceDataset dataset, String sql, InputStream file, RowErrors errors) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (InputStream text = uploads.unpacked(file);
             Writer out = new BufferedWriter(new OutputStreamWriter(
                     new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 256 * 1024), StandardCharsets.UTF_8), 64 * 1024)) {
            return ReferenceFile.read(dataset, text, row -> uploads.checkRow(row, dataset.maxRows(uploads)), (row, number) -> {
                try {
                    for (Object value : row) {
                        out.write(value == null ? "\\N" : escape(value.toString()));
                        out.write('\t');
                    }
                    out.write(Long.toString(number));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, errors);
        } catch (SQLException e) {
            throw new IllegalStateException("Copying reference rows failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw ReferenceFile.rejected(dataset, List.of(new org.strands.platform.RowError(0, "file",
                    "The file could not be read: " + e.getMessage())));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
