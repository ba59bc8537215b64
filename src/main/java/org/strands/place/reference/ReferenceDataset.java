package org.strands.place.reference;

import static org.strands.place.reference.Column.optional;
import static org.strands.place.reference.Column.required;
import static org.strands.place.reference.ColumnType.DECILE;
import static org.strands.place.reference.ColumnType.DECIMAL;
import static org.strands.place.reference.ColumnType.DISTRICT;
import static org.strands.place.reference.ColumnType.GRID_METRES;
import static org.strands.place.reference.ColumnType.GSS_CODE;
import static org.strands.place.reference.ColumnType.INTEGER;
import static org.strands.place.reference.ColumnType.LATITUDE;
import static org.strands.place.reference.ColumnType.LONGITUDE;
import static org.strands.place.reference.ColumnType.PERCENT;
import static org.strands.place.reference.ColumnType.POSTCODE;
import static org.strands.place.reference.ColumnType.SMALL_AREA;
import static org.strands.place.reference.ColumnType.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The national files a system administrator loads, in the formats described in shared/data/README.md.
 * Each fills one table, keyed by its first column (or first two); re-loading a file replaces that table's rows. A file holding
 * several breakdowns keeps only the rows its dataset names.
 */
public enum ReferenceDataset {

    IMD2025("imd2025", "English Indices of Deprivation 2025 by small area", "ref_deprivation", List.of(
            required("lsoa21_code", "lsoa_code", GSS_CODE),
            required("IMD_decile", "imd_decile", DECILE),
            required("IMD_rank", "imd_rank", INTEGER),
            required("IMD_score", "imd_score", DECIMAL))),

    CENSUS2021_AGE("census2021-age", "Census 2021 residents by age band and small area", "ref_population", List.of(
            required("lsoa21_code", "lsoa_code", GSS_CODE),
            required("lsoa21_name", "name", TEXT),
            required("Aged 15 years and under", "children_0_15", INTEGER),
            required("total", "residents", INTEGER))),

    GIAS("gias", "Schools and settings from Get Information About Schools", "ref_establishment", List.of(
            required("urn", "urn", INTEGER),
            required("la_code", "la_code", TEXT),
            required("la_name", "la_name", TEXT),
            required("establishment_name", "name", TEXT),
            required("establishment_type", "type", TEXT),
            required("establishment_type_group", "type_group", TEXT),
            required("education_phase", "phase", TEXT),
            optional("number_of_pupils", "pupils", INTEGER),
            optional("percentage_fsm", "fsm_percent", PERCENT),
            optional("lsoa_code", "lsoa_code", SMALL_AREA),
            optional("latitude", "latitude", LATITUDE),
            optional("longitude", "longitude", LONGITUDE),
            optional("postcode", "postcode", TEXT),
            optional("town", "town", TEXT))),

    LSOA_WARD_LAD("lsoa-ward-lad", "Small areas to wards and districts", "ref_small_area", List.of(
            required("lsoa21_code", "code", GSS_CODE),
            required("lsoa21_name", "name", TEXT),
            required("ward24_code", "ward_code", GSS_CODE),
            required("ward24_name", "ward_name", TEXT),
            required("ltla24_code", "lad_code", GSS_CODE),
            required("ltla24_name", "lad_name", TEXT))),

    LTLA_UTLA("ltla-utla", "Lower-tier to upper-tier local authorities", "ref_authority", List.of(
            required("ltla23_code", "ltla_code", GSS_CODE),
            required("ltla23_name", "ltla_name", TEXT),
            required("utla23_code", "utla_code", GSS_CODE),
            required("utla23_name", "utla_name", TEXT))),

    EHCP_SLCN("ehcp-slcn", "EHC plans by primary need and local authority (DfE)", "ref_ehcp_slcn", List.of(
            required("new_la_code", "la_code", GSS_CODE),
            required("la_name", "la_name", TEXT),
            required("ehc_plans", "ehc_plans", INTEGER),
            required("number_slcn", "slcn_plans", INTEGER)),
            Rows.where("geographic_level", "Local authority").and("breakdown_topic", "All EHC plans")),

    SLCN_PUPILS("slcn-pupils", "Pupils with SLCN as primary need by local authority, 2021/22 (DfE, via BBC)", "ref_slcn_pupils", List.of(
            required("new_la_code", "la_code", GSS_CODE),
            required("la_name", "la_name", TEXT),
            required("number_of_pupils", "pupils", INTEGER)),
            Rows.where("year_group", "nc_early_years").andNot("202122", "NA")),

    MID2020_AGES("mid2020-ages", "Mid-2020 population by single year of age and 2011 small area (ONS)", "ref_population_2020", List.of(
            required("lsoa11_code", "lsoa11_code", GSS_CODE),
            required("0", "age_0", INTEGER),
            required("1", "age_1", INTEGER),
            required("2", "age_2", INTEGER),
            required("3", "age_3", INTEGER),
            required("4", "age_4", INTEGER),
            required("5", "age_5", INTEGER),
            required("6", "age_6", INTEGER),
            required("7", "age_7", INTEGER),
            required("8", "age_8", INTEGER),
            required("9", "age_9", INTEGER),
            required("10", "age_10", INTEGER),
            required("11", "age_11", INTEGER),
            required("12", "age_12", INTEGER),
            required("13", "age_13", INTEGER),
            required("14", "age_14", INTEGER),
            required("15", "age_15", INTEGER))),

    LSOA11_LSOA21("lsoa11-lsoa21", "2011 small areas to 2021 small areas (ONS)", "ref_lsoa11_lsoa21", List.of(
            required("lsoa11_code", "lsoa11_code", GSS_CODE),
            required("lsoa21_code", "lsoa21_code", GSS_CODE),
            required("change_code", "change_code", TEXT)), Rows.ALL, 2),

    /**
     * The ONS Postcode Directory: every UK postcode, live and terminated. A postcode without a grid reference (Channel
     * Islands, Isle of Man, a few others) is kept without one. Far longer than any other upload, so it has a bound of its own: 4 million rows (2.72 million in November 2025).
     */
    POSTCODES("postcodes", "UK postcodes with grid references (ONS Postcode Directory)", "ref_postcode", List.of(
            required("pcd", "postcode", POSTCODE),
            optional("laua", "lad_code", DISTRICT),
            optional("oseast1m", "easting", GRID_METRES),
            optional("osnrth1m", "northing", GRID_METRES)), Rows.ALL, 1, 4_000_000);

    private final String slug;
    private final String label;
    private final String table;
    private final List<Column> columns;
    private final Rows rows;
    private final int keyWidth;
    private final int maxRows;

    ReferenceDataset(String slug, String label, String table, List<Column> columns) {
        this(slug, label, table, columns, Rows.ALL);
    }

    ReferenceDataset(String slug, String label, String table, List<Column> columns, Rows rows) {
        this(slug, label, table, columns, rows, 1);
    }

    ReferenceDataset(String slug, String label, String table, List<Column> columns, Rows rows, int keyWidth) {
        this(slug, label, table, columns, rows, keyWidth, 0);
    }

    ReferenceDataset(String slug, String label, String table, List<Column> columns, Rows rows, int keyWidth, int maxRows) {
        this.maxRows = maxRows;
        this.keyWidth = keyWidth;
        this.slug = slug;
        this.label = label;
        this.table = table;
        this.columns = columns;
        this.rows = rows;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    String table() {
        return table;
    }

    List<Column> columns() {
        return columns;
    }

    /** Which of the file's rows this dataset keeps (a national file also holds other breakdowns). */
    Rows rows() {
        return rows;
    }

    /** The most data rows a file of this dataset may have: its own bound, or that of every upload. */
    int maxRows(org.strands.platform.Uploads uploads) {
        return maxRows > 0 ? maxRows : uploads.maxRows();
    }

    /** The columns that identify a row: the first, or the first two for a lookup between two codes. */
    List<Column> key() {
        return columns.subList(0, keyWidth);
    }

    public static Optional<ReferenceDataset> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
