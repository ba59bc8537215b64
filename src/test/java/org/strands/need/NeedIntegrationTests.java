package org.strands.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedIntegrationTests {

    static final String AREA = "/api/v1/areas/need-test/need";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "need-test", "lead", "practitioner");
    }

    @Test
    void stockportsNeedFollowsItsChildrenAndDeprivation() {
        Api lead = Api.at(port).as("lead", "demo");
        Api.Response response = lead.get(AREA + "?by=area");
        assertThat(response.headers().firstValue("Need-Model")).hasValueSatisfying(v -> assertThat(v).contains("targetedRate=0.1"));
        JsonNode area = response.json().get(0);
        assertThat(area.get("children").asDouble()).isEqualTo(55_848);
        assertThat(area.get("universal").asDouble()).isEqualTo(55_848);
        assertThat(area.get("specialist").asDouble()).isCloseTo(558.48, within(1e-6));
        assertThat(area.get("targeted").asDouble()).isBetween(5_584.8, 11_169.6);

        JsonNode wards = lead.get(AREA + "?by=ward").json();
        assertThat(wards.size()).isEqualTo(21);
        assertThat(wards.valueStream().mapToDouble(w -> w.get("targeted").asDouble()).sum())
                .isCloseTo(area.get("targeted").asDouble(), within(1e-6));
        assertThat(lead.get(AREA + "?by=small-area").json().size()).isEqualTo(191);
        assertThat(lead.get(AREA + "?by=locality").json().size()).isEqualTo(21);
        assertThat(wards.get(0).propertyNames()).contains("key", "name", "children", "universal", "targeted", "specialist");
    }

    @Test
    void changingTheModelChangesEveryFigureAndIsKept() {
        Api lead = Api.at(port).as("lead", "demo");
        double before = lead.get(AREA + "?by=area").json().get(0).get("targeted").asDouble();
        Api.Response changed = lead.put(AREA + "/model", """
                {"targetedRate":0.2,"deprivationMultiplier":2.0,"specialistRate":0.02,"specialistWeight":4}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode after = lead.get(AREA + "?by=area").json().get(0);
        assertThat(after.get("targeted").asDouble()).isCloseTo(before * 2, within(1e-6));
        assertThat(after.get("specialist").asDouble()).isCloseTo(1_116.96, within(1e-6));
        assertThat(lead.get(AREA + "/model/history").json().get(0).get("changedBy").asString()).isEqualTo("lead");
        lead.put(AREA + "/model", "{\"targetedRate\":0.1,\"deprivationMultiplier\":2.0,\"specialistRate\":0.01,\"specialistWeight\":4}");
    }

    @Test
    void aParameterOutsideItsRangeIsNamedAndNothingChanges() {
        Api lead = Api.at(port).as("lead", "demo");
        String before = lead.get(AREA + "/model").body();
        Api.Response response = lead.put(AREA + "/model", """
                {"targetedRate":1.5,"deprivationMultiplier":0.5,"specialistRate":0.01,"specialistWeight":4}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("column").asString()))
                .contains("targetedRate", "deprivationMultiplier");
        assertThat(lead.get(AREA + "/model").body()).isEqualTo(before);
        assertThat(lead.get(AREA + "?by=district").status()).isEqualTo(422);
    }

    @Test
    void practitionersReadNeedButDoNotChangeTheModel() {
        Api practitioner = Api.at(port).as("practitioner", "demo");
        assertThat(practitioner.get(AREA + "?by=ward").status()).isEqualTo(200);
        assertThat(practitioner.put(AREA + "/model", "{\"targetedRate\":0.1,\"deprivationMultiplier\":2,\"specialistRate\":0.01,\"specialistWeight\":4}").status())
                .isEqualTo(403);
    }

    @Test
    void aWorkforceIsSharedByNeedAndEvenlyAndBothAddUpToIt() {
        Api lead = Api.at(port).as("lead", "demo");
        Api.Response response = lead.post("/api/v1/areas/need-test/workforce/allocation", "{\"fte\":40,\"k\":4}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode localities = response.json().get("localities");
        assertThat(localities.size()).isEqualTo(21);
        assertThat(localities.valueStream().mapToDouble(l -> l.get("needBased").asDouble()).sum()).isCloseTo(40, within(1e-9));
        assertThat(localities.valueStream().mapToDouble(l -> l.get("even").asDouble()).sum()).isCloseTo(40, within(1e-9));
        double most = localities.valueStream().mapToDouble(l -> l.get("needBased").asDouble()).max().orElseThrow();
        double least = localities.valueStream().mapToDouble(l -> l.get("needBased").asDouble()).min().orElseThrow();
        assertThat(most).isGreaterThan(least);
        Api.Response negative = lead.post("/api/v1/areas/need-test/workforce/allocation", "{\"fte\":-1}");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().get("errors").get(0).get("column").asString()).isEqualTo("fte");
    }

    @Test
    void aSettingsNeedIsItsPupilsTimesTheTargetedRateOfItsSmallArea() {
        JsonNode settings = Api.at(port).as("lead", "demo").get(AREA + "/settings").json();
        assertThat(settings.size()).isEqualTo(138);
        JsonNode school = settings.valueStream().filter(s -> s.get("ref").asString().equals("106074")).findFirst().orElseThrow();
        int pupils = school.get("pupils").asInt();
        int decile = school.get("decile").asInt();
        assertThat(school.get("targeted").asDouble()).isCloseTo(pupils * NeedModel.DEFAULT.targetedRate(decile), within(1e-9));
    }

    @Test
    void needIsComparedWithTheCapacityOfCurrentProvisionPerLocalityAndLevel() {
        Api lead = Api.at(port).as("lead", "demo");
        JsonNode before = lead.get("/api/v1/areas/need-test/need/against-provision").json();
        assertThat(before.size()).isEqualTo(21 * 3);
        double targetedCapacity = before.valueStream().filter(g -> g.get("level").asString().equals("TARGETED"))
                .mapToDouble(g -> g.get("capacity").asDouble()).sum();
        lead.post("/api/v1/areas/need-test/provision/offers", """
                {"partner":"Capacity","partnerType":"OTHER","name":"Area-wide groups","outcomes":["IN2","FS2"],"entry":"PROVISION",
                 "status":"CURRENT","annualCapacity":210}""");
        JsonNode after = lead.get("/api/v1/areas/need-test/need/against-provision").json();
        double targetedAfter = after.valueStream().filter(g -> g.get("level").asString().equals("TARGETED"))
                .mapToDouble(g -> g.get("capacity").asDouble()).sum();
        assertThat(targetedAfter - targetedCapacity).isCloseTo(210, within(1e-6));
        assertThat(after.get(0).get("shortfall").asDouble()).isGreaterThanOrEqualTo(after.get(after.size() - 1).get("shortfall").asDouble());
    }

    @Test
    void estimatedNeedIsShownBesideTheChildrenIdentifiedWithSlcn() {
        JsonNode identified = Api.at(port).as("practitioner", "demo").get(AREA + "/identified").json();
        assertThat(identified.get("authorities").asString()).isEqualTo("Stockport");
        assertThat(identified.get("ehcPlans").asInt()).isEqualTo(3_506);
        JsonNode targeted = identified.get("levels").get(0);
        JsonNode specialist = identified.get("levels").get(1);
        assertThat(targeted.get("identified").asInt()).isEqualTo(1_136); // pupils with SLCN, early years to Year 6, 2021/22
        assertThat(specialist.get("identified").asInt()).isEqualTo(669); // EHC plans with SLCN as primary need, January 2025
        assertThat(specialist.get("estimated").asDouble()).isCloseTo(558.48, within(1e-6));
        assertThat(specialist.get("gap").asDouble()).isCloseTo(558.48 - 669, within(1e-6));
        assertThat(targeted.get("identifiedPercent").asDouble())
                .isCloseTo(100.0 * 1_136 / targeted.get("estimated").asDouble(), within(1e-9));
    }

    @Test
    void theNeedWorkbookHoldsEveryFigureWithTheParametersThatProducedIt() throws java.io.IOException {
        byte[] xlsx = Api.at(port).as("lead", "demo").getBytes(AREA + "/need.xlsx");
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("By locality", "By ward",
                    "By small area", "By school and setting", "Identified", "About these figures");
            assertThat(sheets.get(2).read()).hasSize(192);
            assertThat(sheets.get(3).read()).hasSize(139);
            var about = sheets.get(5).read().stream().map(r -> r.getCellText(0) + "=" + r.getCellText(1)).toList();
            assertThat(about).contains("Targeted rate=0.1", "Deprivation multiplier M=2", "Specialist rate=0.01");
            assertThat(about).anySatisfy(a -> assertThat(a).startsWith("Source=Children: Census 2021"));
        }
    }

    @Test
    void aWorkforceByRoleIsSharedInItsProportionsBesideTheCurrentAllocation() {
        Api lead = Api.at(port).as("lead", "demo");
        JsonNode first = lead.post("/api/v1/areas/need-test/workforce/allocation", "{\"fte\":1}").json().get("localities").get(0);
        Api.Response response = lead.post("/api/v1/areas/need-test/workforce/allocation",
                "{\"roles\":{\"Therapists\":40,\"Assistants\":12},\"current\":{\"" + first.get("key").asString() + "\":3.5}}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode allocation = response.json();
        assertThat(allocation.get("fte").asDouble()).isEqualTo(52);
        JsonNode locality = allocation.get("localities").get(0);
        assertThat(locality.get("current").asDouble()).isEqualTo(3.5);
        assertThat(locality.get("needBasedByRole").get("Therapists").asDouble() + locality.get("needBasedByRole").get("Assistants").asDouble())
                .isCloseTo(locality.get("needBased").asDouble(), within(1e-9));
        assertThat(locality.get("needBasedByRole").get("Assistants").asDouble())
                .isCloseTo(locality.get("needBased").asDouble() * 12 / 52, within(1e-9));
        Api.Response negative = lead.post("/api/v1/areas/need-test/workforce/allocation", "{\"roles\":{\"Assistants\":-2}}");
        assertThat(negative.json().get("errors").get(0).get("column").asString()).isEqualTo("roles.Assistants");
    }

    @Test
    void ageBandsSplitEachSmallAreasChildrenAndAddUpToTheWhole() {
        Api lead = Api.at(port).as("lead", "demo");
        double all = lead.get(AREA + "?by=area").json().get(0).get("children").asDouble();
        double sum = 0;
        for (String band : new String[] {"0-4", "5-10", "11-15"}) {
            Api.Response response = lead.get(AREA + "?by=locality&ageBand=" + band);
            assertThat(response.headers().firstValue("Need-Model")).hasValueSatisfying(v -> assertThat(v).endsWith("ageBand=" + band));
            double children = response.json().valueStream().mapToDouble(r -> r.get("children").asDouble()).sum();
            assertThat(children).as(band).isBetween(all * 0.2, all * 0.45);
            sum += children;
        }
        assertThat(sum).isCloseTo(all, within(1e-6));
        Api.Response wrong = lead.get(AREA + "?ageBand=16-18");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("ageBand");
    }
}
