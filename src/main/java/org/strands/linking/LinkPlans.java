package org.strands.linking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.place.SmallArea;
import org.strands.platform.Area;

/**
 * Builds the solver's view of an area from what is stored: the team, every school and setting of a kind the area
 * links with its link time from need, its locality, and its current link therapist.
 */
@Component
class LinkPlans {

    static final String NO_LOCALITY = "Not in a locality";

    /** A link as stored, with whether a person pinned it. */
    record Current(String settingRef, long therapistId, double hours, boolean pinned, String reason) {
    }

    private final JdbcClient db;
    private final LinkTeam team;
    private final LinkNeeds needs;
    private final AreaPlaces places;

    LinkPlans(JdbcClient db, LinkTeam team, LinkNeeds needs, AreaPlaces places) {
        this.db = db;
        this.team = team;
        this.needs = needs;
        this.places = places;
    }

    /**
     * The plan to solve for the settings the area links ({@link #linked}): pinned links keep their therapist; others
     * start empty and remember their previous one.
     */
    LinkPlan toSolve(Area area, List<LinkNeeds.Need> linked) {
        return build(area, linked, false);
    }

    /** The plan as it stands now, every link with its current therapist, to score. */
    LinkPlan asItStands(Area area, List<LinkNeeds.Need> linked) {
        return build(area, linked, true);
    }

    Map<String, Current> current(Area area) {
        return db.sql("select setting_ref, therapist_id, hours, pinned, reason from link_assignment where area_id = ?")
                .param(area.id()).query(Current.class).list().stream()
                .collect(Collectors.toMap(Current::settingRef, Function.identity()));
    }

    /** Schools and settings by ref, with their locality: every one that has a kind, linked or not. */
    Map<String, Setting> settings(Area area) {
        return places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> SettingKind.of(s).isPresent())
                .collect(Collectors.toMap(Setting::ref, Function.identity()));
    }

    /** The settings the area links, with their pupils and need: worked out once per request, then handed on. */
    List<LinkNeeds.Need> linked(Area area) {
        return needs.of(area);
    }

    Map<String, String> localityBySmallArea(Area area) {
        Map<String, String> localities = new HashMap<>();
        for (SmallArea s : places.smallAreas(area, AreaPlaces.SmallAreaFilter.NONE)) {
            localities.put(s.code(), s.locality() == null ? NO_LOCALITY : s.locality());
        }
        return localities;
    }

    private LinkPlan build(Area area, List<LinkNeeds.Need> linked, boolean asItStands) {
        List<Therapist> therapists = team.of(area);
        Map<Long, Therapist> byId = therapists.stream().collect(Collectors.toMap(Therapist::id, Function.identity()));
        Map<String, Long> tenths = LinkHours.tenths(linked, therapists.stream().mapToDouble(Therapist::linkHours).sum(),
                therapists.stream().mapToLong(Therapist::capacityTenths).max().orElse(0));
        Map<String, String> localities = localityBySmallArea(area);
        Map<String, Current> current = current(area);
        List<SettingLink> links = linked.stream().map(n -> {
            Setting s = n.setting();
            Current now = current.get(s.ref());
            Therapist previous = now == null ? null : byId.get(now.therapistId());
            SettingLink link = new SettingLink(s.ref(), s.name(), tenths.get(s.ref()), s.latitude(), s.longitude(),
                    s.lsoa() == null ? NO_LOCALITY : localities.getOrDefault(s.lsoa(), NO_LOCALITY), previous, now != null && now.pinned());
            if (asItStands) {
                link.setTherapist(previous);
            }
            return link;
        }).toList();
        return new LinkPlan(therapists, links);
    }
}
