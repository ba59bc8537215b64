package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.strands.place.LocalitiesRegrouped;
import org.strands.place.Locality;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.support.TestDatabaseInitializer;

/**
 * Provision on its own with the modules it depends on: when place says that a locality was merged into another,
 * the offers that named it name the other, and provision says that its offers changed.
 */
@Tag("data")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class OfferPlacesModuleTests {

    @Autowired
    ProvisionRegister register;

    @Autowired
    AreaRegistry areas;

    @Test
    void anOfferNamingAMergedLocalityNamesTheLocalityItWasMergedInto(Scenario scenario) {
        Area area = areas.find("stockport").orElseThrow();
        List<Locality> localities = register.facts(area).localities();
        Locality merged = localities.get(0);
        Locality into = localities.get(1);
        Offer offer = register.save(area, new OfferDetails("Module Partner", PartnerType.OTHER, "Module offer", null,
                List.of("FS1"), EntryKind.PROVISION, null, List.of(merged.name()), null, null, null, null, null, null, null,
                null, OfferStatus.CURRENT, null, null, null), "tester");

        scenario.publish(new LocalitiesRegrouped(area.id(), List.of(new LocalitiesRegrouped.Move(merged.id(), merged.name(),
                        List.of(into.id()), List.of(into.name()))), "tester"))
                .andWaitForEventOfType(OffersChanged.class)
                .matching(changed -> changed.areaId() == area.id())
                .toArriveAndVerify(changed -> {
                    assertThat(register.offer(area, offer.id()).localities()).containsExactly(into.name());
                    assertThat(register.history(area, offer.id()).getFirst().note())
                            .isEqualTo("Localities regrouped: " + merged.name() + " → " + into.name() + ".");
                    assertThat(register.history(area, offer.id()).getFirst().changedBy()).isEqualTo("tester");
                });
    }
}
