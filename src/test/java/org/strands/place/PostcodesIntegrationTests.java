package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.BadValue;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

/** A family's postcode, in whatever form they type it, is found in the ONS Postcode Directory and placed on the map. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostcodesIntegrationTests {

    static final String POSTCODES = "/api/v1/admin/reference-data/postcodes";

    @LocalServerPort
    int port;

    @Autowired
    Postcodes postcodes;

    @Autowired
    JdbcClient db;

    Api admin;

    @BeforeAll
    void signIn() {
        admin = Api.at(port).as("admin", "demo");
    }

    @Test
    void aPostcodeInAnyCaseAndSpacingTakesItsUsualForm() throws BadValue {
        assertThat(Postcodes.normalise("sk13xe")).isEqualTo("SK1 3XE");
        assertThat(Postcodes.normalise(" SK1  3XE ")).isEqualTo("SK1 3XE");
        assertThat(Postcodes.normalise("m1 1ae")).isEqualTo("M1 1AE");
        assertThat(Postcodes.normalise("EC1A1BB")).isEqualTo("EC1A 1BB");
        assertThat(Postcodes.normalise("W1M 0AA")).isEqualTo("W1M 0AA");
        assertThat(Postcodes.normalise("SK1\u00A03XE")).isEqualTo("SK1 3XE");
        assertThat(Postcodes.normalise("\tsk1 3xe" + " ".repeat(100))).isEqualTo("SK1 3XE");
    }

    @Test
    void somethingThatIsNotAFullPostcodeIsRefusedInPlainWords() {
        assertThatThrownBy(() -> Postcodes.normalise("SK1")).isInstanceOf(BadValue.class)
                .hasMessage("\"SK1\" is not a full UK postcode, such as SK1 3XE.");
        assertThatThrownBy(() -> Postcodes.normalise("SK1 3X")).hasMessageContaining("is not a full UK postcode");
        assertThatThrownBy(() -> Postcodes.normalise("12345")).hasMessageContaining("is not a full UK postcode");
        assertThatThrownBy(() -> Postcodes.normalise("SK1 3XE; drop table")).hasMessageContaining("is too long");
        assertThatThrownBy(() -> Postcodes.normalise("x".repeat(1_000_000))).hasMessageContaining("is too long");
        assertThatThrownBy(() -> Postcodes.normalise("  ")).hasMessage("Enter a postcode, such as SK1 3XE.");
        assertThatThrownBy(() -> Postcodes.normalise(null)).hasMessage("Enter a postcode, such as SK1 3XE.");
    }

    @Test
    void aKnownPostcodeIsPlacedWhereItIs() throws BadValue {
        Location market = postcodes.locate("sk1 3xe").orElseThrow();
        assertThat(market.latitude()).isCloseTo(53.41, within(0.01));
        assertThat(market.longitude()).isCloseTo(-2.157, within(0.01));
    }

    @Test
    void aWellFormedPostcodeTheDirectoryDoesNotHaveHasNoLocation() throws BadValue {
        assertThat(postcodes.locate("SK1 1ZY")).isEmpty();
        assertThat(postcodes.locate("ZZ9 9ZZ")).isEmpty();
        assertThatThrownBy(() -> postcodes.locate("SK1")).isInstanceOf(BadValue.class);
    }

    @Test
    void stockportsCentralLibraryIsAboutSevenKilometresFromMarpleLibrary() throws BadValue {
        Location central = postcodes.locate("SK1 3RS").orElseThrow();
        Location marple = postcodes.locate("SK6 6BA").orElseThrow();
        assertThat(central.kilometresTo(marple)).isBetween(6.0, 7.5);
        assertThat(marple.kilometresTo(central)).isCloseTo(central.kilometresTo(marple), within(1e-9));
        assertThat(central.kilometresTo(central)).isZero();
    }

    @Test
    void theDirectoryCompressedWithGzipIsAcceptedThroughTheApi() throws IOException {
        byte[] csv;
        try (InputStream in = new ClassPathResource("demo/reference/postcodes.csv").getInputStream()) {
            csv = in.readAllBytes();
        }
        JsonNode job = AwaitJob.done(admin, admin.upload(POSTCODES, "postcodes.csv.gz", gzip(csv)));
        assertThat(job.get("message").asString()).startsWith("Loaded 10,601 rows of postcodes");
        assertThat(db.sql("select count(*) from ref_postcode").query(Integer.class).single()).isEqualTo(10_601);
        assertThat(db.sql("select count(*) from ref_postcode where postcode not like '% %' or postcode like '%  %'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSmallFileThatUnpacksToMoreThanStrandsReadsIsRefusedAtOnce() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        byte[] row = ("SK1 3XE,E08000007,389561.0,389918.0," + "x".repeat(200) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(bomb)) {
            out.write("pcd,laua,oseast1m,osnrth1m,note\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 300L * 1024 * 1024; written += row.length) {
                out.write(row);
            }
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);
        int jobsBefore = db.sql("select count(*) from job").query(Integer.class).single();
        Api.Response response = admin.upload(POSTCODES + "?replace=true", "bomb.csv.gz", bomb.toByteArray());
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The compressed file unpacks to more than 256 MB, the most Strands reads. Split it, or remove what it "
                        + "does not need, and try again.");
        assertThat(db.sql("select count(*) from job").query(Integer.class).single()).isEqualTo(jobsBefore);
    }

    @Test
    void aFileThatClaimsToBeGzipButIsNotIsRefusedInPlainWords() {
        byte[] broken = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Api.Response response = admin.upload(POSTCODES + "?replace=true", "broken.csv.gz", broken);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("could not be unpacked");
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
