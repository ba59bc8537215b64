package org.strands.place;

import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.strands.platform.ShortLivedCache;

/**
 * An area's small areas and settings change only when reference data, localities or venues change, but are read
 * on every page and API call. This node clears them on the event of each change, at once (in the transaction
 * that made it) and again when that transaction ends; another node's copy is at most five seconds old.
 */
@Component
class PlaceCaches {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    record Key(long areaId, List<String> districts, Object filter) {
    }

    final ShortLivedCache<Key, List<SmallArea>> smallAreas = new ShortLivedCache<>(TIME_TO_LIVE, 200);
    final ShortLivedCache<Key, List<Setting>> settings = new ShortLivedCache<>(TIME_TO_LIVE, 200);

    @EventListener({LocalitiesRegrouped.class, VenuesChanged.class, ReferenceDataLoaded.class})
    void clear() {
        smallAreas.clear();
        settings.clear();
    }
}
