package org.strands.support;

/** Loads the national reference files from shared/data through the API, as a system administrator would. */
public final class NationalData {

    public static final String[][] FILES = {
        {"ltla-utla", "geography/lookup_ltla23_utla23.csv"},
        {"lsoa-ward-lad", "geography/lookup_lsoa21_ward24_ltla24.csv"},
        {"imd2025", "deprivation/imd2025_england_lsoa21.csv"},
        {"census2021-age", "population/census2021_usual_residents_lsoa21_6agegroups_england_wales.csv"},
        {"gias", "schools/gias_open_establishments_20250524.csv"},
        {"ehcp-slcn", "sen/ehcp_2025/sen_needs_all_plans.csv"},
        {"slcn-pupils", "sen/slcn_primary_need_by_la_year_group.csv"},
        {"mid2020-ages", "population/population_mid2020_lsoa11_syoa_england_wales.csv"},
        {"lsoa11-lsoa21", "geography/lookup_lsoa11_lsoa21_ltla22.csv"},
    };

    private NationalData() {
    }

    public static void loadAll(Api admin) {
        for (String[] file : FILES) {
            AwaitJob.done(admin, admin.upload("/api/v1/admin/reference-data/" + file[0], SharedData.file(file[1])));
        }
    }
}
