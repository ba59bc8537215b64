package org.strands.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An area's localities were regrouped or renamed. Each move is a locality that is no more, or that has a new
 * name, with the localities its wards are in now (none only if it had no wards). A locality that kept its name
 * and id is not a move, even if it gained or lost wards. Published inside the transaction that made the change.
 *
 * @param by who made the change
 */
public record LocalitiesRegrouped(long areaId, List<Move> moves, String by) {

    public LocalitiesRegrouped {
        moves = List.copyOf(moves);
    }

    /** A locality, as it was, and where its wards are now. */
    public record Move(long fromId, String from, List<Long> toIds, List<String> to) {

        public Move {
            toIds = List.copyOf(toIds);
            to = List.copyOf(to);
        }
    }

    /** Old locality names to the names of the localities their wards are in now. */
    public Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        moves.forEach(m -> names.put(m.from(), m.to()));
        return names;
    }
}
