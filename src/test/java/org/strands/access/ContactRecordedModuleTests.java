package org.strands.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Formats;
import org.strands.support.TestDatabaseInitializer;

/**
 * Easy access on its own with the modules it depends on: recording a contact publishes {@link ContactRecorded}, with what
 * later modules need to start a journey or a follow-up and nothing that identifies the family.
 */
@Tag("data")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ContactRecordedModuleTests {

    @Autowired
    Contacts contacts;

    @Autowired
    AreaRegistry areas;

    @Test
    void recordingAContactByPhonePublishesWhatItEndedIn(Scenario scenario) {
        Area area = areas.find("stockport").orElseThrow();
        LocalDate today = LocalDate.now(Formats.LONDON);
        scenario.stimulate(() -> contacts.record(area, new ContactDetails(null, null, Route.ADVICE_LINE, today, 4, "106074",
                        List.of(Concern.STAMMERING), "Give time; slow your own talking", List.of(ContactOutcome.FURTHER_ENQUIRY), List.of()),
                        "tester"))
                .andWaitForEventOfType(ContactRecorded.class)
                .matching(recorded -> recorded.areaId() == area.id() && recorded.route() == Route.ADVICE_LINE)
                .toArriveAndVerify(recorded -> {
                    assertThat(recorded.contactOn()).isEqualTo(today);
                    assertThat(recorded.settingRef()).isEqualTo("106074");
                    assertThat(recorded.locality()).isNotBlank();
                    assertThat(recorded.outcomes()).containsExactly(ContactOutcome.FURTHER_ENQUIRY);
                    assertThat(recorded.followUpOptIn()).isFalse();
                    assertThat(recorded.recordedBy()).isEqualTo("tester");
                });
    }
}
