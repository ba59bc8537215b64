package org.strands.linking;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each setting's link time, in tenths of an hour: {@value #SHARE_PERCENT}% of the team's link hours shared in
 * proportion to the setting's weighted need, and at least {@value #MINIMUM_TENTHS} tenths (one hour) so every
 * setting has a named contact with some time. No setting is given more than the team's largest link hours, so
 * that one therapist can hold it; what that leaves over is shared among the others. The rest is left free for
 * the unexpected.
 */
final class LinkHours {

    static final int SHARE_PERCENT = 90;
    static final long MINIMUM_TENTHS = 10;
    static final String RULE = "Link time is " + SHARE_PERCENT + "% of the team's link hours, shared in proportion to each "
            + "setting's need: targeted need (pupils × the targeted rate of its small area) plus k × specialist need "
            + "(pupils × the specialist rate; in special schools and alternative provision every pupil counts as specialist need). "
            + "Where no pupil number is recorded, it is estimated from settings of the same kind. Every setting has at least 1 hour, "
            + "and none more than one therapist's link hours.";

    private LinkHours() {
    }

    /**
     * @param need each setting's weighted need by ref
     * @param largestTenths the most link time one therapist has, in tenths; no setting is given more
     */
    static Map<String, Long> tenths(List<LinkNeeds.Need> need, double teamHours, long largestTenths) {
        double budget = teamHours * 10 * SHARE_PERCENT / 100.0;
        long cap = Math.max(MINIMUM_TENTHS, largestTenths);
        Set<String> capped = new HashSet<>();
        Map<String, Long> tenths = new LinkedHashMap<>();
        boolean again = true;
        while (again) {
            again = false;
            double left = budget - capped.size() * (double) cap;
            double totalNeed = need.stream().filter(n -> !capped.contains(n.ref())).mapToDouble(LinkNeeds.Need::weighted).sum();
            for (LinkNeeds.Need n : need) {
                if (capped.contains(n.ref())) {
                    tenths.put(n.ref(), cap);
                    continue;
                }
                double share = totalNeed <= 0 || left <= 0 ? 0 : left * n.weighted() / totalNeed;
                if (share > cap) {
                    capped.add(n.ref());
                    again = true;
                }
                tenths.put(n.ref(), Math.max(MINIMUM_TENTHS, Math.min(cap, Math.round(share))));
            }
        }
        return tenths;
    }
}
