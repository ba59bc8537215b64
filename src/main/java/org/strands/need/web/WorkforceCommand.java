package org.strands.need.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The what-if workforce form as entered: the workforce by role, k, and each locality's current FTE beside its key. */
record WorkforceCommand(String therapists, String assistants, String k, List<String> locality, List<String> current) {

    WorkforceCommand {
        locality = locality == null ? List.of() : List.copyOf(locality);
        current = current == null ? List.of() : List.copyOf(current);
    }

    /** The current FTE typed for each locality, by locality key; blanks left out. */
    Map<String, String> currentByLocality() {
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < locality.size() && i < current.size(); i++) {
            if (current.get(i) != null && !current.get(i).isBlank()) {
                typed.put(locality.get(i), current.get(i));
            }
        }
        return typed;
    }
}
