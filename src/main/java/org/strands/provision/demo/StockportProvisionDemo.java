package org.strands.provision.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.strands.platform.AreaRegistry;
import org.strands.platform.DemoMode;
import org.strands.provision.ProvisionFiles;
import org.strands.provision.ProvisionRegister;

/**
 * The demo's provision audit for Stockport: about sixty synthetic offers from twelve partners, imported
 * through the same importer as a partner's spreadsheet. It tells a typical story: a strong specialist
 * level, a thin targeted level, and recorded gaps. Provision's module initializer, run once the demo area exists.
 */
@Component
class StockportProvisionDemo implements ApplicationModuleInitializer {

    private final DemoMode demo;
    private final AreaRegistry areas;
    private final ProvisionRegister register;
    private final ProvisionFiles files;

    StockportProvisionDemo(DemoMode demo, AreaRegistry areas, ProvisionRegister register, ProvisionFiles files) {
        this.demo = demo;
        this.areas = areas;
        this.register = register;
        this.files = files;
    }

    @Override
    public void initialize() {
        if (!demo.enabled()) {
            return;
        }
        areas.find("stockport").filter(area -> register.offers(area).isEmpty()).ifPresent(area -> {
            try (InputStream in = new ClassPathResource("demo/provision/stockport-audit.csv").getInputStream()) {
                files.importAudit(area, in, "demo");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
