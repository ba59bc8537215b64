package org.strands.accreditation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.AreaContext;
import org.strands.platform.Forbidden;
import org.strands.platform.NotFound;
import org.strands.platform.Role;

/**
 * Which settings in the scheme a person sees: commissioners, service leads and administrators see every one; setting
 * staff the settings they are tied to; mentors the settings they mentor. A setting out of reach is answered as one that
 * does not exist (404), so nobody learns of another setting's journey or evidence.
 */
@Service
public class SchemeScope {

    private static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD);

    private final Enrolments enrolments;
    private final SettingStaff staff;
    private final AreaPlaces places;

    SchemeScope(Enrolments enrolments, SettingStaff staff, AreaPlaces places) {
        this.enrolments = enrolments;
        this.staff = staff;
        this.places = places;
    }

    public boolean seesAll(AreaContext who) {
        return who.systemAdmin() || who.roles().stream().anyMatch(SEE_ALL::contains);
    }

    /** The latest journey of every setting the person may see. */
    public List<Enrolment> visible(AreaContext who) {
        List<Enrolment> all = enrolments.current(who.area());
        if (seesAll(who)) {
            return all;
        }
        List<String> mine = who.roles().contains(Role.SETTING_STAFF) ? staff.settingsOf(who.area(), who.username()) : List.of();
        return all.stream().filter(e -> mine.contains(e.settingRef()) || mentors(who, e)).toList();
    }

    /** The settings a member of staff is tied to, whether or not they have joined the scheme. */
    public List<Setting> tiedSettings(AreaContext who) {
        List<String> refs = staff.settingsOf(who.area(), who.username());
        return places.settings(who.area(), AreaPlaces.SettingFilter.NONE).stream().filter(s -> refs.contains(s.ref())).toList();
    }

    /** The setting, if the person may see it in the scheme; 404 otherwise. */
    public Setting setting(AreaContext who, String ref) {
        boolean mayOpen = seesAll(who) || tiedStaff(who, ref)
                || enrolments.currentOf(who.area(), ref).filter(e -> mentors(who, e)).isPresent();
        if (!mayOpen) {
            throw notFound(who);
        }
        return places.setting(who.area(), ref);
    }

    /** The setting's latest journey, if the person may see it; 404 if not, or if it has never joined. */
    public Enrolment journey(AreaContext who, String ref) {
        setting(who, ref);
        return enrolments.currentOf(who.area(), ref).orElseThrow(() -> notFound(who));
    }

    public Optional<Enrolment> journeyIfAny(AreaContext who, String ref) {
        setting(who, ref);
        return enrolments.currentOf(who.area(), ref);
    }

    /** The journey, for a member of the setting's staff to change; 403 for anyone else who may see it. */
    public Enrolment asStaff(AreaContext who, String ref) {
        Enrolment journey = journey(who, ref);
        if (!tiedStaff(who, ref)) {
            throw new Forbidden("Only the setting's own staff can change its self-evaluation.");
        }
        return journey;
    }

    /** The journey, for its mentor to review; 403 for anyone else who may see it. */
    public Enrolment asMentor(AreaContext who, String ref) {
        Enrolment journey = journey(who, ref);
        if (!mentors(who, journey)) {
            throw new Forbidden("Only the setting's mentor can review it.");
        }
        return journey;
    }

    /** Tied to the setting and still holding the staff role: a tie outlives a change of role, but reaches nothing then. */
    private boolean tiedStaff(AreaContext who, String ref) {
        return who.roles().contains(Role.SETTING_STAFF) && staff.tied(who.area(), who.username(), ref);
    }

    private static boolean mentors(AreaContext who, Enrolment e) {
        return who.roles().contains(Role.MENTOR) && who.username().equals(e.mentor());
    }

    private static NotFound notFound(AreaContext who) {
        return new NotFound("There is no such setting in the scheme in " + who.area().name() + ".");
    }
}
