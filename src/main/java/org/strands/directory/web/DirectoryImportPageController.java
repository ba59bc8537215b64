package org.strands.directory.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.strands.directory.DirectoryPermissions;
import org.strands.directory.imports.DirectoryImport;
import org.strands.directory.imports.ImportRefused;
import org.strands.directory.imports.ImportReport;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Requires;

/**
 * Bringing another directory in: an Open Referral UK file uploaded, or a feed's address, imported into the area's
 * directory all or nothing, and the report of what was added, updated and not brought in.
 */
@Controller
class DirectoryImportPageController {

    /** The import form: a file, or the feed's base address. */
    record ImportForm(MultipartFile file, String feedUrl) {
    }

    private final DirectoryImport imports;

    DirectoryImportPageController(DirectoryImport imports) {
        this.imports = imports;
    }

    @Requires(DirectoryPermissions.CURATE)
    @GetMapping("/areas/{area}/directory/import")
    String form(AreaContext area, Model model) {
        return form(model, "");
    }

    @Requires(DirectoryPermissions.CURATE)
    @PostMapping("/areas/{area}/directory/import")
    String importDirectory(AreaContext area, @ModelAttribute("form") ImportForm form, BindingResult binding, Model model) {
        boolean hasFile = form.file() != null && !form.file().isEmpty();
        String url = form.feedUrl() == null ? "" : form.feedUrl().strip();
        FormErrors errors = new FormErrors();
        if (binding.hasErrors() || (!hasFile && url.isEmpty())) {
            errors.add("file", Copy.of("directory.import.chooseOne"));
        } else if (hasFile && !url.isEmpty()) {
            errors.add("file", Copy.of("directory.import.onlyOne"));
        } else if (url.length() > 2000) {
            errors.add("feedUrl", Copy.of("directory.import.feed.badAddress"));
        }
        if (!errors.isEmpty()) {
            errors.addTo(model);
            return form(model, url.length() > 2000 ? "" : url);
        }
        try {
            ImportReport report = hasFile
                    ? imports.fromFile(area.area(), form.file().getOriginalFilename(), form.file().getInputStream(), area.username())
                    : imports.fromFeed(area.area(), url, area.username());
            model.addAttribute("report", report);
            return "directory/import-report";
        } catch (ImportRefused e) {
            errors.add(hasFile ? "file" : "feedUrl", e.getMessage());
            errors.addTo(model);
            model.addAttribute("problems", e.problems());
            return form(model, url);
        } catch (IOException e) {
            errors.add("file", Copy.of("directory.import.unreadable"));
            errors.addTo(model);
            return form(model, url);
        }
    }

    private String form(Model model, String url) {
        model.addAttribute("feedUrl", url);
        model.addAttribute("maxMegabytes", imports.maxFileMegabytes());
        return "directory/import";
    }
}
