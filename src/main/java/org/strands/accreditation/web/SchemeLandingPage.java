package org.strands.accreditation.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.platform.LandingPage;
import org.strands.platform.Role;

/**
 * A school's staff start at their school or setting, and a mentor at the settings they mentor, unless they also hold a
 * role that sees the whole area, who start at the area as before.
 */
@Component
class SchemeLandingPage implements LandingPage {

    private static final Set<Role> AREA_WIDE = EnumSet.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD, Role.PRACTITIONER);

    @Override
    public Optional<String> pathFor(Area area, Set<Role> roles) {
        if (roles.stream().anyMatch(AREA_WIDE::contains)) {
            return Optional.empty();
        }
        if (roles.contains(Role.SETTING_STAFF)) {
            return Optional.of("/areas/" + area.slug() + "/my-setting");
        }
        return roles.contains(Role.MENTOR) ? Optional.of("/areas/" + area.slug() + "/my-mentoring") : Optional.empty();
    }
}
