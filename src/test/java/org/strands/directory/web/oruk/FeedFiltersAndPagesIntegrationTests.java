package org.strands.directory.web.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.framework.Level;
import org.strands.framework.OutcomeCode;
import org.strands.framework.Strand;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.platform.BadValue;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

/**
 * The feed's filters and pages, on Stockport's demo directory, each held against what the database holds: a taxonomy
 * term or taxonomy finds the services carrying it, ages bound the services' own ages, a postcode puts the nearest first
 * and proximity keeps only what is that near, words find entries even misspelt, and pages add up to the whole.
 */
@DataTest
class FeedFiltersAndPagesIntegrationTests {

    static final String POSTCODE = "SK1 3XE";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Postcodes postcodes;

    FeedReader feed() {
        return new FeedReader(port);
    }

    @Test
    void aTermOfAnOutcomeFindsTheServicesServingIt() {
        String fs1 = FeedTaxonomies.outcomeTerm(OutcomeCode.parse("FS1").orElseThrow()).toString();
        List<JsonNode> found = feed().contents("/oruk/services?area=stockport&per_page=200&taxonomy_term_id=" + fs1);

        assertThat(found).hasSize(count("'FS1' = any(e.outcomes)"));
        for (JsonNode service : found.subList(0, 3)) {
            assertThat(termIds(feed().json("/oruk/services/" + service.get("id").asString()))).contains(fs1);
        }
    }

    @Test
    void termsOfAStrandALevelAndOpenAccessFindTheServicesCarryingThem() {
        assertThat(feed().contents("/oruk/services?area=stockport&per_page=200&taxonomy_term_id=" + FeedTaxonomies.strandTerm(Strand.INTERVENTION)))
                .hasSize(count("exists (select 1 from unnest(e.outcomes) o where o like 'IN%')"));
        assertThat(feed().contents("/oruk/services?area=stockport&per_page=200&taxonomy_term_id=" + FeedTaxonomies.levelTerm(Level.TARGETED)))
                .hasSize(count("exists (select 1 from unnest(e.outcomes) o where o like '__2')"));
        List<JsonNode> open = feed().contents("/oruk/services?area=stockport&per_page=200&taxonomy_term_id=" + FeedTaxonomies.openAccessTerm());
        assertThat(open).hasSize(count("e.open_access")).isNotEmpty();
        assertThat(termIds(feed().json("/oruk/services/" + open.getFirst().get("id").asString())))
                .contains(FeedTaxonomies.openAccessTerm().toString());
    }

    @Test
    void aTaxonomyFindsTheServicesCarryingAnyOfItsTermsAndAnUnknownTermFindsNothing() {
        assertThat(feed().contents("/oruk/services?area=stockport&per_page=200&taxonomy_id=" + FeedTaxonomies.FRAMEWORK))
                .hasSize(count("cardinality(e.outcomes) > 0"));
        assertThat(feed().contents("/oruk/services?area=stockport&per_page=200&taxonomy_id=" + FeedTaxonomies.ACCESS)).hasSize(count("e.open_access"));
        JsonNode nothing = feed().json("/oruk/services?taxonomy_term_id=" + java.util.UUID.randomUUID());
        assertThat(nothing.get("empty").asBoolean()).isTrue();
        assertThat(nothing.get("total_items").asInt()).isZero();
        assertThat(nothing.get("contents")).isEmpty();
    }

    @Test
    void agesBoundTheServicesOwnAges() {
        List<JsonNode> fromFour = feed().contents("/oruk/services?area=stockport&per_page=200&minimum_age=4");
        assertThat(fromFour).hasSize(count("e.age_from >= 4")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("minimum_age").asDouble()).isGreaterThanOrEqualTo(4));
        List<JsonNode> upToFive = feed().contents("/oruk/services?area=stockport&per_page=200&maximum_age=5");
        assertThat(upToFive).hasSize(count("e.age_to <= 5")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("maximum_age").asDouble()).isLessThanOrEqualTo(5));
        assertThat(feed().contents("/oruk/services?area=stockport&per_page=200&minimum_age=2.5&maximum_age=4"))
                .hasSize(count("e.age_from >= 2.5 and e.age_to <= 4"));
    }

    @Test
    void aPostcodePutsTheNearestFirstAndProximityKeepsOnlyWhatIsThatNear() throws BadValue {
        Location from = postcodes.locate(POSTCODE).orElseThrow();
        List<Double> all = metres(feed().contents("/oruk/service_at_locations?area=stockport&per_page=200&postcode=SK13XE"), from);
        assertThat(all).hasSize(count("true", "directory_location l join directory_entry e on e.id = l.entry_id")).isSorted();

        List<Double> near = metres(feed().contents("/oruk/service_at_locations?area=stockport&per_page=200&postcode="
                + URLEncoder.encode(POSTCODE, StandardCharsets.UTF_8) + "&proximity=2000"), from);
        assertThat(near).isNotEmpty().hasSizeLessThan(all.size()).isSorted().allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(2000.5));
        assertThat(near).hasSize((int) all.stream().filter(m -> m <= 2000).count());

        List<JsonNode> services = feed().contents("/oruk/services?area=stockport&per_page=200&postcode=SK13XE&proximity=2000");
        assertThat(services).isNotEmpty().hasSizeLessThan(count("true"));
    }

    @Test
    void wordsFindEntriesEvenMisspeltAndAnyTextIsAnswered() {
        assertThat(names("/oruk/services?search=stammering")).contains("When a child stammers: advice for parents");
        assertThat(names("/oruk/services?search=stamerring")).contains("When a child stammers: advice for parents");
        assertThat(names("/oruk/service_at_locations?search=drop-ins")).isNotEmpty();
        for (String text : List.of("\"unclosed", "a & b | !c", "ñandú 語", "x".repeat(5000), "' or 1=1 --")) {
            assertThat(feed().get("/oruk/services?search=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).status()).as(text).isEqualTo(200);
        }
    }

    @Test
    void pagesAddUpToTheWholeWithTheirPagingFields() {
        int total = count("true");
        int pages = (total + 9) / 10;
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= pages; page++) {
            JsonNode answer = feed().json("/oruk/services?area=stockport&per_page=10&page=" + page);
            assertThat(answer.get("total_items").asInt()).isEqualTo(total);
            assertThat(answer.get("total_pages").asInt()).isEqualTo(pages);
            assertThat(answer.get("page_number").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(page < pages ? 10 : total - 10 * (pages - 1));
            assertThat(answer.get("first_page").asBoolean()).isEqualTo(page == 1);
            assertThat(answer.get("last_page").asBoolean()).isEqualTo(page == pages);
            assertThat(answer.get("empty").asBoolean()).isFalse();
            answer.get("contents").forEach(s -> seen.add(s.get("id").asString()));
        }
        assertThat(seen).hasSize(total);

        JsonNode beyond = feed().json("/oruk/services?area=stockport&per_page=10&page=" + (pages + 1));
        assertThat(beyond.get("empty").asBoolean()).isTrue();
        assertThat(beyond.get("size").asInt()).isZero();
        assertThat(beyond.get("total_items").asInt()).isEqualTo(total);
        assertThat(beyond.get("last_page").asBoolean()).isTrue();

        JsonNode usual = feed().json("/oruk/services");
        assertThat(usual.get("page_number").asInt()).isEqualTo(1);
        assertThat(usual.get("size").asInt()).isEqualTo(Math.min(50, usual.get("total_items").asInt()));
    }

    private List<Double> metres(List<JsonNode> places, Location from) {
        List<Double> metres = new ArrayList<>();
        for (JsonNode p : places) {
            JsonNode location = p.get("location");
            assertThat(location.has("latitude")).isTrue();
            metres.add(from.kilometresTo(new Location(location.get("latitude").asDouble(), location.get("longitude").asDouble())) * 1000);
        }
        return metres;
    }

    private List<String> names(String path) {
        return feed().contents(path).stream().map(s -> s.has("name") ? s.get("name").asString() : s.get("service").get("name").asString()).toList();
    }

    private static Set<String> termIds(JsonNode service) {
        Set<String> ids = new HashSet<>();
        service.get("attributes").forEach(a -> ids.add(a.get("taxonomy_term_id").asString()));
        return ids;
    }

    /** Stockport's published entries that meet the condition. */
    private int count(String condition) {
        return count(condition, "directory_entry e");
    }

    private int count(String condition, String from) {
        return db.sql("select count(*) from " + from + " where e.status = 'PUBLISHED' and e.area_id = (select id from area where slug = 'stockport') and "
                + condition)
                .query(Integer.class).single();
    }
}
