package org.strands.provision;

import java.util.Set;
import org.strands.platform.Area;

/**
 * Something another module knows about the outcome cells that the provision map shows: which cells have evidence
 * of impact. The map asks every bean that implements it, if any, so provision depends on none of them.
 */
public interface CellEvidence {

    /** The outcome codes (such as IN3) of the cells with evidence of impact in the area. */
    Set<String> outcomeCodesWithEvidence(Area area);
}
