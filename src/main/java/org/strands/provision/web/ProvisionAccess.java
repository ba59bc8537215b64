package org.strands.provision.web;

import java.util.List;
import org.strands.platform.InvalidInput;

/** The age bands of the map. (Who may change provision is declared in {@code ProvisionPermissions}.) */
final class ProvisionAccess {

    static final List<String> AGE_BANDS = List.of("0-4", "5-10", "11-15", "16-25");

    private ProvisionAccess() {
    }

    static String ageBand(String band) {
        if (band == null || band.isBlank()) {
            return null;
        }
        if (!AGE_BANDS.contains(band.strip())) {
            throw InvalidInput.of("ageBand", "Choose an age band: " + String.join(", ", AGE_BANDS) + ".");
        }
        return band.strip();
    }
}
