package org.strands.accreditation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/**
 * Who does what in the schools and settings scheme. Which settings a person sees is narrowed further by
 * {@link SchemeScope}: setting staff see the settings they are tied to, mentors the settings they mentor, and
 * commissioners, service leads and administrators all of them.
 */
@Component
public class AccreditationPermissions implements DeclaredPermissions {

    /** See the settings in the scheme that one's role reaches, their journey, ratings, evidence and history. */
    public static final String SEE = "accreditation.see";
    /** Rate the criteria, add evidence, keep the action plan and send the self-evaluation to the mentor. */
    public static final String SELF_EVALUATE = "accreditation.self-evaluate";
    /** Review a setting's self-evaluation strand by strand, ask for more evidence and recommend. */
    public static final String REVIEW = "accreditation.review";
    /** Decide, as the area's panel, on a mentor's recommendation. */
    public static final String DECIDE = "accreditation.decide";
    /** Open cohorts, bring settings into them with a mentor, tie staff to settings and load criteria. */
    public static final String RUN = "accreditation.run";
    /** See every setting in the scheme across cohorts, with the figures and exports. */
    public static final String REPORT = "accreditation.report";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(SEE, "see settings in the schools and settings scheme", Role.ADMIN, Role.COMMISSIONER,
                        Role.SERVICE_LEAD, Role.SETTING_STAFF, Role.MENTOR),
                Permission.inArea(SELF_EVALUATE, "self-evaluate a school or setting", Role.SETTING_STAFF),
                Permission.inArea(REVIEW, "review a setting as its mentor", Role.MENTOR),
                Permission.inArea(DECIDE, "decide on accreditation as the area's panel", Role.COMMISSIONER, Role.ADMIN),
                Permission.inArea(RUN, "run the schools and settings scheme", Role.ADMIN, Role.COMMISSIONER),
                Permission.inArea(REPORT, "see the whole schools and settings scheme", Role.ADMIN, Role.COMMISSIONER,
                        Role.SERVICE_LEAD));
    }
}
