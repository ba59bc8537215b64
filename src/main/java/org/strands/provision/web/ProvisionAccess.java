package org.strands.provision.web;

import java.util.List;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.Role;

/** Who may change provision (commissioners, service leads, area administrators), and the age bands of the map. */
final class ProvisionAccess {

    static final List<String> AGE_BANDS = List.of("0-4", "5-10", "11-15", "16-25");

    private ProvisionAccess() {
    }

    static void requireEditor(AreaContext area) {
        area.require(Role.COMMISSIONER, Role.SERVICE_LEAD, Role.ADMIN);
    }

    static boolean canEdit(AreaContext area) {
        return area.has(Role.COMMISSIONER, Role.SERVICE_LEAD, Role.ADMIN);
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
