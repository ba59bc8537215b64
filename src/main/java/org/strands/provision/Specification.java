package org.strands.provision;

import java.time.LocalDate;
import java.util.List;

/**
 * The commissioning specification: outcome by outcome, what the area expects from the therapy service
 * and from wider partners, what is provided now, by whom and where, and the gaps.
 */
public record Specification(String areaName, LocalDate produced, List<Section> sections, ProvisionMap.Balance balance) {

    /** One outcome of the specification. */
    public record Section(String code, String strand, String level, String descriptor, String fromTherapy,
            String fromPartners, List<Offer> offers, List<Offer> recordedGaps, boolean gap, boolean thin) {
    }
}
