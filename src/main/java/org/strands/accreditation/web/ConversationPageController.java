package org.strands.accreditation.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Conversation;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.SchemeScope;
import org.strands.accreditation.Strands;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * The conversation about a setting's journey, newest last: those who may see the setting read it; its own staff, its
 * mentor and the panel write in it.
 */
@Controller
class ConversationPageController {

    private final SchemeScope scope;
    private final Conversation conversation;
    private final Formats formats;

    ConversationPageController(SchemeScope scope, Conversation conversation, Formats formats) {
        this.scope = scope;
        this.conversation = conversation;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/conversation")
    String page(AreaContext who, @PathVariable String ref, Model model) {
        return page(who, scope.journey(who, ref), "", "", model);
    }

    @Requires(AccreditationPermissions.SEE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/conversation")
    String post(AreaContext who, @PathVariable String ref, @RequestParam(required = false) String strand,
            @RequestParam(required = false) String body, Model model, RedirectAttributes redirect) {
        Enrolment journey = scope.journey(who, ref);
        FormErrors errors = new FormErrors();
        try {
            Conversation.Comment added = conversation.post(who, journey, strand, body);
            redirect.addFlashAttribute("saved", Copy.of("accreditation.conversation.added"));
            return "redirect:/areas/" + who.area().slug() + "/scheme/settings/" + ref + "/conversation#comment-" + added.id();
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        errors.addTo(model);
        return page(who, journey, strand, body, model);
    }

    private String page(AreaContext who, Enrolment journey, String strand, String body, Model model) {
        Map<String, String> strands = new LinkedHashMap<>();
        strands.put("", Copy.of("accreditation.conversation.whole"));
        for (Strand s : Strand.values()) {
            strands.put(Strands.slug(s), s.label());
        }
        model.addAttribute("journey", journey);
        model.addAttribute("comments", conversation.of(who.area(), journey.id()));
        model.addAttribute("mayWrite", conversation.mayWrite(who, journey));
        model.addAttribute("strandOptions", strands);
        model.addAttribute("strand", strand == null ? "" : strand);
        model.addAttribute("body", body);
        model.addAttribute("formats", formats);
        return "accreditation/review-conversation";
    }
}
