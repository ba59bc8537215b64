package org.strands.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of the product to open in a browser for every GET page mapping: the demo area Stockport, as each
 * demo account that may see it ({@code null} for a visitor who has not signed in). A new page mapping needs a
 * sample here: {@link PagesFitSmallScreensBrowserTests} fails for a mapping without one.
 */
record SamplePage(String path, List<String> users) {

    static final String ANONYMOUS = "anonymous";

    private static final String AREA = "/areas/stockport";
    private static final List<String> EVERYONE = List.of(ANONYMOUS, "admin");
    private static final List<String> AREA_READERS = List.of("admin", "practitioner");
    private static final List<String> PROVISION_EDITORS = List.of("admin", "commissioner");

    /**
     * Sample pages by the path pattern of their mapping, exactly as Spring reports it; the job pages show a
     * finished job of Stockport's and a failed national one, and the confirmation pages an action and a therapist
     * of Stockport's, all made by the test ({@code ids}: {@code areaJob}, {@code nationalJob}, {@code action},
     * {@code therapist}).
     */
    static Map<String, List<SamplePage>> byMapping(Map<String, String> ids) {
        Map<String, List<SamplePage>> pages = new LinkedHashMap<>();
        pages.put("/sign-in/wait", List.of(of("/sign-in/wait", ANONYMOUS)));
        pages.put("/sign-in/no-account", List.of(of("/sign-in/no-account", ANONYMOUS)));
        pages.put("/sign-in", List.of(of("/sign-in", ANONYMOUS), of("/sign-in?error", ANONYMOUS), of("/sign-in?signed-out", ANONYMOUS)));
        pages.put("/accessibility", List.of(new SamplePage("/accessibility", EVERYONE)));
        pages.put("/", List.of(new SamplePage("/", AREA_READERS)));
        // where sign-in leads: the list of areas, or a school's staff's school and a mentor's mentoring
        pages.put("/start", List.of(new SamplePage("/start", AREA_READERS)));
        pages.put("/framework", List.of(new SamplePage("/framework", EVERYONE)));
        pages.put("/areas/{area}", List.of(new SamplePage(AREA, AREA_READERS)));
        pages.put("/areas/{area}/framework", List.of(new SamplePage(AREA + "/framework", AREA_READERS)));
        pages.put("/areas/{area}/framework/descriptor-sets/new", List.of(of(AREA + "/framework/descriptor-sets/new", "admin")));
        pages.put("/areas/{area}/small-areas", List.of(new SamplePage(AREA + "/small-areas", AREA_READERS),
                of(AREA + "/small-areas?decile=1", "admin")));
        pages.put("/areas/{area}/settings", List.of(new SamplePage(AREA + "/settings", AREA_READERS),
                of(AREA + "/settings?phase=Primary", "admin")));
        pages.put("/areas/{area}/settings/{ref}", List.of(new SamplePage(AREA + "/settings/106074", AREA_READERS)));
        pages.put("/areas/{area}/localities", List.of(new SamplePage(AREA + "/localities", AREA_READERS)));
        pages.put("/areas/{area}/venues/new", List.of(new SamplePage(AREA + "/venues/new", List.of("admin", "lead"))));
        pages.put("/areas/{area}/people", List.of(of(AREA + "/people", "admin")));
        pages.put("/admin/reference-data", List.of(of("/admin/reference-data", "admin")));
        pages.put("/admin/areas", List.of(of("/admin/areas", "admin")));
        pages.put("/areas/{area}/provision", List.of(new SamplePage(AREA + "/provision", List.of("admin", "commissioner", "practitioner")),
                of(AREA + "/provision?ageBand=0-4&status=PLANNED", "admin")));
        pages.put("/areas/{area}/provision/cells/{code}", List.of(new SamplePage(AREA + "/provision/cells/IN3", AREA_READERS),
                of(AREA + "/provision/cells/FS1", "admin")));
        pages.put("/areas/{area}/provision/offers", List.of(new SamplePage(AREA + "/provision/offers", AREA_READERS)));
        pages.put("/areas/{area}/provision/offers/{id}", List.of(new SamplePage(AREA + "/provision/offers/1", AREA_READERS)));
        pages.put("/areas/{area}/provision/offers/new", List.of(new SamplePage(AREA + "/provision/offers/new", PROVISION_EDITORS),
                of(AREA + "/provision/offers/new?from=1", "admin")));
        pages.put("/areas/{area}/provision/import", List.of(new SamplePage(AREA + "/provision/import", PROVISION_EDITORS)));
        pages.put("/areas/{area}/provision/specification", List.of(new SamplePage(AREA + "/provision/specification", AREA_READERS)));
        pages.put("/areas/{area}/provision/actions", List.of(new SamplePage(AREA + "/provision/actions", AREA_READERS)));
        pages.put("/areas/{area}/need", List.of(new SamplePage(AREA + "/need", AREA_READERS),
                of(AREA + "/need?by=ward&ageBand=0-4", "admin"), of(AREA + "/need?by=small-area", "admin")));
        pages.put("/areas/{area}/need/workforce", List.of(new SamplePage(AREA + "/need/workforce", AREA_READERS),
                of(AREA + "/need/workforce?therapists=-3&k=4&current-1=x", "admin")));
        pages.put("/areas/{area}/need/settings", List.of(new SamplePage(AREA + "/need/settings", AREA_READERS)));
        pages.put("/areas/{area}/link-therapists", List.of(new SamplePage(AREA + "/link-therapists", List.of("admin", "lead", "practitioner"))));
        pages.put("/areas/{area}/link-therapists/settings/{ref}", List.of(
                new SamplePage(AREA + "/link-therapists/settings/106074", List.of("admin", "lead", "practitioner"))));
        pages.put("/areas/{area}/jobs/{id}", List.of(new SamplePage(AREA + "/jobs/" + ids.get("areaJob"), List.of("admin", "lead", "practitioner"))));
        pages.put("/admin/jobs/{id}", List.of(of("/admin/jobs/" + ids.get("nationalJob"), "admin")));
        pages.put("/error", List.of(of("/error", "admin")));
        pages.put("/account/password", List.of(new SamplePage("/account/password", AREA_READERS)));
        pages.put("/account/tokens", List.of(new SamplePage("/account/tokens", AREA_READERS)));
        pages.put("/areas/{area}/people/{username}/password", List.of(of(AREA + "/people/practitioner/password", "admin")));
        pages.put("/areas/{area}/link-therapists/team/{id}/remove",
                List.of(new SamplePage(AREA + "/link-therapists/team/" + ids.get("therapist") + "/remove", List.of("admin", "lead"))));
        pages.put("/areas/{area}/people/{username}/remove", List.of(of(AREA + "/people/practitioner/remove", "admin")));
        pages.put("/areas/{area}/provision/actions/{id}/edit",
                List.of(new SamplePage(AREA + "/provision/actions/" + ids.get("action") + "/edit", PROVISION_EDITORS)));
        pages.put("/areas/{area}/provision/actions/{id}/remove",
                List.of(new SamplePage(AREA + "/provision/actions/" + ids.get("action") + "/remove", PROVISION_EDITORS)));
        // easy access: requests, statutory clocks and waiting times (the demo's first request and clock are Stockport's)
        pages.put("/areas/{area}/requests", List.of(new SamplePage(AREA + "/requests", List.of("admin", "commissioner")),
                new SamplePage(AREA + "/requests?status=IN_PROGRESS&route=REFERRAL", List.of("practitioner"))));
        pages.put("/areas/{area}/requests/new", List.of(new SamplePage(AREA + "/requests/new", List.of("admin", "practitioner"))));
        pages.put("/areas/{area}/requests/{id}", List.of(new SamplePage(AREA + "/requests/1", List.of("practitioner", "commissioner"))));
        pages.put("/areas/{area}/requests/{id}/close", List.of(new SamplePage(AREA + "/requests/1/close", List.of("practitioner"))));
        pages.put("/areas/{area}/statutory", List.of(new SamplePage(AREA + "/statutory", List.of("admin", "commissioner")),
                new SamplePage(AREA + "/statutory?status=met", List.of("practitioner"))));
        pages.put("/areas/{area}/statutory/{id}", List.of(new SamplePage(AREA + "/statutory/1", List.of("practitioner", "commissioner"))));
        pages.put("/areas/{area}/statutory/settings", List.of(new SamplePage(AREA + "/statutory/settings", List.of("lead"))));
        pages.put("/areas/{area}/waiting-times", List.of(new SamplePage(AREA + "/waiting-times", List.of("admin", "commissioner")),
                new SamplePage(AREA + "/waiting-times?change=2026-06-01&locality=Marple", List.of("practitioner"))));
        pages.put("/areas/{area}/provision/offers/{id}/withdraw", List.of(new SamplePage(AREA + "/provision/offers/1/withdraw", PROVISION_EDITORS)));
        pages.put("/public/{area}", List.of(of("/public/stockport", ANONYMOUS), of("/public/stockport?postcode=SK1+3XE", ANONYMOUS),
                of("/public/stockport?postcode=NOT+A+POSTCODE", ANONYMOUS)));
        pages.put("/public/{area}/sessions/{id}", List.of(of("/public/stockport/sessions/" + ids.get("session"), ANONYMOUS)));
        pages.put("/public/{area}/booked", List.of(of("/public/stockport/booked", ANONYMOUS)));
        pages.put("/public/{area}/cancel/{token}", List.of(of("/public/stockport/cancel/" + "x".repeat(43), ANONYMOUS)));
        pages.put("/areas/{area}/sessions", List.of(new SamplePage(AREA + "/sessions", AREA_READERS),
                of(AREA + "/sessions?mine=true", "practitioner")));
        pages.put("/areas/{area}/sessions/new", List.of(new SamplePage(AREA + "/sessions/new", List.of("admin", "lead"))));
        pages.put("/areas/{area}/sessions/{id}", List.of(new SamplePage(AREA + "/sessions/" + ids.get("session"),
                List.of("admin", "practitioner", "commissioner"))));
        pages.put("/areas/{area}/sessions/{id}/move", List.of(new SamplePage(AREA + "/sessions/" + ids.get("session") + "/move",
                List.of("admin", "lead"))));
        pages.put("/areas/{area}/sessions/{id}/cancel", List.of(new SamplePage(AREA + "/sessions/" + ids.get("session") + "/cancel",
                List.of("admin", "lead"))));
        pages.put("/areas/{area}/my-work", List.of(new SamplePage(AREA + "/my-work", List.of("practitioner", "admin"))));
        pages.put("/areas/{area}/link-therapists/team/{id}/account",
                List.of(new SamplePage(AREA + "/link-therapists/team/" + ids.get("therapist") + "/account", List.of("admin", "lead"))));
        pages.put("/areas/{area}/contacts/new", List.of(new SamplePage(AREA + "/contacts/new", List.of("admin", "practitioner")),
                of(AREA + "/contacts/new?session=" + ids.get("session") + "&booking=" + ids.get("booking"), "practitioner")));
        String child = AREA + "/children/" + ids.get("child");
        String journey = AREA + "/journeys/" + ids.get("journey");
        pages.put("/areas/{area}/children", List.of(new SamplePage(AREA + "/children", List.of("practitioner", "lead")),
                of(AREA + "/children?ref=C-&page=1", "lead")));
        pages.put("/areas/{area}/children/new", List.of(of(AREA + "/children/new", "practitioner")));
        pages.put("/areas/{area}/children/{id}", List.of(new SamplePage(child, List.of("practitioner", "lead"))));
        pages.put("/areas/{area}/children/{id}/edit", List.of(of(child + "/edit", "practitioner")));
        pages.put("/areas/{area}/children/{id}/consents/new", List.of(of(child + "/consents/new", "practitioner")));
        pages.put("/areas/{area}/children/{id}/journeys/new", List.of(of(child + "/journeys/new", "practitioner")));
        pages.put("/areas/{area}/journeys/{id}/plan-items/new", List.of(of(journey + "/plan-items/new", "practitioner")));
        pages.put("/areas/{area}/journeys/{id}/goals/new", List.of(of(journey + "/goals/new", "practitioner")));
        pages.put("/areas/{area}/journeys/{id}/reviews/new", List.of(of(journey + "/reviews/new", "practitioner")));
        pages.put("/areas/{area}/journeys/{id}/ratings/new", List.of(of(journey + "/ratings/new", "practitioner")));
        pages.put("/areas/{area}/journeys/{id}/discharge", List.of(of(journey + "/discharge", "practitioner")));
        // hearing the family: a synthetic child whose journey the demo practitioner leads, a contact, and a family's link
        pages.put("/areas/{area}/children/{childId}/answers", List.of(new SamplePage(AREA + "/children/" + ids.get("child") + "/answers",
                List.of("lead", "practitioner")), of(AREA + "/children/" + ids.get("child") + "/answers?part=2", "practitioner")));
        pages.put("/areas/{area}/contacts/{contactId}/answers", List.of(new SamplePage(AREA + "/contacts/" + ids.get("contact") + "/answers",
                List.of("lead", "practitioner"))));
        pages.put("/public/{area}/answers/{token}", List.of(of("/public/stockport/answers/" + ids.get("answerToken"), ANONYMOUS),
                of("/public/stockport/answers/" + "x".repeat(43), ANONYMOUS)));
        pages.put("/public/{area}/answers/thank-you", List.of(of("/public/stockport/answers/thank-you", ANONYMOUS)));
        pages.put("/areas/{area}/rating-scale", List.of(new SamplePage(AREA + "/rating-scale", List.of("admin", "lead", "practitioner"))));
        pages.put("/areas/{area}/rating-scale/generic", List.of(of(AREA + "/rating-scale/generic", "lead")));
        // impact: the area's report, its summary, and the measures chosen (a measure of Stockport's made by the test)
        pages.put("/areas/{area}/impact", List.of(new SamplePage(AREA + "/impact", List.of("admin", "commissioner", "practitioner")),
                of(AREA + "/impact?groupBy=strand&direction=IMPROVE&level=2&quintile=1", "commissioner"),
                of(AREA + "/impact?groupBy=locality&from=1/1/2026", "lead"), of(AREA + "/impact?groupBy=colour&from=yesterday", "commissioner")));
        pages.put("/areas/{area}/impact/summary", List.of(new SamplePage(AREA + "/impact/summary", List.of("commissioner", "practitioner"))));
        pages.put("/areas/{area}/impact/measures", List.of(new SamplePage(AREA + "/impact/measures", List.of("commissioner", "practitioner"))));
        pages.put("/areas/{area}/impact/measures/{id}/remove", List.of(new SamplePage(AREA + "/impact/measures/" + ids.get("measure") + "/remove",
                List.of("admin", "commissioner"))));
        // follow-up: the area's follow-ups (one of Stockport's made by the test), stopping one, the settings, a family's stop link
        pages.put("/areas/{area}/follow-ups", List.of(new SamplePage(AREA + "/follow-ups", List.of("admin", "practitioner")),
                of(AREA + "/follow-ups?status=DUE", "lead")));
        pages.put("/areas/{area}/follow-ups/{id}/stop", List.of(of(AREA + "/follow-ups/" + ids.get("followUp") + "/stop", "practitioner")));
        pages.put("/areas/{area}/follow-ups/{id}/resume", List.of(of(AREA + "/follow-ups/" + ids.get("followUp") + "/resume", "lead")));
        pages.put("/areas/{area}/follow-ups/settings", List.of(new SamplePage(AREA + "/follow-ups/settings", List.of("admin", "lead"))));
        // directory: finding support by worry, age and postcode (and a postcode we do not know), words with a typo, and one service
        pages.put("/public/{area}/support", List.of(of("/public/stockport/support", ANONYMOUS),
                of("/public/stockport/support?worry=NOT_TALKING&age=3&postcode=SK1+3XE", ANONYMOUS),
                of("/public/stockport/support?postcode=ZZ9+9ZZ&age=x&q=%22%3Cscript%3E", ANONYMOUS), of("/public/stockport/support?q=stamerring", ANONYMOUS)));
        pages.put("/areas/{area}/directory", List.of(new SamplePage(AREA + "/directory", List.of("lead", "commissioner"))));
        pages.put("/areas/{area}/directory/new", List.of(of(AREA + "/directory/new", "lead")));
        pages.put("/areas/{area}/directory/import", List.of(of(AREA + "/directory/import", "lead")));
        pages.put("/areas/{area}/directory/{id}", List.of(of(AREA + "/directory/" + ids.get("directoryEntry"), "lead")));
        pages.put("/public/{area}/support/{id}", List.of(of("/public/stockport/support/" + ids.get("directoryEntry") + "?postcode=SK1+3XE", ANONYMOUS)));
        // families' feedback on an entry (and the thank-you after it), "you said, we did", and the curators' side of feedback
        pages.put("/public/{area}/support/{id}/feedback", List.of(of("/public/stockport/support/" + ids.get("directoryEntry") + "/feedback", ANONYMOUS)));
        pages.put("/public/{area}/support/{id}/feedback/sent", List.of(of("/public/stockport/support/" + ids.get("directoryEntry") + "/feedback/sent",
                ANONYMOUS)));
        pages.put("/public/{area}/support/you-said-we-did", List.of(of("/public/stockport/support/you-said-we-did", ANONYMOUS)));
        pages.put("/areas/{area}/directory/feedback", List.of(new SamplePage(AREA + "/directory/feedback", List.of("lead", "commissioner"))));
        pages.put("/areas/{area}/directory/feedback/{id}", List.of(of(AREA + "/directory/feedback/" + ids.get("directoryFeedback"), "lead")));
        // accreditation: review (the mentor's landing and the demo's setting with the mentor (106024), its recommendation, its
        // conversation, the panel's decision on the recommended one (106102), and the demo's Centre of Excellence (106100))
        pages.put("/areas/{area}/my-mentoring", List.of(of(AREA + "/my-mentoring", "mentor")));
        pages.put("/areas/{area}/scheme/settings/{ref}/review", List.of(of(AREA + "/scheme/settings/106024/review", "mentor")));
        pages.put("/areas/{area}/scheme/settings/{ref}/recommend", List.of(of(AREA + "/scheme/settings/106024/recommend", "mentor")));
        pages.put("/areas/{area}/scheme/settings/{ref}/conversation", List.of(new SamplePage(AREA + "/scheme/settings/135746/conversation",
                List.of("mentor", "commissioner"))));
        pages.put("/areas/{area}/scheme/settings/{ref}/decision", List.of(of(AREA + "/scheme/settings/106102/decision", "commissioner"),
                of(AREA + "/scheme/settings/106100/decision", "admin")));
        // the certificate of a setting with no award (the senco's school): a page in plain words saying there is none
        pages.put("/areas/{area}/scheme/settings/{ref}/certificate.pdf", List.of(of(AREA + "/scheme/settings/106074/certificate.pdf", "senco")));
        // accreditation: the area's view of the scheme, its cohorts (a new one's form, and the 2027 one), staff ties (and untying
        // the demo senco, which is only asked), and the criteria (their versions, version 1 and loading the area's own)
        pages.put("/areas/{area}/scheme", List.of(new SamplePage(AREA + "/scheme", List.of("commissioner", "lead")),
                of(AREA + "/scheme?phase=Primary&cohort=x&locality=nowhere", "admin")));
        pages.put("/areas/{area}/scheme/cohorts", List.of(new SamplePage(AREA + "/scheme/cohorts", List.of("commissioner", "lead"))));
        pages.put("/areas/{area}/scheme/cohorts/new", List.of(of(AREA + "/scheme/cohorts/new", "commissioner")));
        pages.put("/areas/{area}/scheme/cohorts/{id}", List.of(new SamplePage(AREA + "/scheme/cohorts/" + ids.get("schemeCohort"),
                List.of("commissioner", "lead"))));
        pages.put("/areas/{area}/scheme/staff", List.of(of(AREA + "/scheme/staff", "admin")));
        pages.put("/areas/{area}/scheme/staff/remove", List.of(of(AREA + "/scheme/staff/remove?username=senco&ref=" + ids.get("schemeSencoRef"),
                "admin")));
        pages.put("/areas/{area}/scheme/criteria", List.of(new SamplePage(AREA + "/scheme/criteria", List.of("commissioner", "senco", "mentor"))));
        pages.put("/areas/{area}/scheme/criteria/{id}", List.of(of(AREA + "/scheme/criteria/" + ids.get("schemeCriteria"), "senco")));
        pages.put("/areas/{area}/scheme/criteria/load", List.of(of(AREA + "/scheme/criteria/load", "commissioner")));
        // accreditation: setting staff (the demo senco's school; a file's download is not a page, so its sample is one not found)
        String setting = AREA + "/scheme/settings/" + ids.get("sencoSetting");
        pages.put("/areas/{area}/my-setting", List.of(of(AREA + "/my-setting", "senco"), new SamplePage(AREA + "/my-setting", List.of("mentor", "commissioner"))));
        pages.put("/areas/{area}/scheme/settings/{ref}", List.of(new SamplePage(setting, List.of("senco", "mentor", "commissioner"))));
        pages.put("/areas/{area}/scheme/settings/{ref}/strands/{strand}", List.of(new SamplePage(setting + "/strands/family-support",
                List.of("senco", "mentor")), of(setting + "/strands/intervention", "senco")));
        pages.put("/areas/{area}/scheme/settings/{ref}/evidence", List.of(new SamplePage(setting + "/evidence", List.of("senco", "mentor"))));
        pages.put("/areas/{area}/scheme/settings/{ref}/evidence/{id}", List.of(of(setting + "/evidence/0", "senco")));
        pages.put("/areas/{area}/scheme/settings/{ref}/evidence/{id}/remove", List.of(of(setting + "/evidence/" + ids.get("sencoEvidence") + "/remove",
                "senco")));
        pages.put("/areas/{area}/scheme/settings/{ref}/actions", List.of(new SamplePage(setting + "/actions", List.of("senco", "mentor"))));
        pages.put("/areas/{area}/scheme/settings/{ref}/submit", List.of(of(setting + "/submit", "senco")));
        pages.put("/public/{area}/follow-up/stop/{token}", List.of(of("/public/stockport/follow-up/stop/" + "x".repeat(43), ANONYMOUS)));
        return pages;
    }

    /** Pages that answer an error rather than a mapping of their own: not found, forbidden, bad request. */
    static List<SamplePage> errors() {
        return List.of(of("/no-such-page", "admin"), of(AREA + "/no-such-page", "practitioner"), of("/areas/no-such-area", "admin"),
                of(AREA + "/provision/offers/999999", "admin"), of(AREA + "/settings/no-such-setting", "admin"),
                of(AREA + "/provision/offers/not-a-number", "admin"), of(AREA + "/people", "practitioner"),
                of("/admin/areas", "practitioner"));
    }

    private static SamplePage of(String path, String user) {
        return new SamplePage(path, List.of(user));
    }
}
