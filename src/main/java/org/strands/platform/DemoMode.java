package org.strands.platform;

/**
 * Whether this instance is the demo: demo accounts exist and the demo area is seeded. On by default with
 * the embedded database, off with an external one unless {@code STRANDS_DEMO=true}.
 */
public record DemoMode(boolean enabled) {
}
