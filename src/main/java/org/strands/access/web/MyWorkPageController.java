package org.strands.access.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.strands.access.DropInSession;
import org.strands.access.DropIns;
import org.strands.linking.Assignment;
import org.strands.linking.LinkAccounts;
import org.strands.linking.Therapist;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;

/**
 * A practitioner's own work: the schools and settings they are link therapist for (when their account is linked to a
 * therapist of the link team), the drop-ins at each, and the sessions they lead.
 */
@Controller
class MyWorkPageController {

    private final LinkAccounts accounts;
    private final DropIns dropIns;
    private final Formats formats;

    MyWorkPageController(LinkAccounts accounts, DropIns dropIns, Formats formats) {
        this.accounts = accounts;
        this.dropIns = dropIns;
        this.formats = formats;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/my-work")
    String myWork(AreaContext area, Model model) {
        Optional<Therapist> therapist = accounts.therapistOf(area.area(), area.username());
        List<Assignment> settings = therapist.map(t -> accounts.settingsOf(area.area(), t.id())).orElse(List.of());
        Map<String, List<DropInSession>> dropInsAt = new LinkedHashMap<>();
        settings.forEach(s -> dropInsAt.put(s.urn(), dropIns.at(area.area(), s.urn())));
        model.addAttribute("therapist", therapist.orElse(null));
        model.addAttribute("settings", settings);
        model.addAttribute("dropInsAt", dropInsAt);
        model.addAttribute("sessions", dropIns.ledBy(area.area(), area.username()));
        model.addAttribute("formats", formats);
        return "access/my-work";
    }
}
