package org.strands.provision.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.framework.OutcomeCode;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.platform.RowError;
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
        model.addAttribute("form", existing == null ? OfferForm.empty() : OfferForm.of(existing));
        return form(area, model);
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/offers")
    String save(AreaContext area, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        OfferForm form = OfferForm.from(params);
        List<RowError> errors = new ArrayList<>();
        OfferDetails details = form.toDetails(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput("The offer was not saved.", errors);
            }
            String id = form.get("id");
            Offer saved = id.isBlank() ? register.save(area.area(), details, area.username())
                    : register.update(area.area(), Long.parseLong(id), details, area.username());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/areas/" + area.area().slug() + "/provision/offers/" + saved.id();
        } catch (InvalidInput e) {
            model.addAttribute("errors", e.errors().stream().map(OffersPageController::onForm).toList());
            model.addAttribute("form", form);
            return form(area, model);
        }
    }

    /** The spreadsheet's column names, as the rules report them, turned into this form's field ids. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("Partner", "partner"),
            Map.entry("Partner type", "partnerType"), Map.entry("Offer", "name"), Map.entry("Description", "description"),
            Map.entry("Outcomes", "outcome-FS1"), Map.entry("Entry", "entry"), Map.entry("Localities", "locality-0"),
            Map.entry("Setting URNs", "settingRefs"), Map.entry("Age from (years)", "ageFrom"),
            Map.entry("Age to (years)", "ageTo"), Map.entry("Access route", "accessRoute"),
            Map.entry("Delivered by", "deliveredBy"), Map.entry("Annual capacity", "annualCapacity"),
            Map.entry("Annual hours", "annualHours"), Map.entry("Annual cost (GBP)", "annualCost"),
            Map.entry("Status", "status"), Map.entry("Evidence", "evidence"));

    private static RowError onForm(RowError error) {
        return new RowError(0, FIELDS.getOrDefault(error.column(), error.column()), error.message());
    }

    private String form(AreaContext area, Model model) {
        model.addAttribute("outcomes", OutcomeCode.ALL);
        model.addAttribute("localities", register.localityNames(area.area()));
        model.addAttribute("choices", Map.of(
                "partnerType", PartnerType.values(), "entry", EntryKind.values(), "accessRoute", AccessRoute.values(),
                "deliveredBy", DeliveredBy.values(), "status", OfferStatus.values()));
        return "provision/offer-form";
    }

    /** The form's fields as text, so that whatever was typed is shown again with the errors. */
    record OfferForm(Map<String, String> fields, List<String> outcomes, List<String> localities) {

        static OfferForm empty() {
            return new OfferForm(Map.of("entry", "PROVISION", "status", "CURRENT"), List.of(), List.of());
        }

        static OfferForm of(Offer o) {
            Map<String, String> f = new java.util.HashMap<>();
            f.put("id", String.valueOf(o.id()));
            f.put("partner", o.partner());
            f.put("partnerType", o.partnerType().name());
            f.put("name", o.name());
            f.put("description", o.description() == null ? "" : o.description());
            f.put("entry", o.entry().name());
            f.put("settingRefs", String.join(", ", o.settingRefs()));
            f.put("ageFrom", o.ageFrom() == null ? "" : o.ageFrom().toString());
            f.put("ageTo", o.ageTo() == null ? "" : o.ageTo().toString());
            f.put("accessRoute", o.accessRoute() == null ? "" : o.accessRoute().name());
            f.put("deliveredBy", o.deliveredBy() == null ? "" : o.deliveredBy().name());
            f.put("annualCapacity", o.annualCapacity() == null ? "" : o.annualCapacity().toString());
            f.put("annualHours", o.annualHours() == null ? "" : o.annualHours().toPlainString());
            f.put("annualCost", o.annualCost() == null ? "" : o.annualCost().toPlainString());
            f.put("status", o.status().name());
            f.put("disciplines", String.join(", ", o.disciplines()));
            f.put("evidence", String.join(", ", o.evidence()));
            f.put("contact", o.contact() == null ? "" : o.contact());
            f.put("howToAccess", o.howToAccess() == null ? "" : o.howToAccess());
            return new OfferForm(f, o.outcomes(), o.localities());
        }

        static OfferForm from(MultiValueMap<String, String> params) {
            Map<String, String> f = new java.util.HashMap<>();
            params.forEach((k, v) -> f.put(k, v.isEmpty() ? "" : v.getFirst()));
            List<String> outcomes = params.getOrDefault("outcomes", List.of());
            List<String> localities = params.getOrDefault("localities", List.of());
            return new OfferForm(f, outcomes, localities);
        }

        public String get(String field) {
            return fields.getOrDefault(field, "");
        }

        OfferDetails toDetails(List<RowError> errors) {
            return new OfferDetails(blank(get("partner")), choice(PartnerType.class, "partnerType", errors), blank(get("name")),
                    blank(get("description")), outcomes, choice(EntryKind.class, "entry", errors), list(get("disciplines")),
                    localities, list(get("settingRefs")), whole("ageFrom", errors), whole("ageTo", errors),
                    choice(AccessRoute.class, "accessRoute", errors), choice(DeliveredBy.class, "deliveredBy", errors),
                    whole("annualCapacity", errors), decimal("annualHours", errors), decimal("annualCost", errors),
                    choice(OfferStatus.class, "status", errors), list(get("evidence")), blank(get("contact")),
                    blank(get("howToAccess")));
        }

        private <E extends Enum<E> & Choice> E choice(Class<E> type, String field, List<RowError> errors) {
            return Choice.parse(type, get(field)).orElse(null);
        }

        private BigDecimal decimal(String field, List<RowError> errors) {
            String text = get(field).strip().replace(",", "").replace("£", "");
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                errors.add(new RowError(0, field, "Enter a number for " + field.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT) + "."));
                return null;
            }
        }

        private Integer whole(String field, List<RowError> errors) {
            BigDecimal value = decimal(field, errors);
            try {
                return value == null ? null : value.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new RowError(0, field, "Enter a whole number."));
                return null;
            }
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        private static List<String> list(String text) {
            return text == null || text.isBlank() ? List.of()
                    : java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
