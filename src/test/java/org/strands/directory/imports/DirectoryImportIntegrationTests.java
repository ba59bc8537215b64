package org.strands.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.strands.directory.Directory;
import org.strands.directory.DirectoryEntry;
import org.strands.directory.DirectorySearch;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.BadValue;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/**
 * A curator brings another directory in: the UK profile's example files, found by families afterwards with their
 * places; the same again updates and never duplicates; files that are not Open Referral UK JSON, and a feed with a
 * service that cannot be stored, store nothing and say why; values that do not fit are notes, not errors; and the
 * running application's own feed of Stockport is read from its address, page by page, into another area.
 */
@DataTest
@TestPropertySource(properties = {"strands.directory.import.allow-private-hosts=true", "strands.directory.import.per-page=7"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryImportIntegrationTests {

    static final Path EXAMPLES = Path.of("src/test/resources/oruk-examples");
    static final String COUNSELLING = "ac148810-d857-441c-9679-408f346de14b";

    @LocalServerPort
    int port;

    @Autowired
    DirectoryImport imports;

    @Autowired
    Directory directory;

    @Autowired
    AreaRegistry areas;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    @BeforeAll
    void areas() {
        for (String slug : List.of("import-examples", "import-refusals", "import-odd", "import-feed", "import-page")) {
            TestAreas.copyOfStockport(port, people, areas, slug, "lead");
        }
    }

    Area area(String slug) {
        return areas.find(slug).orElseThrow();
    }

    long imported(Area area) {
        return db.sql("select count(*) from directory_entry where area_id = ? and source = 'IMPORT'").param(area.id()).query(Long.class).single();
    }

    ImportReport file(Area area, byte[] bytes) throws IOException {
        return imports.fromFile(area, "test.json", new ByteArrayInputStream(bytes), "lead");
    }

    @Test
    void theExampleFilesAreBroughtInAndFamiliesFindTheServiceWithItsPlace() throws IOException, BadValue {
        Area area = area("import-examples");
        ImportReport list = file(area, Files.readAllBytes(EXAMPLES.resolve("service_list.json")));
        assertThat(list.added()).isEqualTo(1);
        assertThat(list.services()).singleElement().satisfies(line -> assertThat(line.ref()).isEqualTo(COUNSELLING));

        ImportReport full = file(area, Files.readAllBytes(EXAMPLES.resolve("service_full.json")));
        assertThat(full.added()).isZero();
        assertThat(full.updated()).isEqualTo(1);
        assertThat(full.services().getFirst().notes()).anySatisfy(n -> assertThat(n).contains("schedules"))
                .anySatisfy(n -> assertThat(n).contains("maximum_age 100 is above 25"))
                .anySatisfy(n -> assertThat(n).contains("ABC 1234"))
                .anySatisfy(n -> assertThat(n).contains("1 contact"));
        assertThat(full.notMapped()).extracting(ImportReport.NotMapped::field).contains("schedules", "service_areas", "funding");
        assertThat(imported(area)).isEqualTo(1);

        Directory.Results found = directory.search(area, new DirectorySearch("counselling", null, null, null, null, null, 1));
        DirectoryEntry entry = found.entries().stream().filter(e -> e.name().equals("Community Counselling")).findFirst().orElseThrow();
        assertThat(entry.organisation()).isEqualTo("Example Organization Inc.");
        assertThat(entry.ageFrom()).isEqualTo(12);
        assertThat(entry.ageTo()).isNull();
        assertThat(entry.cost()).isEqualTo("Under 18s and Over 60s: £35 per 1 hour session");
        assertThat(entry.url()).isEqualTo("http://example.com/counselling");
        assertThat(entry.places()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("MyCity Civic Center");
            assertThat(p.address()).contains("1-30 Main Street", "MyCity");
            assertThat(p.latitude()).isNull();
        });
        String owner = db.sql("select coalesce(owner, '') || '|' || review_on || '|' || updated_by from directory_entry where id = ?")
                .param(entry.id()).query(String.class).single();
        assertThat(owner).startsWith("|").endsWith("|lead");

        // again: the same entry, updated
        assertThat(file(area, Files.readAllBytes(EXAMPLES.resolve("service_full.json"))).updated()).isEqualTo(1);
        assertThat(imported(area)).isEqualTo(1);
        assertThat(db.sql("select count(*) from directory_location where entry_id = ?").param(entry.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from audit_event where action = 'IMPORT' and area_id = ?").param(area.id()).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void filesThatAreNotOpenReferralJsonAreRefusedWithTheReasonAndNothingIsStored() {
        Area area = area("import-refusals");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xff, (byte) 0xfe};
        List<byte[]> files = List.of("{\"hello\":1}".getBytes(StandardCharsets.UTF_8), "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
                "{\"contents\": [{\"id\": \"a\", ".getBytes(StandardCharsets.UTF_8), png, new byte[0], "   ".getBytes(StandardCharsets.UTF_8),
                "\"just text\"".getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8),
                "{\"contents\": 12}".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
                "{\"id\": \"a\", \"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1),
                "[".repeat(100_000).getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : files) {
            assertThatThrownBy(() -> file(area, bytes)).isInstanceOf(ImportRefused.class)
                    .hasMessageStartingWith("This file is not Open Referral UK JSON: ");
        }
        assertThatThrownBy(() -> file(area, "{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not a page of services");
        assertThatThrownBy(() -> file(area, "[1, 2, 3]".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("item 1 of its services is a number");
        assertThatThrownBy(() -> file(area, png)).hasMessageContaining("not text in UTF-8");
        assertThatThrownBy(() -> file(area, new byte[6 * 1024 * 1024])).isInstanceOf(ImportRefused.class).hasMessageContaining("larger than 5 MB");
        assertThat(imported(area)).isZero();
    }

    @Test
    void aServiceThatCannotBeStoredKeepsTheWholeFileOutAndIsNamedWithItsField() {
        Area area = area("import-refusals");
        String json = "[{\"id\":\"good-1\",\"name\":\"A good service\",\"status\":\"active\"},"
                + "{\"id\":\"long-2\",\"name\":\"" + "N".repeat(300) + "\",\"status\":\"active\"},"
                + "{\"name\":\"No id here\"},"
                + "{\"id\":42,\"name\":[\"a list\"]}]";
        assertThatThrownBy(() -> file(area, json.getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(ImportRefused.class, e -> {
            assertThat(e.getMessage()).startsWith("3 services of 4 could not be stored, so nothing was brought in.");
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.index()).isEqualTo(2);
                assertThat(p.ref()).isEqualTo("long-2");
                assertThat(p.field()).isEqualTo("name");
                assertThat(p.reason()).contains("300 characters");
            });
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.index()).isEqualTo(3);
                assertThat(p.field()).isEqualTo("id");
            });
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.index()).isEqualTo(4);
                assertThat(p.reason()).contains("a number, not text");
            });
        });
        assertThat(imported(area)).isZero();
    }

    @Test
    void valuesThatDoNotFitAreNotesAndOurOwnTermsAreKept() throws IOException {
        Area area = area("import-odd");
        String json = """
                {"total_items": 3, "total_pages": 99999999999999999999999, "contents": [
                 {"id": "odd-1", "name": "Odd\\u0000 service", "status": "active", "description": "<p>Talk <b>together</b> &amp; play</p><script>x</script>",
                  "minimum_age": 1e400, "maximum_age": 99999999999999999999999, "url": "javascript:alert(1)", "email": "not an address",
                  "organization": null, "cost_options": [{"amount": 1e300}, {"option": "Families", "amount": 0}],
                  "attributes": [{"taxonomy_term": {"term": "FS1"}}, {"taxonomy_term": {"term": "open-access"}}, {"taxonomy_term": {"term": "FS"}},
                                 {"taxonomy_term": {"name": "Counselling", "term": "counselling"}}, null, 7],
                  "service_at_locations": [{"location": {"name": "Stockport library", "latitude": "north", "addresses": [{"postal_code": "SK1 3XE"}]}},
                                           {"location": {"location_type": "virtual", "name": "Online"}}, {"location": null}, 3]},
                 {"id": "odd-2", "name": "Long words", "description": "%s", "minimum_age": 7, "maximum_age": 3, "phones": [{"number": "0161 480 4949"}, {"number": "0161 000 0000"}]},
                 {"id": "odd-3", "name": "Closed one", "status": "defunct"},
                 {"id": "odd-1", "name": "Again", "status": "active"}
                ]}""".formatted("word ".repeat(1300));
        ImportReport report = file(area, json.getBytes(StandardCharsets.UTF_8));
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.notBroughtIn()).isEqualTo(2);
        DirectoryEntry odd = directory.find(area, DirectoryImport.idOf(area, "odd-1")).orElseThrow();
        assertThat(odd.name()).isEqualTo("Odd service");
        assertThat(odd.summary()).isEqualTo("Talk together & play\nx");
        assertThat(odd.ageFrom()).isNull();
        assertThat(odd.ageTo()).isNull();
        assertThat(odd.url()).isNull();
        assertThat(odd.email()).isNull();
        assertThat(odd.outcomes()).containsExactly("FS1");
        assertThat(odd.openAccess()).isTrue();
        assertThat(odd.cost()).isEqualTo("Families: Free");
        assertThat(odd.places()).singleElement().satisfies(p -> {
            assertThat(p.postcode()).isEqualTo("SK1 3XE");
            assertThat(p.latitude()).isNotNull();
        });
        DirectoryEntry words = directory.find(area, DirectoryImport.idOf(area, "odd-2")).orElseThrow();
        assertThat(words.summary()).hasSizeLessThanOrEqualTo(5000);
        assertThat(words.phone()).isEqualTo("0161 480 4949");
        assertThat(report.services().get(1).notes()).anySatisfy(n -> assertThat(n).contains("description longer than 5,000"))
                .anySatisfy(n -> assertThat(n).contains("2 phone numbers: only the first kept"))
                .anySatisfy(n -> assertThat(n).contains("above the oldest"));
        assertThat(report.services().get(0).notes()).anySatisfy(n -> assertThat(n).contains("Counselling"))
                .anySatisfy(n -> assertThat(n).contains("1 online location"));
        assertThat(report.services().get(2).outcome()).isEqualTo("NOT_BROUGHT_IN");
        assertThat(report.services().get(3).notes().getFirst()).contains("service 1");
        assertThat(imported(area)).isEqualTo(2);
    }

    @Test
    void stockportsOwnFeedIsReadFromItsAddressPageByPageIntoAnotherArea() {
        Area area = area("import-feed");
        long published = Api.at(port).get("/oruk/services?area=stockport&per_page=1").json().get("total_items").asLong();
        assertThat(published).isGreaterThan(7);
        String address = "http://localhost:" + port + "/oruk/?area=stockport";

        ImportReport report = imports.fromFeed(area, address, "lead");
        assertThat(report.added()).isEqualTo(published);
        assertThat(imported(area)).isEqualTo(published);
        assertThat(db.sql("select count(*) from directory_location where area_id = ? and latitude is not null").param(area.id())
                .query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from directory_entry where area_id = ? and source = 'IMPORT' and open_access").param(area.id())
                .query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from directory_entry where area_id = ? and source = 'IMPORT' and cardinality(outcomes) > 0")
                .param(area.id()).query(Long.class).single()).isPositive();

        ImportReport again = imports.fromFeed(area, address, "lead");
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isEqualTo(published);
        assertThat(imported(area)).isEqualTo(published);

        assertThatThrownBy(() -> imports.fromFeed(area, "http://localhost:" + port + "/no-feed-here", "lead"))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("with status 302");
        assertThatThrownBy(() -> imports.fromFeed(area, "ftp://example.org/oruk", "lead"))
                .isInstanceOf(ImportRefused.class).hasMessageContaining("starting with https://");
        assertThat(imported(area)).isEqualTo(published);
    }

    @Test
    void theImportPageRefusesAPictureAndReportsTheExampleFile() throws IOException {
        String page = "/areas/import-page/directory/import";
        FormSession session = new FormSession(port);
        session.signIn("lead", "demo");
        HttpResponse<String> form = session.get(page, "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        String csrf = session.csrfToken(page);

        HttpResponse<String> nothing = session.upload(page, "", new byte[0], "_csrf", csrf, "feedUrl", "");
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains("Choose an Open Referral UK file, or give the address of a feed.");

        HttpResponse<String> picture = session.upload(page, "picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff}, "_csrf", csrf);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).contains("This file is not Open Referral UK JSON: it is not text in UTF-8");

        HttpResponse<String> tooLong = session.upload(page, "feed.json", ("[{\"id\":\"x\",\"name\":\"" + "N".repeat(300) + "\"}]")
                .getBytes(StandardCharsets.UTF_8), "_csrf", csrf);
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("Services that could not be stored", "Service 1 in the file", "300 characters");

        HttpResponse<String> local = session.upload(page, "", new byte[0], "_csrf", csrf, "feedUrl", "gopher://localhost/");
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.body()).contains("starting with https:// or http://");

        HttpResponse<String> report = session.upload(page, "service_full.json", Files.readAllBytes(EXAMPLES.resolve("service_full.json")),
                "_csrf", csrf);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Directory brought in", "Community Counselling", "schedules");
        assertThat(imported(area("import-page"))).isEqualTo(1);
    }
}
