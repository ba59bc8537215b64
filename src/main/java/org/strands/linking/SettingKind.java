package org.strands.linking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strands.place.Setting;
import org.strands.place.VenueKind;

/**
 * The kinds of school and setting an area may give a link therapist, from the GIAS type (or a venue's kind).
 * Pupils of special schools and alternative provision count at the specialist level. Libraries, clinics and
 * other venues are never linked.
 */
public enum SettingKind {
    STATE_SCHOOL("State-funded schools", "Schools run by the council, academies and free schools", true, false),
    SPECIAL_SCHOOL("Special schools", "Including independent and non-maintained special schools, and special post-16 institutions", true, true),
    ALTERNATIVE_PROVISION("Alternative provision", "Pupil referral units and alternative provision academies and free schools", true, true),
    NURSERY("Nurseries", "Nursery schools, and nurseries and pre-schools the area added as venues", true, false),
    FAMILY_HUB("Family hubs and children's centres", "Venues the area added", true, false),
    INDEPENDENT_SCHOOL("Independent schools", "Fee-paying schools", false, false),
    COLLEGE("Colleges", "Further education colleges and sixth form centres", false, false),
    OTHER("Other establishments", "Such as secure units and online providers", false, false);

    /** The kinds an area links until it chooses. */
    public static final Set<SettingKind> DEFAULTS = Arrays.stream(values()).filter(k -> k.byDefault)
            .collect(Collectors.toUnmodifiableSet());

    private final String label;
    private final String hint;
    private final boolean byDefault;
    private final boolean specialist;

    SettingKind(String label, String hint, boolean byDefault, boolean specialist) {
        this.label = label;
        this.hint = hint;
        this.byDefault = byDefault;
        this.specialist = specialist;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** Whether every pupil counts at the specialist level of need. */
    public boolean specialist() {
        return specialist;
    }

    /** The kind of a school, setting or venue; empty for venues that are never linked (libraries, clinics). */
    public static Optional<SettingKind> of(Setting s) {
        if (s.venue()) {
            if (VenueKind.FAMILY_HUB.label().equals(s.type()) || VenueKind.CHILDRENS_CENTRE.label().equals(s.type())) {
                return Optional.of(FAMILY_HUB);
            }
            return VenueKind.NURSERY.label().equals(s.type()) ? Optional.of(NURSERY) : Optional.empty();
        }
        return Optional.of(ofType(s.type(), s.typeGroup()));
    }

    /** The kind of a GIAS establishment type (its type group helps only with independent schools). */
    static SettingKind ofType(String type, String typeGroup) {
        String t = type == null ? "" : type.toLowerCase(Locale.UK);
        String g = typeGroup == null ? "" : typeGroup.toLowerCase(Locale.UK);
        if (t.contains("special")) {
            return SPECIAL_SCHOOL;
        }
        if (t.contains("alternative provision") || t.contains("pupil referral")) {
            return ALTERNATIVE_PROVISION;
        }
        if (t.contains("nursery")) {
            return NURSERY;
        }
        if (t.equals("other independent school") || g.equals("independent schools") && !t.contains("city technology")) {
            return INDEPENDENT_SCHOOL;
        }
        if (t.contains("further education") || t.contains("sixth form") || g.equals("colleges")) {
            return COLLEGE;
        }
        if (g.startsWith("local authority maintained") || g.equals("academies") || g.equals("free schools")
                || t.contains("academy") || t.contains("free school") || t.contains("community school") || t.contains("voluntary")
                || t.contains("foundation school") || t.contains("city technology") || t.contains("studio school")
                || t.contains("university technical")) {
            return t.contains("secure") ? OTHER : STATE_SCHOOL;
        }
        return OTHER;
    }

    /** Accepts the code, such as {@code SPECIAL_SCHOOL}, in any case. */
    public static Optional<SettingKind> parse(String code) {
        String c = code == null ? "" : code.strip().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(c)).findFirst();
    }
}
