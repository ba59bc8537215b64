package org.strands.provision;

import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.strands.place.LocalitiesRegrouped;
import org.strands.place.ReferenceDataLoaded;
import org.strands.place.VenuesChanged;
import org.strands.platform.ShortLivedCache;

/**
 * The area's offers and its drawn maps, read on every provision page. This node clears them on the event of any
 * change to offers or to the places they reach, at once and again when the changing transaction ends; another
 * node's copy is at most five seconds old.
 */
@Component
class ProvisionCaches {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    final ShortLivedCache<Long, List<Offer>> offers = new ShortLivedCache<>(TIME_TO_LIVE, 100);
    final ShortLivedCache<List<Object>, ProvisionMap> maps = new ShortLivedCache<>(TIME_TO_LIVE, 500);

    @EventListener({OffersChanged.class, LocalitiesRegrouped.class, VenuesChanged.class, ReferenceDataLoaded.class})
    void clear() {
        offers.clear();
        maps.clear();
    }
}
