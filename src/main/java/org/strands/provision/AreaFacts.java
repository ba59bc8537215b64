package org.strands.provision;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strands.place.Locality;
import org.strands.place.Setting;

/** What an offer's places are checked against: the area's localities and settings, and which locality each setting is in. */
record AreaFacts(List<Locality> localities, Map<String, Long> localityByName, Map<Long, String> localityNames,
        Map<String, Long> localityOfSetting) {

    static AreaFacts of(List<Locality> localities, List<Setting> settings) {
        Map<String, Long> byName = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Map<String, Long> byWard = new HashMap<>();
        for (Locality l : localities) {
            byName.put(key(l.name()), l.id());
            names.put(l.id(), l.name());
            l.wards().forEach(w -> byWard.put(w.code(), l.id()));
        }
        Map<String, Long> ofSetting = new HashMap<>();
        for (Setting s : settings) {
            ofSetting.put(s.ref(), s.wardCode() == null ? null : byWard.get(s.wardCode()));
        }
        return new AreaFacts(localities, byName, names, ofSetting);
    }

    Optional<Long> locality(String name) {
        return Optional.ofNullable(localityByName.get(key(name)));
    }

    boolean hasSetting(String ref) {
        return localityOfSetting.containsKey(ref);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
