package org.strands.framework;

import java.util.List;

/** The framework as one descriptor set words it: fifteen outcomes and the five delivery principles. */
public record Framework(DescriptorSet descriptorSet, List<Outcome> outcomes, List<DeliveryPrinciple> principles) {

    public Outcome outcome(Strand strand, Level level) {
        return outcomes.stream().filter(o -> o.strand() == strand && o.level() == level).findFirst().orElseThrow();
    }
}
