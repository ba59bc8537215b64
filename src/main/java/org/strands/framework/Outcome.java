package org.strands.framework;

/** An outcome with the wording of one descriptor set. */
public record Outcome(String code, Strand strand, Level level, String descriptor) {
}
