package org.strands.directory.web.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every answer of the Open Referral feed, on Stockport's demo directory, checked against the UK profile's schemas with
 * formats asserted: the root, each list as a page (every item in it), and every single item the lists name. Nothing is
 * sent null or empty, nothing private is shared, and a draft entry is not in the feed.
 */
@DataTest
class FeedMatchesTheUkProfileIntegrationTests {

    static final UkProfileSchemas SCHEMAS = new UkProfileSchemas();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    FeedReader feed() {
        return new FeedReader(port);
    }

    @Test
    void everyAnswerOfTheFeedIsValidByTheUkProfileWithFormatsChecked() {
        List<String> problems = new ArrayList<>();
        JsonNode about = checked(problems, UkProfileSchemas.ABOUT, "/oruk/");
        assertThat(about.get("version").asString()).isEqualTo("HSDS-UK-3.0");
        assertThat(about.get("openapi_url").asString()).startsWith("https://");
        checked(problems, UkProfileSchemas.ABOUT, "/oruk");

        JsonNode services = checked(problems, UkProfileSchemas.SERVICES, "/oruk/services?per_page=200");
        assertThat(services.get("total_items").asLong()).isLessThanOrEqualTo(200).isEqualTo(services.get("size").asLong())
                .isEqualTo(publishedEntries());
        services.get("contents").forEach(s -> checked(problems, UkProfileSchemas.SERVICE, "/oruk/services/" + s.get("id").asString()));

        JsonNode places = checked(problems, UkProfileSchemas.SERVICES_AT_LOCATIONS, "/oruk/service_at_locations?per_page=200");
        assertThat(places.get("size").asLong()).isPositive().isEqualTo(places.get("total_items").asLong());
        places.get("contents").forEach(p -> checked(problems, UkProfileSchemas.SERVICE_AT_LOCATION,
                "/oruk/service_at_locations/" + p.get("id").asString()));

        JsonNode taxonomies = checked(problems, UkProfileSchemas.TAXONOMIES, "/oruk/taxonomies");
        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(2);
        taxonomies.get("contents").forEach(t -> checked(problems, UkProfileSchemas.TAXONOMY, "/oruk/taxonomies/" + t.get("id").asString()));

        JsonNode terms = checked(problems, UkProfileSchemas.TAXONOMY_TERMS, "/oruk/taxonomy_terms?per_page=200");
        assertThat(terms.get("total_items").asInt()).isEqualTo(5 + 3 + 15 + 1);
        terms.get("contents").forEach(t -> checked(problems, UkProfileSchemas.TAXONOMY_TERM, "/oruk/taxonomy_terms/" + t.get("id").asString()));

        assertThat(problems).isEmpty();
    }

    @Test
    void aBadUuidAWebAddressWithoutItsSchemeAnEmailWithoutADomainAndATimeWithoutAnOffsetAreRefused() {
        ObjectNode service = (ObjectNode) feed().json("/oruk/services/" + firstServiceId());
        assertThat(SCHEMAS.errors(UkProfileSchemas.SERVICE, service.toString())).isEmpty();

        service.put("id", "123");
        service.put("url", "www.x.org");
        service.put("email", "nope");
        service.put("last_modified", "2023-03-15T10:30:45");
        String refusals = String.join("\n", SCHEMAS.errors(UkProfileSchemas.SERVICE, service.toString()));

        assertThat(refusals).contains("/id", "uuid").contains("/url", "uri").contains("/email", "email").contains("/last_modified", "date-time");
        ObjectNode page = (ObjectNode) feed().json("/oruk/services?per_page=1");
        page.remove("total_items");
        assertThat(SCHEMAS.errors(UkProfileSchemas.SERVICES, page.toString())).anySatisfy(e -> assertThat(e).contains("total_items"));
    }

    @Test
    void aServiceIsActiveRunByItsOrganisationAndCarriesItsTermsAndItsPlacesWithTheirAddresses() {
        UUID dropIns = stockportEntry("Easy-access drop-ins");
        JsonNode service = feed().json("/oruk/services/" + dropIns);

        assertThat(service.get("status").asString()).isEqualTo("active");
        assertThat(service.get("organization").get("name").asString()).isEqualTo("Easy access");
        assertThat(service.get("organization_id").asString()).isEqualTo(service.get("organization").get("id").asString());
        assertThat(service.get("minimum_age").asInt()).isZero();
        assertThat(service.get("maximum_age").asInt()).isEqualTo(18);
        List<String> terms = new ArrayList<>();
        service.get("attributes").forEach(a -> {
            assertThat(a.get("link_id").asString()).isEqualTo(dropIns.toString());
            assertThat(a.get("taxonomy_term_id").asString()).isEqualTo(a.get("taxonomy_term").get("id").asString());
            terms.add(a.get("taxonomy_term").get("name").asString());
        });
        assertThat(terms).contains("Family support", "Early identification", "Targeted", "Family support, targeted (FS2)",
                "Early identification, targeted (ID2)", "Open access: drop in, no referral needed");
        JsonNode place = service.get("service_at_locations").get(0);
        assertThat(place.get("service_id").asString()).isEqualTo(dropIns.toString());
        assertThat(place.get("location").get("location_type").asString()).isEqualTo("physical");
        assertThat(place.get("location").get("latitude").isNumber()).isTrue();
        JsonNode address = place.get("location").get("addresses").get(0);
        assertThat(address.get("address_1").asString()).isEqualTo(place.get("location").get("name").asString());
        assertThat(address.get("country").asString()).isEqualTo("GB");
        assertThat(address.get("state_province").asString()).isEqualTo("England");
        assertThat(address.get("address_type").asString()).isEqualTo("physical");
        assertThat(address.get("postal_code").asString()).matches("SK\\d+ \\d[A-Z]{2}");
    }

    @Test
    void anInformationEntryHasItsWebAddressAndNoPlacesAndNoFieldIsSentEmpty() {
        UUID stammering = stockportEntry("When a child stammers: advice for parents");
        JsonNode service = feed().json("/oruk/services/" + stammering);

        assertThat(service.get("url").asString()).isEqualTo("https://stamma.org/");
        assertThat(service.has("service_at_locations")).isFalse();
        assertThat(service.has("email")).isFalse();
        assertThat(service.has("cost_options")).isFalse();
        assertThat(FeedReader.emptyValues(service, "")).isEmpty();
        for (String path : List.of("/oruk/services?per_page=200", "/oruk/service_at_locations?per_page=200", "/oruk/taxonomies",
                "/oruk/taxonomy_terms?per_page=200", "/oruk/taxonomies/" + FeedTaxonomies.FRAMEWORK)) {
            assertThat(FeedReader.emptyValues(feed().json(path), "")).as(path).isEmpty();
        }
    }

    @Test
    void nothingPrivateIsSharedAndADraftEntryIsNotInTheFeed() {
        long area = db.sql("select id from area where slug = 'stockport'").query(Long.class).single();
        UUID draft = UUID.randomUUID();
        db.sql("""
                insert into directory_entry (id, area_id, kind, source, name, summary, owner, status, updated_by, phone)
                values (?, ?, 'INFORMATION', 'AREA', 'A draft the feed must not share', 'Not yet published.', 'lead', 'DRAFT', 'test', '0161 000 0000')""")
                .params(draft, area).update();
        try {
            Api.Response one = feed().get("/oruk/services/" + draft);
            assertThat(one.status()).isEqualTo(404);
            String all = feed().get("/oruk/services?per_page=200").body() + feed().get("/oruk/services/" + firstServiceId()).body();
            assertThat(all).doesNotContain(draft.toString(), "A draft the feed must not share", "\"owner\"", "area_id", "updated_by", "review_on",
                    "\"phone", "0161 000 0000", "offer_id");
        } finally {
            db.sql("delete from directory_entry where id = ?").param(draft).update();
        }
    }

    @Test
    void whatAnEntryKnowsIsSharedAndWhatIsNotValidIsLeftOut() {
        long area = db.sql("select id from area where slug = 'stockport'").query(Long.class).single();
        UUID free = UUID.randomUUID();
        UUID paid = UUID.randomUUID();
        UUID hall = UUID.randomUUID();
        db.sql("""
                insert into directory_entry (id, area_id, kind, source, name, summary, who_for, cost, url, email, phone, updated_by)
                values (?, ?, 'SERVICE', 'AREA', 'Signing for families', 'Learn to sign with your baby.', 'Parents of babies under one.', 'Free',
                        'www.no-scheme.example.org', 'signing@example.org', '0161 000 0001', 'test')""").params(free, area).update();
        db.sql("""
                insert into directory_entry (id, area_id, kind, source, name, summary, cost, url, email, updated_by)
                values (?, ?, 'SERVICE', 'AREA', 'Private speech therapy sessions', 'One to one.', '£35 per session', 'https://例え.jp/',
                        'not an address', 'test')""").params(paid, area).update();
        db.sql("insert into directory_location (id, area_id, entry_id, name, latitude, longitude) values (?, ?, ?, 'Church hall', 53.41, -2.16)")
                .params(hall, area, free).update();
        try {
            JsonNode signing = feed().json("/oruk/services/" + free);
            assertThat(SCHEMAS.errors(UkProfileSchemas.SERVICE, signing.toString())).isEmpty();
            assertThat(signing.has("url")).as("a web address without its scheme is left out").isFalse();
            assertThat(signing.get("email").asString()).isEqualTo("signing@example.org");
            assertThat(signing.get("description").asString()).contains("Learn to sign", "Parents of babies under one.");
            assertThat(signing.get("organization").get("name").asString()).as("the area, for an entry naming no organisation").isEqualTo("Stockport");
            assertThat(signing.get("cost_options").get(0).get("amount").asInt()).isZero();
            assertThat(signing.get("contacts").get(0).get("name").asString()).isEqualTo("Stockport");
            assertThat(signing.get("contacts").get(0).has("phones")).isFalse();
            JsonNode location = signing.get("service_at_locations").get(0).get("location");
            assertThat(location.get("name").asString()).isEqualTo("Church hall");
            assertThat(location.has("addresses")).as("no address without a postcode").isFalse();
            JsonNode atHall = feed().json("/oruk/service_at_locations/" + hall);
            assertThat(SCHEMAS.errors(UkProfileSchemas.SERVICE_AT_LOCATION, atHall.toString())).isEmpty();
            assertThat(atHall.get("service").get("name").asString()).isEqualTo("Signing for families");

            JsonNode therapy = feed().json("/oruk/services/" + paid);
            assertThat(SCHEMAS.errors(UkProfileSchemas.SERVICE, therapy.toString())).isEmpty();
            assertThat(therapy.has("url")).as("a web address that is not ASCII is left out").isFalse();
            assertThat(therapy.has("email")).isFalse();
            assertThat(therapy.has("contacts")).isFalse();
            assertThat(therapy.get("cost_options").get(0).get("amount").asInt()).isEqualTo(35);
            assertThat(therapy.get("cost_options").get(0).get("amount_description").asString()).isEqualTo("per session");
            assertThat(therapy.get("cost_options").get(0).get("option").asString()).isEqualTo("£35 per session");
        } finally {
            db.sql("delete from directory_entry where id in (?, ?)").params(free, paid).update();
        }
    }

    private JsonNode checked(List<String> problems, String schema, String path) {
        Api.Response answer = feed().get(path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("*");
        SCHEMAS.errors(schema, answer.body()).forEach(e -> problems.add(path + " " + e));
        FeedReader.emptyValues(answer.json(), "").forEach(e -> problems.add(path + " has an empty value at " + e));
        return answer.json();
    }

    private UUID stockportEntry(String name) {
        return db.sql("select e.id from directory_entry e join area a on a.id = e.area_id where a.slug = 'stockport' and e.name = ?")
                .param(name).query(UUID.class).single();
    }

    private long publishedEntries() {
        return db.sql("select count(*) from directory_entry where status = 'PUBLISHED'").query(Long.class).single();
    }

    private String firstServiceId() {
        return feed().contents("/oruk/services?per_page=1").getFirst().get("id").asString();
    }
}
