package org.strands.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;

/**
 * Pupils for a setting with no recorded number, from settings of its kind: the median of the area's settings of
 * the same GIAS type and phase, else of England's, else of the area's settings of the same kind. Family hubs and children's
 * centres are estimated like nurseries. Every estimate says what it was made from.
 */
final class PupilEstimates {

    /** Pupils, recorded or estimated; {@code basis} is null when recorded, and pupils null when nothing could be estimated. */
    record Pupils(Integer pupils, boolean estimated, String basis) {
    }

    private final Map<String, List<Integer>> areaByType = new HashMap<>();
    private final Map<SettingKind, List<Integer>> areaByKind = new HashMap<>();
    private final Map<String, AreaPlaces.TypicalPupils> england = new HashMap<>();

    PupilEstimates(List<Setting> areaSettings, List<AreaPlaces.TypicalPupils> england) {
        england.forEach(t -> this.england.put(key(t.type(), t.phase()), t));
        for (Setting s : areaSettings) {
            if (s.pupils() != null && s.pupils() > 0) {
                areaByType.computeIfAbsent(key(s.type(), s.phase()), t -> new ArrayList<>()).add(s.pupils());
                SettingKind.of(s).ifPresent(k -> areaByKind.computeIfAbsent(k, x -> new ArrayList<>()).add(s.pupils()));
            }
        }
    }

    Pupils of(Setting s, SettingKind kind) {
        if (s.pupils() != null && s.pupils() > 0) {
            return new Pupils(s.pupils(), false, null);
        }
        List<Integer> sameType = areaByType.get(key(s.type(), s.phase()));
        if (sameType != null) {
            return estimate(median(sameType), sameType.size(), plural(s.type(), sameType.size()) + phase(s) + " in the area");
        }
        AreaPlaces.TypicalPupils national = england.get(key(s.type(), s.phase()));
        if (national != null) {
            return estimate(national.median(), national.establishments(), plural(s.type(), national.establishments()) + phase(s) + " in England");
        }
        SettingKind like = kind == SettingKind.FAMILY_HUB ? SettingKind.NURSERY : kind;
        List<Integer> sameKind = areaByKind.get(like);
        if (sameKind != null) {
            return estimate(median(sameKind), sameKind.size(), like.label().toLowerCase(Locale.UK) + " in the area");
        }
        if (like == SettingKind.NURSERY) {
            AreaPlaces.TypicalPupils nurseries = england.get(key("Local authority nursery school", "Nursery"));
            if (nurseries != null) {
                return estimate(nurseries.median(), nurseries.establishments(), "nursery schools in England");
            }
        }
        return new Pupils(null, true, "No pupil number is recorded, and there are no settings of its kind to estimate from.");
    }

    private static String key(String type, String phase) {
        return type + "|" + phase;
    }

    /** The phase in words, where GIAS gives one: " (primary)". */
    private static String phase(Setting s) {
        return s.phase() == null || s.phase().isBlank() || s.phase().equals("Not applicable") ? ""
                : " (" + s.phase().toLowerCase(Locale.UK) + ")";
    }

    private static Pupils estimate(int median, int of, String what) {
        return new Pupils(median, true, "Estimated: the median of " + String.format(Locale.UK, "%,d", of) + " " + what + ".");
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** A GIAS type as a plural in running text: "Academy special converter" becomes "academy special converters". */
    private static String plural(String type, int count) {
        String t = Optional.ofNullable(type).orElse("setting").toLowerCase(Locale.UK);
        if (count == 1) {
            return t;
        }
        if (t.endsWith("school") || t.endsWith("converter") || t.endsWith("unit") || t.endsWith("institution") || t.endsWith("centre")
                || t.endsWith("college") || t.endsWith("provider") || t.endsWith("hub") || t.endsWith("led")) {
            return t.endsWith("led") ? t.replaceFirst("academy", "academies") : t + "s";
        }
        return t;
    }
}
