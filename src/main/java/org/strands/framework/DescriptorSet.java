package org.strands.framework;

/**
 * A wording of the fifteen outcomes for one discipline. The SLCN set ships with Strands; an area may load
 * others (another discipline, or its licensed official wording) from a file.
 */
public record DescriptorSet(String code, String name, String discipline, boolean shipped) {
}
