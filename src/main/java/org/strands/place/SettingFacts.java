package org.strands.place;

import java.util.List;
import org.strands.platform.Area;

/**
 * What other modules know about a school or setting, shown on its page (its link therapist, say). Place
 * defines the question; modules that build on place answer it, so place depends on none of them.
 */
public interface SettingFacts {

    /** A labelled fact, with a link for more when there is one. */
    record Fact(String label, String value, String href) {
    }

    List<Fact> about(Area area, Setting setting);
}
