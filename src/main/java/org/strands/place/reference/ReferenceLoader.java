package org.strands.place.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Uploads;

/**
 * Stores a checked reference file: COPY into a staging table, then one statement that inserts or updates
 * every row and one that removes rows the new file no longer has. One transaction: all or nothing.
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
     * Checks a file before it is queued (no NUL character, not too many rows) and counts the rows the dataset would
     * keep from it, or -1 when that can only be told by loading it.
     */
    public long rowsOf(ReferenceDataset dataset, byte[] content) {
        return ReferenceFile.count(dataset, content, uploads);
    }

    /** Reads, checks and stores the file; returns the number of rows stored. */
    @Transactional
    public int load(ReferenceDataset dataset, InputStream file, String fileName, String loadedBy) {
        List<Object[]> rows = ReferenceFile.read(dataset, file);
        db.sql("select 1 from pg_advisory_xact_lock(?)").param(LOAD_LOCK).query(Integer.class).single(); // one load at a time
        String targets = dataset.columns().stream().map(Column::target).collect(Collectors.joining(", "));
        String key = dataset.key().stream().map(Column::target).collect(Collectors.joining(", "));
        String sameKey = dataset.key().stream().map(c -> "s." + c.target() + " = t." + c.target()).collect(Collectors.joining(" and "));
        db.sql("create temporary table staging (like " + dataset.table() + " including defaults) on commit drop").update();
        copy("copy staging (" + targets + ") from stdin", rows);
        String updates = dataset.columns().stream().skip(dataset.key().size()).map(c -> c.target() + " = excluded." + c.target())
                .collect(Collectors.joining(", "));
        db.sql("insert into " + dataset.table() + " (" + targets + ") select " + targets + " from staging "
                + "on conflict (" + key + ") do update set " + updates).update();
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
                .params(dataset.slug(), rows.size(), fileName, loadedBy).update();
        return rows.size();
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

    private void copy(String sql, List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text.append(row[i] == null ? "\\N" : escape(row[i].toString()));
            }
            text.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Copying reference rows failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
