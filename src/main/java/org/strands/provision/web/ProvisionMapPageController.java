package org.strands.provision.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.strands.framework.Level;
import org.strands.framework.OutcomeCode;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.Numbers;
import org.strands.platform.NotFound;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import org.strands.provision.CellEvidence;
import org.strands.provision.MapFilter;
import org.strands.provision.Offer;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;
import org.strands.provision.ProvisionMap;
import org.strands.provision.ProvisionMapping;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.ProvisionRegister;
import org.strands.provision.ProvisionSettings;

/** The provision map of an area, and the offers of one cell. */
@Controller
class ProvisionMapPageController {

    static final List<Level> LEVELS_TOP_DOWN = List.of(Level.SPECIALIST, Level.TARGETED, Level.UNIVERSAL);

    private final ProvisionMapping mapping;
    private final ProvisionRegister register;
    private final ProvisionSettings settings;
    private final List<CellEvidence> evidence;

    ProvisionMapPageController(ProvisionMapping mapping, ProvisionRegister register, ProvisionSettings settings,
            org.springframework.beans.factory.ObjectProvider<CellEvidence> evidence) {
        this.mapping = mapping;
        this.register = register;
        this.settings = settings;
        this.evidence = evidence.orderedStream().toList();
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/provision")
    String map(AreaContext area, @RequestParam(required = false) Long locality,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) PartnerType partnerType, @RequestParam(required = false) OfferStatus status,
            Model model) {
        MapFilter filter = new MapFilter(locality, discipline, ProvisionAccess.ageBand(ageBand), partnerType, status);
        ProvisionMap map = mapping.map(area.area(), filter);
        model.addAttribute("map", map);
        model.addAttribute("levels", LEVELS_TOP_DOWN);
        model.addAttribute("strands", Strand.values());
        model.addAttribute("filterOptions", FilterOptions.of(register.offers(area.area()), map));
        model.addAttribute("canEdit", area.may(ProvisionPermissions.EDIT));
        model.addAttribute("query", FilterOptions.query(filter));
        java.util.Set<String> withEvidence = new java.util.TreeSet<>();
        evidence.forEach(e -> withEvidence.addAll(e.outcomeCodesWithEvidence(area.area())));
        model.addAttribute("evidence", withEvidence);
        return "provision/map";
    }

    /** The thresholds form as entered. */
    record ThresholdsCommand(String thinBelow, String specialistShareMax) {
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/settings")
    String changeSettings(AreaContext area, @ModelAttribute("thresholds") ThresholdsCommand form,
            BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Integer thin = errors.parse("thinBelow", form.thinBelow(), Numbers::wholeInt);
        java.math.BigDecimal share = errors.parse("specialistShareMax", form.specialistShareMax(), Numbers::decimal);
        if (thin == null && !errors.byField().containsKey("thinBelow")) {
            errors.add("thinBelow", "Enter the number of offers below which a cell is thin, such as 2.");
        }
        if (share == null && !errors.byField().containsKey("specialistShareMax")) {
            errors.add("specialistShareMax", "Enter a share from 0 to 1, such as 0.5.");
        }
        if (errors.isEmpty()) {
            try {
                settings.change(area.areaId(), new ProvisionSettings.Values(thin, share.doubleValue()));
                redirect.addFlashAttribute("settingsSaved", true);
                return "redirect:/areas/" + area.area().slug() + "/provision";
            } catch (org.strands.platform.InvalidInput e) {
                errors.addAll(e, column -> column);
            }
        }
        errors.addTo(model);
        return map(area, null, null, null, null, null, model);
    }

    @Requires(PlatformPermissions.READ_AREA)
    @GetMapping("/areas/{area}/provision/cells/{code}")
    String cell(AreaContext area, @PathVariable String code, @RequestParam(required = false) Long locality,
            @RequestParam(required = false) String discipline, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) PartnerType partnerType, @RequestParam(required = false) OfferStatus status,
            Model model) {
        OutcomeCode outcome = OutcomeCode.parse(code).orElseThrow(() -> new NotFound("There is no outcome " + code + "."));
        MapFilter filter = new MapFilter(locality, discipline, ProvisionAccess.ageBand(ageBand), partnerType, status);
        List<Offer> offers = register.offers(area.area()).stream()
                .filter(o -> o.outcomes().contains(outcome.code())).filter(filter::matches).toList();
        model.addAttribute("outcome", outcome);
        model.addAttribute("cell", mapping.map(area.area(), filter).cell(outcome.strand(), outcome.level()));
        model.addAttribute("offers", offers);
        return "provision/cell";
    }
}
