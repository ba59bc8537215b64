package org.strands.linking;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.need.NeedEstimates;
import org.strands.need.NeedModel;
import org.strands.platform.Area;
import org.strands.platform.Spreadsheet;

/** The link therapist list for schools' websites, with a sheet saying how link time was worked out. */
@Component
public class LinkWorkbook {

    private final LinkTherapists links;
    private final LinkTeam team;
    private final NeedEstimates estimates;
    private final LinkKinds kinds;

    LinkWorkbook(LinkTherapists links, LinkTeam team, NeedEstimates estimates, LinkKinds kinds) {
        this.links = links;
        this.team = team;
        this.estimates = estimates;
        this.kinds = kinds;
    }

    public byte[] of(Area area) {
        List<List<Object>> rows = links.assignments(area).stream().<List<Object>>map(a -> List.of(a.urn(), a.setting(), a.therapist(),
                a.hours(), a.locality(), a.pinned(), a.kind() == null ? "" : a.kind(), a.pupils() == null ? "" : a.pupils(),
                a.pupilsEstimated() ? "Estimated" : "Recorded", a.pupilsBasis() == null ? "" : a.pupilsBasis())).toList();
        List<List<Object>> therapists = team.of(area).stream().<List<Object>>map(t -> List.of(t.name(), t.baseName(), t.linkHours())).toList();
        NeedModel model = estimates.model(area);
        List<List<Object>> about = new ArrayList<>();
        about.add(List.of("Area", area.name()));
        about.add(List.of("Link time", LinkHours.RULE));
        about.add(List.of("Settings given a link therapist", kinds.chosen(area).stream().sorted().map(SettingKind::label)
                .collect(java.util.stream.Collectors.joining(", "))));
        about.add(List.of("Need model", "Targeted rate " + model.targetedRate() + ", deprivation multiplier M " + model.deprivationMultiplier()
                + ", specialist rate " + model.specialistRate()
                + ", specialist weight k " + model.specialistWeight()));
        links.lastSolve(area).ifPresent(s -> about.add(List.of("Last placed", org.strands.platform.Formats.ukDate(s.solvedAt()) + " by " + s.solvedBy()
                + ", score " + s.score())));
        NeedEstimates.SOURCES.forEach(source -> about.add(List.of("Source", source)));
        return Spreadsheet.of(List.of(
                new Spreadsheet.Sheet("Link therapists", List.of("URN", "School or setting", "Link therapist", "Link hours a year",
                        "Locality", "Chosen by hand", "Kind of setting", "Pupils", "Pupil number", "How pupils were estimated"), rows),
                new Spreadsheet.Sheet("Team", List.of("Therapist", "Base", "Link hours a year"), therapists),
                new Spreadsheet.Sheet("About these figures", List.of("What", "Detail"), about)));
    }
}
