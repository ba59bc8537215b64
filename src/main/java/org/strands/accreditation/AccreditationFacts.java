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

    /**
     * An award in date, which anyone may know (the directory tells families of it); where a setting is on its journey is
     * for those who may see it in the scheme, on its scheme page, so it is not told here.
     */
    @Override
    public List<Fact> about(Area area, Setting setting) {
        if (setting.venue()) {
            return List.of();
        }
        return enrolments.awardOf(area, setting.ref(), dashboard.today()).map(e -> List.of(new Fact(Copy.of("accreditation.area.fact.label"),
                Copy.of(e.status() == SchemeStatus.CENTRE_OF_EXCELLENCE ? "accreditation.area.fact.centre" : "accreditation.area.fact.accredited",
                        Formats.ukDate(e.expiresOn()), 1), null))).orElse(List.of());
    }

    @Override
    public Optional<String> recognitionOf(Area area, String settingRef) {
        if (settingRef == null) {
            return Optional.empty();
        }
        return enrolments.awardStatusOf(area, settingRef, dashboard.today())
                .map(status -> Copy.of(status == SchemeStatus.CENTRE_OF_EXCELLENCE ? "accreditation.area.recognition.centre"
                        : "accreditation.area.recognition.accredited", area.name()));
    }
}
