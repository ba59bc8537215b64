package org.strands.linking.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.strands.linking.Assignment;
import org.strands.linking.LinkChoice;
import org.strands.linking.LinkKinds;
import org.strands.linking.LinkSolveJob;
import org.strands.linking.LinkTeam;
import org.strands.linking.LinkTherapists;
import org.strands.linking.LinkWorkbook;
import org.strands.linking.LinkingPermissions;
import org.strands.linking.Therapist;
import org.strands.linking.TherapistInput;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Job;
import org.strands.platform.NotFound;

/** Link therapists: the team, placing them by need with the solver, choosing by hand, and the published list. */
@RestController
@RequestMapping("/api/v1/areas/{area}/link-therapists")
class LinkTherapistsApiController {

    record SolveRequest(Integer seconds) {
    }

    record Choice(Long therapistId, Boolean pinned, Boolean allowOverHours) {
    }

    /** The link as saved, and {@code warning} when it was saved over the therapist's link hours. */
    record Chosen(@JsonUnwrapped Assignment assignment, String warning) {
    }

    record Kinds(List<String> kinds) {
    }

    private final LinkTherapists links;
    private final LinkTeam team;
    private final LinkWorkbook downloads;
    private final LinkKinds kinds;
    private final LinkSolveJob solving;

    LinkTherapistsApiController(LinkTherapists links, LinkTeam team, LinkWorkbook downloads, LinkKinds kinds,
            LinkSolveJob solving) {
        this.links = links;
        this.team = team;
        this.downloads = downloads;
        this.kinds = kinds;
        this.solving = solving;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping
    LinkTherapists.Outcome current(AreaContext area) {
        return links.current(area.area());
    }

    /** Starts placing in the background: 202 with the job's Location, to poll until its result is ready. */
    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/solve")
    ResponseEntity<Job.Json> solve(AreaContext area, @RequestBody(required = false) SolveRequest request) {
        int seconds = request == null || request.seconds() == null ? (int) LinkTherapists.DEFAULT_LIMIT.toSeconds() : request.seconds();
        Job job = solving.start(area.area(), Duration.ofSeconds(seconds), area.username());
        return ResponseEntity.accepted().location(URI.create(job.apiPath(area.area()))).body(job.json());
    }

    /** The last solve: who started it, when, how long it took and how soon it had a plan with no hard breach. */
    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/last-solve")
    LinkTherapists.LastSolve lastSolve(AreaContext area) {
        return links.lastSolve(area.area()).orElseThrow(() -> new NotFound("Link therapists have not been placed in "
                + area.area().name() + " yet."));
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/team")
    List<Therapist> team(AreaContext area) {
        return team.of(area.area());
    }

    @Requires(LinkingPermissions.PLACE)
    @PutMapping("/team")
    List<Therapist> replaceTeam(AreaContext area, @RequestBody List<TherapistInput> therapists) {
        return team.replace(area.area(), therapists, area.username());
    }

    @Requires(LinkingPermissions.PLACE)
    @PostMapping("/team")
    Therapist add(AreaContext area, @RequestBody TherapistInput therapist) {
        return team.add(area.area(), therapist, area.username());
    }

    @Requires(LinkingPermissions.PLACE)
    @DeleteMapping("/team/{id}")
    ResponseEntity<Void> remove(AreaContext area, @PathVariable long id) {
        team.remove(area.area(), id);
        return ResponseEntity.noContent().build();
    }

    @Requires(LinkingPermissions.PLACE)
    @PutMapping("/assignments/{urn}")
    Chosen choose(AreaContext area, @PathVariable String urn, @RequestBody Choice choice) {
        if (choice.therapistId() == null) {
            throw InvalidInput.of("therapistId", "Choose the link therapist by their id.");
        }
        LinkChoice chosen = links.assign(area.area(), urn, choice.therapistId(), !Boolean.FALSE.equals(choice.pinned()),
                Boolean.TRUE.equals(choice.allowOverHours()), area.username());
        return new Chosen(chosen.assignment(), chosen.warning());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/kinds")
    List<LinkKinds.Choice> kinds(AreaContext area) {
        return kinds.choices(area.area());
    }

    @Requires(LinkingPermissions.PLACE)
    @PutMapping("/kinds")
    List<LinkKinds.Choice> chooseKinds(AreaContext area, @RequestBody Kinds chosen) {
        kinds.choose(area.area(), chosen == null ? null : chosen.kinds(), area.username());
        return kinds.choices(area.area());
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/list.xlsx")
    ResponseEntity<byte[]> list(AreaContext area) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"link-therapists-" + area.area().slug() + ".xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(downloads.of(area.area()));
    }
}
