package org.strands.accreditation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.strands.framework.Strand;

/** A strand as it appears in the scheme's addresses: {@code family-support}, {@code environment} and so on. */
public final class Strands {

    private Strands() {
    }

    public static String slug(Strand strand) {
        return strand.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The strand of a slug, if it is one. */
    public static Optional<Strand> of(String slug) {
        return slug == null ? Optional.empty() : Arrays.stream(Strand.values()).filter(s -> slug(s).equals(slug.strip())).findFirst();
    }
}
