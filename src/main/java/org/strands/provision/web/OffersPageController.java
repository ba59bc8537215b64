package org.strands.provision.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.OutcomeCode;
import org.strands.platform.AreaContext;
import org.strands.platform.Confirmation;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.Options;
import org.strands.provision.AccessRoute;
import org.strands.provision.Choice;
import org.strands.provision.DeliveredBy;
import org.strands.provision.EntryKind;
import org.strands.provision.Offer;
import org.strands.provision.OfferDetails;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.ProvisionRegister;

/** Offers one by one: the list, an offer with its history, and the form to record or change one. */
@Controller
class OffersPageController {

    private final ProvisionRegister register;

    OffersPageController(ProvisionRegister register) {
        this.register = register;
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/provision/offers")
    String list(AreaContext area, Model model) {
        model.addAttribute("offers", register.offers(area.area()));
        model.addAttribute("canEdit", area.may(ProvisionPermissions.EDIT));
        return "provision/offers";
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/provision/offers/{id}")
    String offer(AreaContext area, @PathVariable long id, Model model) {
        model.addAttribute("offer", register.offer(area.area(), id));
        model.addAttribute("history", register.history(area.area(), id));
        model.addAttribute("canEdit", area.may(ProvisionPermissions.EDIT));
        return "provision/offer";
    }

    @Requires(ProvisionPermissions.EDIT)
    @GetMapping("/areas/{area}/provision/offers/new")
    String newOffer(AreaContext area, @RequestParam(required = false) Long from, Model model) {
        Offer existing = from == null ? null : register.offer(area.area(), from);
        model.addAttribute("form", existing == null ? OfferCommand.empty() : OfferCommand.of(existing));
        return form(area, model);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/offers")
    String save(AreaContext area, @ModelAttribute("form") OfferCommand form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        OfferDetails details = form.toDetails(errors);
        if (!errors.isEmpty()) {
            try {
                register.check(area.area(), details);
            } catch (InvalidInput e) {
                errors.addAll(e, column -> FIELDS.getOrDefault(column, column));
            }
        } else {
            try {
                Offer saved = form.isNew() ? register.save(area.area(), details, area.username())
                        : register.update(area.area(), Long.parseLong(form.id().strip()), details, area.username());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/areas/" + area.area().slug() + "/provision/offers/" + saved.id();
            } catch (InvalidInput e) {
                errors.addAll(e, column -> FIELDS.getOrDefault(column, column));
            }
        }
        errors.addTo(model);
        return form(area, model);
    }

    @Requires(ProvisionPermissions.EDIT)
    @GetMapping("/areas/{area}/provision/offers/{id}/withdraw")
    String confirmWithdraw(AreaContext area, @PathVariable long id, Model model) {
        Offer offer = register.offer(area.area(), id);
        String back = "/areas/" + area.area().slug() + "/provision/offers/" + id;
        return Confirmation.page(model, "Withdraw " + offer.name(), "Are you sure you want to withdraw \u201c" + offer.name() + "\u201d from "
                + offer.partner() + "?", "It stays in the list as withdrawn, with its history, and no longer counts as provision on the map.",
                back + "/withdraw", "Withdraw offer", back);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/offers/{id}/withdraw")
    String withdraw(AreaContext area, @PathVariable long id, RedirectAttributes redirect) {
        register.withdraw(area.area(), id, area.username());
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/areas/" + area.area().slug() + "/provision/offers/" + id;
    }

    /** The spreadsheet's column names, as the rules report them, turned into this form's field ids. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("Partner", "partner"),
            Map.entry("Partner type", "partnerType"), Map.entry("Offer", "name"), Map.entry("Description", "description"),
            Map.entry("Outcomes", "outcomes"), Map.entry("Entry", "entry"), Map.entry("Localities", "localities"),
            Map.entry("Setting URNs", "settingRefs"), Map.entry("Age from (years)", "ageFrom"),
            Map.entry("Age to (years)", "ageTo"), Map.entry("Access route", "accessRoute"),
            Map.entry("Delivered by", "deliveredBy"), Map.entry("Annual capacity", "annualCapacity"),
            Map.entry("Annual hours", "annualHours"), Map.entry("Annual cost (GBP)", "annualCost"),
            Map.entry("Status", "status"), Map.entry("Evidence", "evidence"), Map.entry("Contact", "contact"),
            Map.entry("How to access", "howToAccess"), Map.entry("Disciplines", "disciplines"));

    private String form(AreaContext area, Model model) {
        model.addAttribute("outcomes", Options.of(OutcomeCode.ALL, OutcomeCode::code, o -> o.code() + ": " + o.strand().label() + ", " + o.level().label()));
        model.addAttribute("localities", Options.of(register.localityNames(area.area())));
        model.addAttribute("choices", Map.of("partnerType", options(PartnerType.values()), "entry", options(EntryKind.values()),
                "accessRoute", options(AccessRoute.values()), "deliveredBy", options(DeliveredBy.values()),
                "status", options(OfferStatus.values())));
        return "provision/offer-form";
    }

    static <E extends Enum<E> & Choice> Map<String, String> options(E[] values) {
        return Options.of(java.util.Arrays.asList(values), E::name, Choice::label);
    }
}
