package org.strands.place.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.strands.place.AreaSetup;
import org.strands.place.ReferenceData;
import org.strands.place.VenueRegister;
import org.strands.place.reference.ReferenceDataset;
import org.strands.place.reference.ReferenceLoader;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoAccounts;
import org.strands.platform.DemoMode;

/**
 * The demo area, Stockport, built from real open data on the first start in demo mode: its slices of the
 * national files are loaded through the same importers (unless a national file is already loaded), then
 * the area is created with its family hubs and libraries, and the demo accounts join it. Place's module initializer: it runs after platform's (the
 * demo accounts) and before those of the modules that build on places.
 */
@Component
class StockportDemo implements ApplicationModuleInitializer {

    static final String SLUG = "stockport";
    private static final Logger log = LoggerFactory.getLogger(StockportDemo.class);

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final AreaSetup setup;
    private final ReferenceData referenceData;
    private final ReferenceLoader loader;
    private final DemoAccounts accounts;
    private final VenueRegister venues;

    StockportDemo(DemoMode demo, AreaRegistry areas, AreaSetup setup, ReferenceData referenceData,
            ReferenceLoader loader, DemoAccounts accounts, VenueRegister venues) {
        this.venues = venues;
        this.demo = demo;
        this.areas = areas;
        this.setup = setup;
        this.referenceData = referenceData;
        this.loader = loader;
        this.accounts = accounts;
    }

    @Override
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        Optional<Area> existing = areas.find(SLUG);
        if (existing.isPresent()) {
            accounts.joinArea(existing.get().id()); // harmless if done, and heals a first start cut short
            return;
        }
        for (ReferenceDataset dataset : ReferenceDataset.values()) {
            if (!loader.loaded(dataset)) {
                try (InputStream in = new ClassPathResource("demo/reference/" + dataset.slug() + ".csv").getInputStream()) {
                    referenceData.load(dataset.slug(), in, "demo/reference/" + dataset.slug() + ".csv", "demo");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Area stockport = setup.create(SLUG, "Stockport", java.util.List.of("E08000007"));
        StockportVenues.ALL.forEach(venue -> venues.save(stockport, venue, "demo"));
        accounts.joinArea(stockport.id());
        log.info("Demo area Stockport created; sign in as admin, commissioner, lead, practitioner, senco or mentor with password demo");
    }
}
