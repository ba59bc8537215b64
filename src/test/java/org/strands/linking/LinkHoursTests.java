package org.strands.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strands.need.NeedModel;
import org.strands.place.Setting;

class LinkHoursTests {

    @Test
    void pupilsOfASpecialSchoolCountAtTheSpecialistLevel() {
        NeedModel model = NeedModel.DEFAULT;
        double special = LinkNeeds.weighted(model, SettingKind.SPECIAL_SCHOOL, 100, 5);
        double mainstream = LinkNeeds.weighted(model, SettingKind.STATE_SCHOOL, 100, 5);
        assertThat(special).isEqualTo(100 * model.specialistWeight());
        assertThat(mainstream).isEqualTo(100 * model.targetedRate(5) + 100 * model.specialistWeight() * model.specialistRate());
        assertThat(special).isGreaterThan(10 * mainstream);
        assertThat(LinkNeeds.weighted(model, SettingKind.ALTERNATIVE_PROVISION, 10, null)).isEqualTo(10 * model.specialistWeight());
    }

    @Test
    void noSettingIsGivenMoreThanOneTherapistCanHoldAndWhatThatLeavesIsShared() {
        List<LinkNeeds.Need> needs = List.of(need("a", 1000), need("b", 10), need("c", 10));
        Map<String, Long> tenths = LinkHours.tenths(needs, 200, 720);
        assertThat(tenths.get("a")).isEqualTo(720);
        assertThat(tenths.get("b")).isEqualTo(tenths.get("c")).isEqualTo(540);
        assertThat(LinkHours.tenths(List.of(need("a", 0), need("b", 0)), 100, 720)).containsEntry("a", LinkHours.MINIMUM_TENTHS);
    }

    @Test
    void kindsFollowTheGiasTypes() {
        assertThat(SettingKind.ofType("Academy special converter", "Academies")).isEqualTo(SettingKind.SPECIAL_SCHOOL);
        assertThat(SettingKind.ofType("Other independent special school", "Special schools")).isEqualTo(SettingKind.SPECIAL_SCHOOL);
        assertThat(SettingKind.ofType("Free schools alternative provision", "Free Schools")).isEqualTo(SettingKind.ALTERNATIVE_PROVISION);
        assertThat(SettingKind.ofType("Pupil referral unit", "Local authority maintained schools")).isEqualTo(SettingKind.ALTERNATIVE_PROVISION);
        assertThat(SettingKind.ofType("Local authority nursery school", "Local authority maintained schools")).isEqualTo(SettingKind.NURSERY);
        assertThat(SettingKind.ofType("Other independent school", "Independent schools")).isEqualTo(SettingKind.INDEPENDENT_SCHOOL);
        assertThat(SettingKind.ofType("Community school", "Local authority maintained schools")).isEqualTo(SettingKind.STATE_SCHOOL);
        assertThat(SettingKind.ofType("Academy sponsor led", "Academies")).isEqualTo(SettingKind.STATE_SCHOOL);
        assertThat(SettingKind.ofType("Further education", "Colleges")).isEqualTo(SettingKind.COLLEGE);
        assertThat(SettingKind.ofType("Secure units", "Other types")).isEqualTo(SettingKind.OTHER);
        assertThat(SettingKind.DEFAULTS).doesNotContain(SettingKind.INDEPENDENT_SCHOOL, SettingKind.COLLEGE, SettingKind.OTHER);
    }

    @Test
    void overHoursAreNamedInWholeHoursWhereTheyAreWhole() {
        assertThat(OverHours.refusal("Pat", 73, 72)).isEqualTo(
                "Pat would have 73 hours of 72: 1 hour over. Choose another therapist, or confirm to save it over their hours.");
        assertThat(OverHours.refusal("Pat", 1234.5, 72)).startsWith("Pat would have 1,234.5 hours of 72: 1,162.5 hours over.");
    }

    private static LinkNeeds.Need need(String ref, double weighted) {
        Setting s = new Setting(ref, 1, ref, "Community school", "Local authority maintained schools", "Primary", 100, null, null, null,
                null, null, null, null, null, null);
        return new LinkNeeds.Need(s, SettingKind.STATE_SCHOOL, new PupilEstimates.Pupils(100, false, null), weighted);
    }
}
