package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.DataTest;
import org.strands.support.NationalData;
import org.strands.support.SharedData;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadReferenceDataIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Api admin;

    @BeforeAll
    void signIn() {
        admin = Api.at(port).as("admin", "demo");
    }

    @Test
    void loadsAllOfEngland() {
        NationalData.loadAll(admin);
        assertThat(count("ref_deprivation")).isEqualTo(33_755);
        assertThat(count("ref_establishment")).isEqualTo(27_153);
        assertThat(count("ref_small_area")).isEqualTo(35_672);
        assertThat(db.sql("select count(*) from ref_establishment e join ref_small_area s on s.code = e.lsoa_code where s.code like 'E%'")
                .query(Integer.class).single()).isEqualTo(25_132);
        JsonNode datasets = admin.get("/api/v1/admin/reference-data").json();
        datasets.forEach(d -> assertThat(d.get("rows").isNull()).as(d.get("slug").asString()).isFalse());
    }

    @Test
    void reloadingAFileUpdatesInPlaceAndRemovesWhatTheNewFileNoLongerHas() {
        String header = "lsoa21_code,IMD_decile,IMD_rank,IMD_score\n";
        // far fewer rows than the whole of England: confirmed with ?replace=true
        AwaitJob.done(admin, admin.upload("/api/v1/admin/reference-data/imd2025?replace=true", "imd.csv",
                (header + "E01005743,7,20000,12.558\nE01005744,3,5000,30.1\n").getBytes(StandardCharsets.UTF_8)));
        JsonNode again = AwaitJob.done(admin, admin.upload("/api/v1/admin/reference-data/imd2025?replace=true", "imd.csv",
                (header + "E01005743,2,\"1,234\",40.5\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(again.get("message").asString()).startsWith("Loaded 1 row of imd2025 in ").endsWith(" seconds.");
        assertThat(again.get("result").asString()).isEqualTo("/api/v1/admin/reference-data");
        assertThat(db.sql("select imd_decile from ref_deprivation where lsoa_code = 'E01005743'").query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("select imd_rank from ref_deprivation where lsoa_code = 'E01005743'").query(Integer.class).single()).isEqualTo(1234);
        assertThat(count("ref_deprivation")).isEqualTo(1);
        // every module that reacts to the load after it commits has done so: the registry holds no publication of it open
        assertThat(db.sql("select count(*) from event_publication where event_type like '%ReferenceDataLoaded' and completion_date is null")
                .query(Integer.class).single()).isZero();
        // put the real data back for the other tests sharing this database
        AwaitJob.done(admin, admin.upload("/api/v1/admin/reference-data/imd2025", SharedData.file("deprivation/imd2025_england_lsoa21.csv")));
    }

    @Test
    void theWrongFileIsRejectedNamingTheMissingColumnsAndNothingIsStored() {
        int before = count("ref_population");
        Api.Response response = admin.upload("/api/v1/admin/reference-data/census2021-age",
                SharedData.file("deprivation/imd2025_england_lsoa21.csv"));
        JsonNode error = rejected(response).get(0);
        assertThat(error.get("row").asInt()).isEqualTo(1);
        assertThat(error.get("column").asString()).isEqualTo("lsoa21_name");
        assertThat(count("ref_population")).isEqualTo(before);
    }

    @Test
    void everyBadValueIsReportedWithRowColumnAndReasonAndNothingIsStored() {
        int before = count("ref_deprivation");
        String csv = "lsoa21_code,IMD_decile,IMD_rank,IMD_score\n"
                + "E01000001,8,26525,8.742\n"
                + "E01000002,11,31203,4.722\n"
                + "not-a-code,3,100,1.0\n"
                + "E01000003,2,,x\n";
        Api.Response response = admin.upload("/api/v1/admin/reference-data/imd2025?replace=true", "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode errors = rejected(response);
        assertThat(errors.size()).isEqualTo(4);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("IMD_decile");
        assertThat(errors.get(0).get("message").asString()).contains("decile from 1 to 10");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("lsoa21_code");
        assertThat(errors.get(2).get("column").asString()).isEqualTo("IMD_rank");
        assertThat(errors.get(2).get("message").asString()).contains("missing");
        assertThat(errors.get(3).get("column").asString()).isEqualTo("IMD_score");
        assertThat(count("ref_deprivation")).isEqualTo(before);
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemEvenAfterBlankLines() {
        String csv = "lsoa21_code,IMD_decile,IMD_rank,IMD_score\n\nE01000001,8,26525,8.742\n\nE01000002,0,31203,12345\n";
        Api.Response response = admin.upload("/api/v1/admin/reference-data/imd2025?replace=true", "blank.csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode errors = rejected(response);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("IMD_decile");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("IMD_score");
        assertThat(errors.get(1).get("message").asString()).contains("too large");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedWithTheRow() {
        byte[] latin1 = "lsoa21_code,lsoa21_name,Aged 15 years and under,total\nE01000001,City of London 001A,125,1477\nE01000002,Caf\u00e9 001B,86,1384\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.Response response = admin.upload("/api/v1/admin/reference-data/census2021-age?replace=true", "latin1.csv", latin1);
        JsonNode error = rejected(response).get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("message").asString()).contains("UTF-8");
    }

    @Test
    void aRepeatedKeyIsReported() {
        String csv = "ltla23_code,ltla23_name,utla23_code,utla23_name\nE06000001,Hartlepool,E06000001,Hartlepool\nE06000001,Again,E06000001,Hartlepool\n";
        Api.Response response = admin.upload("/api/v1/admin/reference-data/ltla-utla?replace=true", "dup.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rejected(response).get(0).get("message").asString()).contains("first on row 2");
    }

    @Test
    void anUnknownDatasetIsRefused() {
        Api.Response response = admin.upload("/api/v1/admin/reference-data/weather", "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("dataset");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("imd2025, census2021-age").doesNotContain("[");
    }

    @Test
    void onlyTheSystemAdministratorLoadsReferenceData() {
        Api.Response response = Api.at(port).as("commissioner", "demo").upload("/api/v1/admin/reference-data/imd2025",
                "x.csv", "a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(403);
    }

    /** A file with mistakes: its job fails saying so, and its result lists every mistake as a 422 answer would. */
    private JsonNode rejected(Api.Response accepted) {
        JsonNode job = AwaitJob.finished(admin, accepted);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("message").asString()).contains("was not loaded, and nothing was changed");
        assertThat(job.get("result").asString()).isEqualTo(AwaitJob.location(accepted) + "/errors");
        return admin.get(job.get("result").asString()).json().get("errors");
    }

    private int count(String table) {
        return db.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
