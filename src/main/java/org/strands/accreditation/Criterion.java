package org.strands.accreditation;

import org.strands.framework.Level;
import org.strands.framework.Strand;

/**
 * One criterion of the scheme as it applies to a setting: {@code code} (FS1.1) is the same for early years and schools,
 * where the wording may differ.
 */
public record Criterion(String code, Strand strand, Level level, String title, String description) {
}
