package org.strands.place;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

/** Stored venues. */
interface Venues extends CrudRepository<VenueRow, Long> {

    Optional<VenueRow> findByAreaIdAndName(long areaId, String name);
}
