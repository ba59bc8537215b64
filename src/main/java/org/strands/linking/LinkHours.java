package org.strands.linking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strands.need.SettingNeed;

/**
 * Each setting's link time, in tenths of an hour: {@value #SHARE_PERCENT}% of the team's link hours shared in
 * proportion to the setting's estimated targeted need, and at least {@value #MINIMUM_TENTHS} tenths (one hour)
 * so every setting has a named contact with some time. The rest is left free for the unexpected.
 */
final class LinkHours {

    static final int SHARE_PERCENT = 90;
    static final long MINIMUM_TENTHS = 10;
    static final String RULE = "Link time is " + SHARE_PERCENT + "% of the team's link hours, shared in proportion to each "
            + "setting's estimated targeted need (pupils × the targeted rate of its small area), and at least 1 hour.";

    private LinkHours() {
    }

    static Map<String, Long> tenths(List<SettingNeed> settings, double teamHours) {
        double totalNeed = settings.stream().mapToDouble(LinkHours::need).sum();
        double budget = teamHours * 10 * SHARE_PERCENT / 100.0;
        Map<String, Long> tenths = new LinkedHashMap<>();
        for (SettingNeed s : settings) {
            long share = totalNeed == 0 ? 0 : Math.round(budget * need(s) / totalNeed);
            tenths.put(s.ref(), Math.max(MINIMUM_TENTHS, share));
        }
        return tenths;
    }

    private static double need(SettingNeed s) {
        return s.targeted() == null ? 0 : s.targeted();
    }
}
