package org.strands.place.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.place.AreaSetup;
import org.strands.place.PlacePermissions;
import org.strands.place.ReferenceData;
import org.strands.place.ReferenceDataLoadJob;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;
import org.strands.platform.Job;
import org.strands.platform.Options;

/** The system administrator's pages: national reference data and areas (permissions only the system administrator holds). */
@Controller
class AdminPageController {

    private final ReferenceData referenceData;
    private final AreaSetup setup;
    private final AreaRegistry areas;
    private final ReferenceDataLoadJob loading;

    AdminPageController(ReferenceData referenceData, AreaSetup setup, AreaRegistry areas, ReferenceDataLoadJob loading) {
        this.referenceData = referenceData;
        this.setup = setup;
        this.areas = areas;
        this.loading = loading;
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @GetMapping("/admin/reference-data")
    String referenceData(Model model) {
        datasets(model);
        return "place/reference-data";
    }

    @Requires(PlacePermissions.LOAD_REFERENCE_DATA)
    @PostMapping("/admin/reference-data")
    String load(@ModelAttribute("upload") ReferenceUpload upload, BindingResult binding, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        MultipartFile file = upload.file();
        if (file == null || file.isEmpty()) {
            FormErrors errors = new FormErrors();
            errors.add("file", "Choose the CSV file to load.");
            errors.addTo(model);
            datasets(model);
            model.addAttribute("chosen", upload.dataset());
            return "place/reference-data";
        }
        try {
            Job job = loading.start(upload.dataset(), file.getOriginalFilename(), file.getBytes(), principal.getName(),
                    Boolean.TRUE.equals(upload.replace()));
            return "redirect:" + job.pagePath(null);
        } catch (ReferenceData.FarFewerRows e) {
            FormErrors errors = new FormErrors();
            errors.add("replace", e.getMessage());
            errors.addTo(model);
            datasets(model);
            model.addAttribute("chosen", upload.dataset());
            return "place/reference-data";
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> column);
            errors.addTo(model);
            datasets(model);
            model.addAttribute("chosen", upload.dataset());
            return "place/reference-data";
        }
    }

    @Requires(PlacePermissions.CREATE_AREAS)
    @GetMapping("/admin/areas")
    String areas(Model model) {
        model.addAttribute("areas", areas.all());
        model.addAttribute("form", new AreaCommand(null, null, null));
        return "place/admin-areas";
    }

    @Requires(PlacePermissions.CREATE_AREAS)
    @PostMapping("/admin/areas")
    String create(@ModelAttribute("form") AreaCommand form, BindingResult binding, Model model, RedirectAttributes redirect) {
        List<String> codes = form.laCodes() == null ? List.of()
                : Arrays.stream(form.laCodes().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            Area area = setup.create(form.slug(), form.name(), codes);
            redirect.addFlashAttribute("created", area.name());
            return "redirect:/areas/" + area.slug();
        } catch (InvalidInput e) {
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> column.startsWith("laCodes") ? "laCodes" : column);
            errors.addTo(model);
            model.addAttribute("areas", areas.all());
            return "place/admin-areas";
        }
    }

    private void datasets(Model model) {
        var datasets = referenceData.datasets();
        model.addAttribute("datasets", datasets);
        model.addAttribute("datasetOptions", Options.of(datasets, d -> d.slug(), d -> d.label()));
        model.addAttribute("replaceOptions", Map.of("true", Copy.of("reference.replace")));
    }

    /** The reference data upload form: which dataset, its file, and whether to replace a dataset with far more rows. */
    record ReferenceUpload(String dataset, MultipartFile file, Boolean replace) {
    }

    /** The create-an-area form as entered. */
    record AreaCommand(String slug, String name, String laCodes) {
    }
}
