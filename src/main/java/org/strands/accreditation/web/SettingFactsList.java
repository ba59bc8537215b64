package org.strands.accreditation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strands.accreditation.SchemeScope;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.platform.AreaContext;

/** The facts every module holds about a setting, numbered in order so that one can be chosen as evidence. */
@Component
class SettingFactsList {

    private final List<SettingFacts> facts;
    private final SchemeScope scope;

    SettingFactsList(List<SettingFacts> facts, SchemeScope scope) {
        this.facts = facts;
        this.scope = scope;
    }

    List<SettingFacts.Fact> of(AreaContext who, String ref) {
        Setting setting = scope.setting(who, ref);
        return facts.stream().flatMap(f -> f.about(who.area(), setting).stream()).toList();
    }

    /** Each fact by its number, as "label: value". */
    Map<String, String> options(AreaContext who, String ref) {
        Map<String, String> options = new LinkedHashMap<>();
        List<SettingFacts.Fact> all = of(who, ref);
        for (int i = 0; i < all.size(); i++) {
            options.put(String.valueOf(i), all.get(i).label() + ": " + all.get(i).value());
        }
        return options;
    }

    Optional<SettingFacts.Fact> chosen(AreaContext who, String ref, String number) {
        List<SettingFacts.Fact> all = of(who, ref);
        try {
            int i = Integer.parseInt(number == null ? "" : number.strip());
            return i >= 0 && i < all.size() ? Optional.of(all.get(i)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
