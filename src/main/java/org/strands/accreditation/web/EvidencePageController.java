package org.strands.accreditation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.Evidence;
import org.strands.accreditation.EvidenceItem;
import org.strands.accreditation.SchemeCriteria;
import org.strands.accreditation.SchemeScope;
import org.strands.place.SettingFacts;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.FormErrors;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * A setting's evidence: the list, forms to add a file, a link, a note or a fact Strands holds, a file's download (only
 * to people who may see the setting), and removing one on a page of its own.
 */
@Controller
class EvidencePageController {

    /** One of the add forms, as typed; {@code kind} says which. */
    record EvidenceForm(String kind, String criterion, String title, String link, String note, String fact, MultipartFile file) {
    }

    private final SchemeScope scope;
    private final Evidence evidence;
    private final SchemeCriteria criteria;
    private final SettingFactsList facts;
    private final SchemePages pages;
    private final AuditTrail audit;
    private final Formats formats;

    EvidencePageController(SchemeScope scope, Evidence evidence, SchemeCriteria criteria, SettingFactsList facts, SchemePages pages,
            AuditTrail audit, Formats formats) {
        this.scope = scope;
        this.evidence = evidence;
        this.criteria = criteria;
        this.facts = facts;
        this.pages = pages;
        this.audit = audit;
        this.formats = formats;
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/evidence")
    String list(AreaContext who, @PathVariable String ref, Model model) {
        return page(who, scope.journey(who, ref), model);
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/evidence")
    String add(AreaContext who, @PathVariable String ref, @ModelAttribute("form") EvidenceForm form, Model model, RedirectAttributes redirect)
            throws IOException {
        String kind = form.kind() == null ? "" : form.kind().toLowerCase(Locale.ROOT);
        if (!List.of("file", "link", "note", "fact").contains(kind)) {
            throw new InvalidInput(Copy.of("accreditation.setting.evidence.chooseKind"), List.of());
        }
        Enrolment journey = scope.asStaff(who, ref);
        try {
            switch (kind) {
                case "file" -> {
                    if (form.file() == null || form.file().isEmpty()) {
                        throw InvalidInput.of("file", Copy.of("accreditation.setting.evidence.chooseFile"));
                    }
                    evidence.addFile(who.area(), journey, form.criterion(), form.title(), form.file().getOriginalFilename(),
                            form.file().getInputStream(), who.username());
                }
                case "link" -> evidence.addLink(who.area(), journey, form.criterion(), form.title(), form.link(), who.username());
                case "note" -> evidence.addNote(who.area(), journey, form.criterion(), form.title(), form.note(), who.username());
                case "fact" -> {
                    SettingFacts.Fact fact = facts.chosen(who, journey.settingRef(), form.fact())
                            .orElseThrow(() -> InvalidInput.of("fact", Copy.of("accreditation.setting.evidence.chooseFact")));
                    evidence.addFact(who.area(), journey, form.criterion(), fact.label(), fact.value(), who.username());
                }
                default -> throw new InvalidInput(Copy.of("accreditation.setting.evidence.chooseKind"), List.of());
            }
        } catch (InvalidInput e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            FormErrors errors = new FormErrors();
            errors.addAll(e, column -> kind + "-" + column);
            errors.addTo(model);
            return page(who, journey, model);
        }
        redirect.addFlashAttribute("saved", Copy.of("accreditation.setting.evidence.added"));
        return "redirect:" + SchemePages.base(who, ref) + "/evidence";
    }

    @Requires(AccreditationPermissions.SEE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/evidence/{id}")
    ResponseEntity<byte[]> download(AreaContext who, @PathVariable String ref, @PathVariable long id) {
        Enrolment journey = scope.journey(who, ref);
        Evidence.StoredFile file = evidence.file(who.area(), journey.id(), id);
        audit.recordRead(who.area().id(), "accreditation-evidence", String.valueOf(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @GetMapping("/areas/{area}/scheme/settings/{ref}/evidence/{id}/remove")
    String confirmRemove(AreaContext who, @PathVariable String ref, @PathVariable long id, Model model) {
        Enrolment journey = scope.asStaff(who, ref);
        Evidence.open(journey);
        model.addAttribute("item", evidence.item(who.area(), journey.id(), id));
        model.addAttribute("journey", journey);
        model.addAttribute("base", SchemePages.base(who, ref));
        return "accreditation/setting-evidence-remove";
    }

    @Requires(AccreditationPermissions.SELF_EVALUATE)
    @PostMapping("/areas/{area}/scheme/settings/{ref}/evidence/{id}/remove")
    String remove(AreaContext who, @PathVariable String ref, @PathVariable long id, RedirectAttributes redirect) {
        Enrolment journey = scope.asStaff(who, ref);
        EvidenceItem item = evidence.item(who.area(), journey.id(), id);
        evidence.remove(who.area(), journey, id, who.username());
        redirect.addFlashAttribute("saved", Copy.of("accreditation.setting.evidence.removed", item.title()));
        return "redirect:" + SchemePages.base(who, ref) + "/evidence";
    }

    private String page(AreaContext who, Enrolment journey, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EvidenceForm(null, null, null, null, null, null, null));
        }
        model.addAttribute("journey", journey);
        model.addAttribute("items", evidence.of(who.area(), journey.id()));
        model.addAttribute("criteria", SchemePages.criterionOptions(criteria.criteria(who.area(), journey.criteriaSetId(), journey.phase())));
        model.addAttribute("facts", facts.options(who, journey.settingRef()));
        model.addAttribute("editable", pages.mayChange(who, journey));
        model.addAttribute("maxMegabytes", evidence.maxMegabytes());
        model.addAttribute("base", SchemePages.base(who, journey.settingRef()));
        model.addAttribute("formats", formats);
        return "accreditation/setting-evidence";
    }
}
