package org.strands.platform;

import org.springframework.core.env.PropertyResolver;

/**
 * Whether this instance is the demo: demo accounts exist and the demo area is seeded. On by default with
 * the embedded database, off with an external one unless {@code STRANDS_DEMO=true}.
 */
public record DemoMode(boolean enabled) {

    /** The rule: {@code strands.demo.enabled} when it is set, otherwise whether the database is the embedded one (no URL). */
    public static DemoMode of(String flag, String databaseUrl) {
        boolean embedded = databaseUrl == null || databaseUrl.isBlank();
        return new DemoMode(flag == null || flag.isBlank() ? embedded : Boolean.parseBoolean(flag.strip()));
    }

    /** The rule applied to the configuration, for a condition that runs before any bean exists ({@link DemoModeOnly}). */
    static DemoMode of(PropertyResolver configuration) {
        return of(configuration.getProperty("strands.demo.enabled", ""), configuration.getProperty("strands.database.url", ""));
    }
}
