package org.strands.place;

import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

/** Stored venues. */
interface Venues extends CrudRepository<VenueRow, Long> {

    @org.springframework.data.jdbc.repository.query.Query("select * from venue where area_id = :areaId and lower(name) = lower(:name)")
    Optional<VenueRow> findByAreaIdAndName(long areaId, String name);
}
