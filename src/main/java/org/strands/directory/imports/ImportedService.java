package org.strands.directory.imports;

import java.util.List;
import java.util.Set;

/**
 * A service of a feed as the directory will keep it: every text within its column's limit, every value one the
 * directory accepts; what was cut, left out or looked up is said in its notes.
 *
 * @param index its place in the feed, from 1
 * @param ref the feed's id of it, by which a later import finds it again
 * @param broughtIn false for a service the feed says is not active, which is not brought in
 * @param unmapped the feed's fields it has that the directory has no place for
 */
record ImportedService(int index, String ref, String name, String summary, String whoFor, String cost, String url, String email,
        String phone, String organisation, Integer ageFrom, Integer ageTo, List<String> outcomes, boolean openAccess, List<Place> places,
        boolean broughtIn, List<String> notes, Set<String> unmapped) {

    /** Where it is given. */
    record Place(String name, String address, String postcode, Double latitude, Double longitude) {
    }
}
