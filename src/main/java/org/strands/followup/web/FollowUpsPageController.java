package org.strands.followup.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.followup.FollowUp;
import org.strands.followup.FollowUpPermissions;
import org.strands.followup.FollowUpSettings;
import org.strands.followup.FollowUpSetup;
import org.strands.followup.FollowUpStatus;
import org.strands.followup.FollowUps;
import org.strands.followup.Provider;
import org.strands.platform.AreaContext;
import org.strands.platform.Confirmation;
import org.strands.platform.Copy;
import org.strands.platform.Formats;
import org.strands.platform.Requires;

/**
 * The area's follow-ups for staff: how many are in each status, response rates by route and locality, the list with a
 * filter by status, the messages the demo would have sent, and stopping a family's messages at their word.
 */
@Controller
class FollowUpsPageController {

    /** The most follow-ups listed on the page; the API gives up to 500. */
    static final int SHOWN = 200;
    /** The most kept messages listed. */
    static final int KEPT = 50;

    private final FollowUps followUps;
    private final FollowUpSetup setup;
    private final Formats formats;

    FollowUpsPageController(FollowUps followUps, FollowUpSetup setup, Formats formats) {
        this.followUps = followUps;
        this.setup = setup;
        this.formats = formats;
    }

    @Requires(FollowUpPermissions.SEE)
    @GetMapping("/areas/{area}/follow-ups")
    String list(AreaContext area, @RequestParam(required = false) String status, Model model) {
        FollowUpStatus chosen = Views.status(status);
        Map<FollowUpStatus, Long> counts = followUps.counts(area.area());
        FollowUpSettings settings = setup.of(area.area());
        List<FollowUp> shown = followUps.list(area.area(), chosen, SHOWN);
        model.addAttribute("counts", counts);
        model.addAttribute("total", chosen == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(chosen));
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("statuses", statuses());
        model.addAttribute("followUps", shown);
        model.addAttribute("byRoute", Views.rates(followUps.rates(area.area(), "route"), true, formats));
        model.addAttribute("byLocality", Views.rates(followUps.rates(area.area(), "locality"), false, formats));
        model.addAttribute("routes", Views.routes());
        model.addAttribute("settings", settings);
        model.addAttribute("canConfigure", area.may(FollowUpPermissions.CONFIGURE));
        model.addAttribute("kept", settings.provider() == Provider.LOG ? Views.kept(followUps.kept(area.area(), KEPT)) : null);
        model.addAttribute("formats", formats);
        return "followup/follow-ups";
    }

    /** Stopping a family's messages asks first, on a page of its own. */
    @Requires(FollowUpPermissions.SEE)
    @GetMapping("/areas/{area}/follow-ups/{id}/stop")
    String confirmStop(AreaContext area, @PathVariable long id, Model model) {
        FollowUp f = followUps.one(area.area(), id);
        String back = "/areas/" + area.area().slug() + "/follow-ups";
        return Confirmation.page(model, Copy.of("followup.stop.title"), Copy.of("followup.stop.question", f.address()),
                Copy.of("followup.stop.detail"), back + "/" + id + "/stop", Copy.of("followup.stop.button"), back);
    }

    @Requires(FollowUpPermissions.SEE)
    @PostMapping("/areas/{area}/follow-ups/{id}/stop")
    String stop(AreaContext area, @PathVariable long id, RedirectAttributes redirect) {
        followUps.withdrawByStaff(area.area(), id, area.username());
        redirect.addFlashAttribute("saved", Copy.of("followup.list.stoppedBanner"));
        return "redirect:/areas/" + area.area().slug() + "/follow-ups";
    }

    /** Sending to a paused address again asks first, on a page of its own. */
    @Requires(FollowUpPermissions.CONFIGURE)
    @GetMapping("/areas/{area}/follow-ups/{id}/resume")
    String confirmResume(AreaContext area, @PathVariable long id, Model model) {
        FollowUp f = followUps.one(area.area(), id);
        String back = "/areas/" + area.area().slug() + "/follow-ups";
        return Confirmation.page(model, Copy.of("followup.resume.title"), Copy.of("followup.resume.question", f.address()),
                Copy.of("followup.resume.detail"), back + "/" + id + "/resume", Copy.of("followup.resume.button"), back);
    }

    @Requires(FollowUpPermissions.CONFIGURE)
    @PostMapping("/areas/{area}/follow-ups/{id}/resume")
    String resume(AreaContext area, @PathVariable long id, RedirectAttributes redirect) {
        followUps.resumeAddress(area.area(), id);
        redirect.addFlashAttribute("saved", Copy.of("followup.list.resumedBanner"));
        return "redirect:/areas/" + area.area().slug() + "/follow-ups";
    }

    private static Map<String, String> statuses() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", Copy.of("followup.status.all"));
        Arrays.stream(FollowUpStatus.values()).forEach(s -> options.put(s.name(), Copy.of("followup.status." + s.name())));
        return options;
    }
}
