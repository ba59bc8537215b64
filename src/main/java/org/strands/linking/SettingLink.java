package org.strands.linking;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One school or setting needing a link therapist: its link time (in tenths of an hour), where it is, its
 * locality, and the therapist it had before this solve. The solver chooses {@code therapist}; a pinned link
 * keeps the one a person chose.
 */
@PlanningEntity
public class SettingLink {

    @PlanningId
    private String ref;
    private String name;
    private long tenths;
    private Double latitude;
    private Double longitude;
    private String locality;
    private Long previousTherapistId;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable
    private Therapist therapist;

    public SettingLink() {
        // for the solver, which clones plans
    }

    SettingLink(String ref, String name, long tenths, Double latitude, Double longitude, String locality,
            Therapist previous, boolean pinned) {
        this.ref = ref;
        this.name = name;
        this.tenths = tenths;
        this.latitude = latitude;
        this.longitude = longitude;
        this.locality = locality;
        this.previousTherapistId = previous == null ? null : previous.id();
        this.pinned = pinned && previous != null;
        this.therapist = pinned ? previous : null;
    }

    public String getRef() {
        return ref;
    }

    public String getName() {
        return name;
    }

    public long getTenths() {
        return tenths;
    }

    public String getLocality() {
        return locality;
    }

    public Long getPreviousTherapistId() {
        return previousTherapistId;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Therapist getTherapist() {
        return therapist;
    }

    public void setTherapist(Therapist therapist) {
        this.therapist = therapist;
    }

    /** Metres from the assigned therapist's base; 0 where the setting has no coordinates. */
    public long travelMetres() {
        return therapist == null ? 0 : therapist.metresTo(latitude, longitude);
    }

    public boolean moved() {
        return previousTherapistId != null && therapist != null && therapist.id() != previousTherapistId;
    }
}
