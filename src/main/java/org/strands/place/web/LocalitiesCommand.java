package org.strands.place.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The localities form as entered: each ward's code with the locality name typed beside it, in page order. */
record LocalitiesCommand(List<String> ward, List<String> locality) {

    LocalitiesCommand {
        ward = ward == null ? List.of() : List.copyOf(ward);
        locality = locality == null ? List.of() : List.copyOf(locality);
    }

    /** The name typed for each ward, by ward code. */
    Map<String, String> localityOfWard() {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < ward.size(); i++) {
            named.put(ward.get(i), i < locality.size() && locality.get(i) != null ? locality.get(i).strip() : "");
        }
        return named;
    }

    /** Wards with the same name form one locality, in the order first named. */
    static Map<String, List<String>> grouped(Map<String, String> localityOfWard) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        localityOfWard.forEach((code, name) -> grouped.computeIfAbsent(name, k -> new ArrayList<>()).add(code));
        return grouped;
    }
}
