package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

@DataTest
class CommissionFromTheMapIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void expectationsWrittenForACellAppearInTheSpecificationAndItsAccessiblePdf() throws Exception {
        Api commissioner = Api.at(port).as("commissioner", "demo");
        Api.Response set = commissioner.put("/api/v1/areas/stockport/provision/expectations/ee2", """
                {"fromTherapy":"Therapists train staff in enhanced classrooms","fromPartners":"Schools adapt two classrooms a term"}""");
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        JsonNode spec = commissioner.get("/api/v1/areas/stockport/provision/specification").json();
        JsonNode ee2 = spec.get("sections").valueStream().filter(s -> s.get("code").asString().equals("EE2")).findFirst().orElseThrow();
        assertThat(ee2.get("fromTherapy").asString()).isEqualTo("Therapists train staff in enhanced classrooms");
        assertThat(ee2.get("gap").asBoolean()).isTrue();
        assertThat(spec.get("sections").size()).isEqualTo(15);

        byte[] pdf = commissioner.getBytes("/api/v1/areas/stockport/provision/specification.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).contains("Stockport");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("EE2: Enabling environments, Targeted", "Schools adapt two classrooms a term", "IN3");
        }
    }

    @Test
    void anUnknownOutcomeCannotHaveExpectations() {
        Api.Response response = Api.at(port).as("commissioner", "demo").put("/api/v1/areas/stockport/provision/expectations/XX1",
                "{\"fromTherapy\":\"x\"}");
        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void actionsAreAgreedFollowedAndFlaggedWhenOverdue() {
        Api lead = Api.at(port).as("lead", "demo");
        String locality = lead.get("/api/v1/areas/stockport/localities").json().get(0).get("name").asString();
        Api.Response late = lead.post("/api/v1/areas/stockport/provision/actions",
                "{\"title\":\"Train staff for targeted groups\",\"outcomes\":[\"WW2\",\"in2\"],\"localities\":[\"" + locality
                        + "\"],\"owner\":\"Lee Lead\",\"dueOn\":\"2020-01-31\"}");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().get("overdue").asBoolean()).isTrue();
        assertThat(late.json().get("outcomes").valueStream().map(JsonNode::asString)).containsExactly("IN2", "WW2");
        long id = late.json().get("id").asLong();

        JsonNode done = lead.put("/api/v1/areas/stockport/provision/actions/" + id, "{\"status\":\"DONE\",\"note\":\"All staff trained\"}").json();
        assertThat(done.get("overdue").asBoolean()).isFalse();
        assertThat(done.get("notes").get(0).get("text").asString()).isEqualTo("All staff trained");
        assertThat(lead.get("/api/v1/areas/stockport/provision/actions.csv").body()).contains("Train staff for targeted groups");
    }

    @Test
    void anActionNeedsATitleAnOwnerAndRealCellsAndLocalities() {
        Api.Response response = Api.at(port).as("lead", "demo").post("/api/v1/areas/stockport/provision/actions",
                "{\"title\":\"\",\"outcomes\":[\"ZZ1\"],\"localities\":[\"Atlantis\"],\"owner\":\"\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("column").asString()))
                .containsExactly("title", "owner", "outcomes", "localities");
    }
}
