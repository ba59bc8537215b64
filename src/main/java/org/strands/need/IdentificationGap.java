package org.strands.need;

import java.util.List;
import org.springframework.stereotype.Service;
import org.strands.place.AreaPlaces;
import org.strands.place.IdentifiedSlcn;
import org.strands.platform.Area;

/**
 * The identification gap: estimated need beside the children the local authority has identified with speech,
 * language and communication needs. The two cover different ages, which each row says, so a gap is a prompt
 * to look closer, not a count of missed children.
 */
@Service
public class IdentificationGap {

    /** One level: the estimate, what is identified (null when not loaded), and the gap between them. */
    public record Gap(String level, String identifiedAs, double estimated, Integer identified, Double gap, Double identifiedPercent,
            String ages) {

        static Gap of(String level, String identifiedAs, double estimated, Integer identified, String ages) {
            return new Gap(level, identifiedAs, estimated, identified, identified == null ? null : estimated - identified,
                    identified == null || estimated == 0 ? null : 100.0 * identified / estimated, ages);
        }
    }

    public record Identification(String authorities, Integer ehcPlans, List<Gap> levels) {
    }

    public static final List<String> SOURCES = List.of(
            "EHC plans: DfE, Education, health and care plans, January 2025 (primary need of every plan).",
            "Pupils with SLCN: DfE, Special educational needs in England, 2021/22, early years to Year 6, as compiled by the BBC Data Unit.");

    private final NeedEstimates estimates;
    private final AreaPlaces places;

    IdentificationGap(NeedEstimates estimates, AreaPlaces places) {
        this.estimates = estimates;
        this.places = places;
    }

    public Identification of(Area area) {
        NeedRow total = estimates.need(area, "area").getFirst();
        IdentifiedSlcn identified = places.identifiedSlcn(area);
        return new Identification(identified.authorities(), identified.ehcPlans(), List.of(
                Gap.of("Targeted", "Pupils with SLCN as their primary need, at SEN support or with an EHC plan", total.targeted(),
                        identified.slcnPupils(), "Estimate: ages 0 to 15. Identified: early years to Year 6, 2021/22."),
                Gap.of("Specialist", "EHC plans with SLCN as the primary need", total.specialist(), identified.slcnPlans(),
                        "Estimate: ages 0 to 15. Identified: all ages to 25, January 2025.")));
    }
}
