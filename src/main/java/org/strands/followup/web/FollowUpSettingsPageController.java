package org.strands.followup.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.followup.FollowUpPermissions;
import org.strands.followup.FollowUpSettings;
import org.strands.followup.FollowUpSetup;
import org.strands.followup.Provider;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Numbers;
import org.strands.platform.Requires;

/** When an area's follow-ups are sent and how: the schedule, the provider and what it needs. */
@Controller
class FollowUpSettingsPageController {

    /**
     * The settings form as typed. The Notify key and the callback token are never shown back, not even after an error.
     */
    record SettingsForm(String firstAfterDays, String reminderAfterDays, String expiresAfterDays, String afterDischargeDays,
            String provider, String emailFrom, String notifyApiKey, String notifyEmailTemplate, String notifySmsTemplate,
            String callbackToken) {

        static SettingsForm of(FollowUpSettings s) {
            return new SettingsForm(String.valueOf(s.firstAfterDays()), String.valueOf(s.reminderAfterDays()),
                    String.valueOf(s.expiresAfterDays()), s.afterDischargeDays() == null ? "" : String.valueOf(s.afterDischargeDays()),
                    s.provider().name(), s.emailFrom(), null, s.notifyEmailTemplate(), s.notifySmsTemplate(), null);
        }

        /** As typed, cut to a length a page can show again, without the key and the token. */
        SettingsForm shownAgain() {
            return new SettingsForm(cut(firstAfterDays), cut(reminderAfterDays), cut(expiresAfterDays), cut(afterDischargeDays), cut(provider),
                    cut(emailFrom), null, cut(notifyEmailTemplate), cut(notifySmsTemplate), null);
        }

        private static String cut(String s) {
            return s == null || s.length() <= 400 ? s : s.substring(0, 400);
        }
    }

    private final FollowUpSetup setup;

    FollowUpSettingsPageController(FollowUpSetup setup) {
        this.setup = setup;
    }

    @Requires(FollowUpPermissions.CONFIGURE)
    @GetMapping("/areas/{area}/follow-ups/settings")
    String settings(AreaContext area, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SettingsForm.of(setup.of(area.area())));
        }
        model.addAttribute("current", setup.of(area.area()));
        model.addAttribute("providers", providers());
        return "followup/settings";
    }

    @Requires(FollowUpPermissions.CONFIGURE)
    @PostMapping("/areas/{area}/follow-ups/settings")
    String save(AreaContext area, @ModelAttribute("form") SettingsForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer first = days(errors, "firstAfterDays", form.firstAfterDays(), true);
        Integer reminder = days(errors, "reminderAfterDays", form.reminderAfterDays(), true);
        Integer expires = days(errors, "expiresAfterDays", form.expiresAfterDays(), true);
        Integer discharge = days(errors, "afterDischargeDays", form.afterDischargeDays(), false);
        Provider provider = Arrays.stream(Provider.values()).filter(p -> p.name().equals(form.provider())).findFirst().orElse(null);
        // a number not read is sent as -1, which the service refuses (the message already given stays), so that every other field is checked too
        FollowUpSettings changed = new FollowUpSettings(first, reminder, expires, discharge, provider,
                form.emailFrom(), false, form.notifyEmailTemplate(), form.notifySmsTemplate(), false);
        try {
            setup.save(area, changed, form.notifyApiKey(), form.callbackToken());
        } catch (InvalidInput e) {
            errors.addAll(e, column -> column);
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("saved", Copy.of("followup.settings.savedBanner"));
            return "redirect:/areas/" + area.area().slug() + "/follow-ups";
        }
        errors.addTo(model);
        model.addAttribute("form", form.shownAgain());
        return settings(area, model);
    }

    /** The whole number typed; -1 with a message when it is not one or is missing, null for a blank optional one. */
    private static Integer days(FormErrors errors, String field, String text, boolean required) {
        boolean blank = text == null || text.isBlank();
        if (blank && !required) {
            return null;
        }
        if (blank) {
            errors.add(field, Copy.of("followup.invalid.notANumber"));
            return -1;
        }
        Integer days = errors.parse(field, text, Numbers::wholeInt);
        return days == null ? -1 : days;
    }

    private static Map<String, String> providers() {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(Provider.values()).forEach(p -> options.put(p.name(), Copy.of("followup.provider." + p.name())));
        return options;
    }
}
