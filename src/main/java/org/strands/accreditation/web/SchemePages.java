package org.strands.accreditation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.strands.accreditation.AccreditationPermissions;
import org.strands.accreditation.Criterion;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.SettingStaff;
import org.strands.framework.Strand;
import org.strands.platform.AreaContext;
import org.strands.platform.Copy;
import org.strands.platform.NotFound;

/** What the setting's pages share: the strands in addresses, the criteria to choose from, and who may change things. */
@Component
class SchemePages {

    private final SettingStaff staff;

    SchemePages(SettingStaff staff) {
        this.staff = staff;
    }

    /** The setting's own staff may change its self-evaluation while it is with them. */
    boolean mayChange(AreaContext who, Enrolment journey) {
        return who.may(AccreditationPermissions.SELF_EVALUATE) && staff.tied(who.area(), who.username(), journey.settingRef())
                && journey.status().openToTheSetting();
    }

    static String base(AreaContext who, String ref) {
        return "/areas/" + who.area().slug() + "/scheme/settings/" + ref;
    }

    static String slug(Strand strand) {
        return org.strands.accreditation.Strands.slug(strand);
    }

    static Strand strand(String slug) {
        return org.strands.accreditation.Strands.of(slug).orElseThrow(() -> new NotFound(Copy.of("accreditation.setting.noSuchStrand")));
    }

    /** Each criterion by code, with its code and title, to choose from (or none). */
    static Map<String, String> criterionOptions(List<Criterion> criteria) {
        Map<String, String> options = new LinkedHashMap<>();
        criteria.forEach(c -> options.put(c.code(), c.code() + " " + c.title()));
        return options;
    }
}
