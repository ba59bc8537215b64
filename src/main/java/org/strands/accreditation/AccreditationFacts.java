package org.strands.accreditation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strands.place.Setting;
import org.strands.place.SettingFacts;
import org.strands.place.SettingRecognition;
import org.strands.platform.Area;
import org.strands.platform.Copy;
import org.strands.platform.Formats;

/**
 * A school or setting's page shows where it is in the schools and settings scheme, linked to its journey; the directory
 * tells families of an award that is in date.
 */
@Component
class AccreditationFacts implements SettingFacts, SettingRecognition {

    private final Enrolments enrolments;
    private final SchemeDashboard dashboard;

    AccreditationFacts(Enrolments enrolments, SchemeDashboard dashboard) {
        this.enrolments = enrolments;
        this.dashboard = dashboard;
    }

    @Override
    public List<Fact> about(Area area, Setting setting) {
        if (setting.venue()) {
            return List.of();
        }
        return enrolments.currentOf(area, setting.ref()).map(e -> List.of(new Fact(Copy.of("accreditation.area.fact.label"), text(e),
                "/areas/" + area.slug() + "/scheme/settings/" + setting.ref()))).orElse(List.of());
    }

    @Override
    public Optional<String> recognitionOf(Area area, String settingRef) {
        if (settingRef == null) {
            return Optional.empty();
        }
        return enrolments.currentOf(area, settingRef).filter(e -> SchemeDashboard.inDate(e, dashboard.today()))
                .map(e -> Copy.of(e.status() == SchemeStatus.CENTRE_OF_EXCELLENCE ? "accreditation.area.recognition.centre"
                        : "accreditation.area.recognition.accredited", area.name()));
    }

    private String text(Enrolment e) {
        boolean inDate = SchemeDashboard.inDate(e, dashboard.today());
        if (e.status().awarded() && inDate) {
            return Copy.of(e.status() == SchemeStatus.CENTRE_OF_EXCELLENCE ? "accreditation.area.fact.centre" : "accreditation.area.fact.accredited",
                    Formats.ukDate(e.expiresOn()), e.expiresOn() == null ? 0 : 1);
        }
        if (e.status().awarded() || e.status() == SchemeStatus.LAPSED) {
            return Copy.of("accreditation.area.fact.lapsed", Formats.ukDate(e.expiresOn()));
        }
        return Copy.of("accreditation.area.fact.journey", e.cohort(), e.status().label().toLowerCase(java.util.Locale.UK));
    }
}
