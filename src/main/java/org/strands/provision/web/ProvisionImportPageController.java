package org.strands.provision.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.platform.AreaContext;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;
import org.strands.provision.ProvisionFiles;
import org.strands.provision.ProvisionPermissions;
import org.strands.provision.ProvisionRegister;

/** Importing a filled-in audit spreadsheet, with every mistake listed by row and column. */
@Controller
class ProvisionImportPageController {

    /** The upload form: the filled-in audit. */
    record Upload(MultipartFile file) {
    }

    private final ProvisionFiles files;

    ProvisionImportPageController(ProvisionFiles files) {
        this.files = files;
    }

    @Requires(ProvisionPermissions.EDIT)
    @GetMapping("/areas/{area}/provision/import")
    String form(AreaContext area) {
        return "provision/import";
    }

    @Requires(ProvisionPermissions.EDIT)
    @PostMapping("/areas/{area}/provision/import")
    String importAudit(AreaContext area, @ModelAttribute("upload") Upload upload, BindingResult binding, Model model,
            RedirectAttributes redirect) throws IOException {
        if (upload.file() == null || upload.file().isEmpty()) {
            FormErrors errors = new FormErrors();
            errors.add("file", "Choose the filled-in audit, an XLSX or CSV file.");
            errors.addTo(model);
            return "provision/import";
        }
        try {
            ProvisionRegister.ImportResult result = files.importAudit(area.area(), upload.file().getInputStream(), area.username());
            redirect.addFlashAttribute("imported", result);
            return "redirect:/areas/" + area.area().slug() + "/provision";
        } catch (InvalidInput e) {
            model.addAttribute("summary", e.getMessage());
            model.addAttribute("rowErrors", e.errors());
            return "provision/import";
        }
    }
}
