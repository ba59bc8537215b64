package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.strands.support.Api;
import org.strands.support.TestAreas;
import org.strands.support.TestDatabaseInitializer;

/**
 * The worst uploads, sent to the application running in a heap of 512 MB (the {@code low-memory} Surefire run, with
 * {@code -Xmx512m -XX:+ExitOnOutOfMemoryError}, so that an OutOfMemoryError ends the run): each is refused with a 4xx,
 * and the application goes on answering. The files are written here, streaming, and sent from disk.
 */
@Tag("low-memory")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadUploadsUnderLowMemoryTests {

    static final String AREA = "/api/v1/areas/low-memory/provision";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @TempDir
    Path files;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "low-memory", "commissioner", "practitioner");
    }

    @Test
    void aMillionRowCsvIsRefusedAsAProvisionImport() throws Exception {
        Path csv = files.resolve("million.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("Partner,Partner type,Offer,Description,Outcomes,Entry,Localities,Setting URNs,Age from (years),"
                    + "Age to (years),Access route,Delivered by,Annual capacity,Annual hours,Annual cost (GBP),Status\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write(",,,,,,,,,,,,,,,\n");
            }
        }
        HttpResponse<String> answer = upload(csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("more than 100,000 rows");
        assertStillAnswering();
    }

    @Test
    void aSmallWorkbookThatExpandsToGigabytesIsRefusedAsAProvisionImport() throws Exception {
        Path bomb = files.resolve("bomb.xlsx");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(bomb)); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] rows = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 2L * 1024 * 1024 * 1024; written += rows.length) {
                zip.write(rows);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(10L * 1024 * 1024);
        HttpResponse<String> answer = upload(bomb);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("unpacks to more than 100 MB");
        assertStillAnswering();
    }

    /** A multipart POST of the file as the part {@code file}, streamed from disk. */
    private HttpResponse<String> upload(Path file) throws IOException, InterruptedException {
        String boundary = "strands-low-memory";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + AREA + "/import"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("commissioner:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private void assertStillAnswering() {
        assertThat(Api.at(port).as("commissioner", "demo").get(AREA + "/offers").status()).isEqualTo(200);
    }
}
