package org.strands.platform;

import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts (password {@code demo}), created only in demo mode; and, in any mode, the first
 * system administrator from {@code STRANDS_ADMIN_USERNAME} and {@code STRANDS_ADMIN_PASSWORD}. Run at start-up as
 * platform's module initializer, before those of the modules that depend on platform.
 */
@Component
public class DemoAccounts implements ApplicationModuleInitializer {

    /** Each demo account with its role in the demo area. */
    public static final Map<String, Role> ROLES = Map.of(
            "admin", Role.ADMIN,
            "commissioner", Role.COMMISSIONER,
            "lead", Role.SERVICE_LEAD,
            "practitioner", Role.PRACTITIONER,
            "senco", Role.SETTING_STAFF,
            "mentor", Role.MENTOR);

    private static final Map<String, String> NAMES = Map.of(
            "admin", "Alex Admin",
            "commissioner", "Chris Commissioner",
            "lead", "Lee Lead",
            "practitioner", "Pat Practitioner",
            "senco", "Sam Senco",
            "mentor", "Morgan Mentor");

    private final People people;
    private final DemoMode demo;
    private final Environment env;

    DemoAccounts(People people, DemoMode demo, Environment env) {
        this.people = people;
        this.demo = demo;
        this.env = env;
    }

    @Override
    public void initialize() {
        String adminUser = env.getProperty("strands.admin.username", "");
        String adminPassword = env.getProperty("strands.admin.password", "");
        if (!adminUser.isBlank() && !adminPassword.isBlank()) {
            people.ensure(adminUser, "System administrator", adminPassword, true);
        }
        if (demo.enabled()) {
            ROLES.keySet().forEach(username ->
                    people.ensure(username, NAMES.get(username), "demo", "admin".equals(username)));
        }
    }

    /** Makes every demo account a member of the area with its demo role. Does nothing outside the demo. */
    public void joinArea(long areaId) {
        if (demo.enabled()) {
            initialize();
            ROLES.forEach((username, role) -> people.grant(username, areaId, role));
        }
    }
}
