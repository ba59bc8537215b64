package org.strands.need;

/**
 * Estimated targeted need in a school or setting: its pupils × the targeted rate of the small area it is in
 * (stated as such, since pupils may live elsewhere). Null figures where pupils or the small area are unknown.
 */
public record SettingNeed(String ref, String name, String phase, Integer pupils, Integer decile, Double targeted,
        Double latitude, Double longitude) {
}
