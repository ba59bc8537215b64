package org.strands.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.platform.RowError;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/**
 * The rating scale's words: Strands' generic descriptors until an area loads its own from a file (all or nothing, every
 * mistake named by row and column), and back again.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingScalesIntegrationTests {

    static final String AREA = "rating-scale-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    RatingScales scales;

    Area area;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner");
        area = areas.find(AREA).orElseThrow();
    }

    @Test
    void theGenericWordsDescribeEveryWholePointAndAHalfPointSitsBetweenTwo() {
        Area fresh = areaCalled("rating-scale-generic");
        assertThat(scales.scale(fresh).generic()).isTrue();
        assertThat(scales.scale(fresh).byDomain()).containsOnlyKeys(RatingScales.DOMAINS);
        assertThat(scales.scale(fresh).byDomain().values()).allSatisfy(d -> assertThat(d).hasSize(6));
        assertThat(scales.words(fresh, "ACTIVITY", new BigDecimal("5"))).startsWith("Communicates as well as other children");
        assertThat(scales.words(fresh, "carer wellbeing", new BigDecimal("0.0"))).startsWith("The family is overwhelmed");
        assertThat(scales.words(fresh, "IMPAIRMENT", new BigDecimal("2.5")))
                .startsWith("Between 2 and 3. At 2: A marked difficulty").contains("At 3: A moderate difficulty");
        assertThatThrownBy(() -> scales.words(fresh, "HAPPINESS", BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scales.words(fresh, "ACTIVITY", new BigDecimal("2.25"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAreaLoadsItsOwnDescriptorsAndGoesBackToTheGenericOnes() {
        Area own = areaCalled("rating-scale-own");
        int loaded = scales.load(own, csv(whole() + "participation,2.5,Own words half way\n"), "Licensed scale, 2nd edition", "lead");
        assertThat(loaded).isEqualTo(31);
        RatingScale scale = scales.scale(own);
        assertThat(scale.generic()).isFalse();
        assertThat(scale.source()).isEqualTo("Licensed scale, 2nd edition");
        assertThat(scale.loadedBy()).isEqualTo("lead");
        assertThat(scales.words(own, "PARTICIPATION", new BigDecimal("2.5"))).isEqualTo("Own words half way");
        assertThat(scales.words(own, "WELLBEING", new BigDecimal("4"))).isEqualTo("Own wellbeing 4");
        assertThat(scales.words(own, "WELLBEING", new BigDecimal("3.5"))).isEqualTo("Between 3 and 4. At 3: Own wellbeing 3 At 4: Own wellbeing 4");

        scales.useGeneric(own, "lead");
        assertThat(scales.scale(own).generic()).isTrue();
    }

    @Test
    void aFileWithAnyMistakeIsRefusedWholeNamingEachRowAndColumnAndChangesNothing() {
        scales.load(area, csv(whole()), "First load", "lead");
        String bad = whole().replace("activity,3,Own activity 3\n", "happiness,3,Own activity 3\n")
                .replace("impairment,4,Own impairment 4\n", "impairment,6,Own impairment 4\n")
                .replace("wellbeing,1,Own wellbeing 1\n", "wellbeing,1,\n")
                + "participation,2,Twice\n";
        assertThatThrownBy(() -> scales.load(area, csv(bad), "Second load", "lead")).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).extracting(RowError::row, RowError::column).contains(
                    org.assertj.core.groups.Tuple.tuple(6L, "score"), org.assertj.core.groups.Tuple.tuple(11L, "domain"),
                    org.assertj.core.groups.Tuple.tuple(21L, "words"), org.assertj.core.groups.Tuple.tuple(32L, "score"));
            assertThat(e.errors()).anySatisfy(r -> assertThat(r.message()).contains("“happiness” is not a domain"));
            assertThat(e.errors()).anySatisfy(r -> assertThat(r.message()).isEqualTo(
                    "There are no words for activity at 3: every domain needs words at each whole point from 0 to 5."));
        });
        assertThat(scales.scale(area).source()).isEqualTo("First load");
        assertThat(scales.words(area, "IMPAIRMENT", new BigDecimal(4))).isEqualTo("Own impairment 4");
    }

    @Test
    void aFileWithoutTheColumnsOrTheSourceIsRefused() {
        assertThatThrownBy(() -> scales.load(area, csv("code,descriptor\nFS1,x\n"), "A source", "lead"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(RowError::row, RowError::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "domain"), org.assertj.core.groups.Tuple.tuple(1L, "score"),
                                org.assertj.core.groups.Tuple.tuple(1L, "words")));
        assertThatThrownBy(() -> scales.load(area, csv(whole()), " ", "lead"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().getFirst().column()).isEqualTo("source"));
    }

    @Test
    void theUploadPageListsTheMistakesAndAServiceLeadLoadsTheFile() {
        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        String page = "/areas/" + AREA + "/rating-scale";
        HttpResponse<String> refused = lead.upload(page, "scale.csv", "domain,score,words\nimpairment,seven,x\n".getBytes(StandardCharsets.UTF_8),
                "_csrf", lead.csrfToken(page), "source", "Our licence");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Row 2, score: “seven” is not a score").contains("value=\"Our licence\"");
        HttpResponse<String> loaded = lead.upload(page, "scale.csv", whole().getBytes(StandardCharsets.UTF_8),
                "_csrf", lead.csrfToken(page), "source", "Our licence");
        assertThat(loaded.statusCode()).isEqualTo(302);
        assertThat(lead.get(page).body()).contains("30 descriptors are loaded", "These descriptors are Our licence, loaded by lead", "Own activity 3");
    }

    /** Words for every whole point of every domain: header on row 1, impairment rows 2 to 7, activity 8 to 13 and so on. */
    private static String whole() {
        StringBuilder csv = new StringBuilder("domain,score,words\n");
        for (String domain : new String[] {"impairment", "activity", "participation", "wellbeing", "carer wellbeing"}) {
            for (int s = 0; s <= 5; s++) {
                csv.append(domain).append(',').append(s).append(",Own ").append(domain).append(' ').append(s).append('\n');
            }
        }
        return csv.toString();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private Area areaCalled(String slug) {
        TestAreas.copyOfStockport(port, people, areas, slug);
        return areas.find(slug).orElseThrow();
    }
}
