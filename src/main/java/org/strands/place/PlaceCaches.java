package org.strands.place;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.ShortLivedCache;

/**
 * An area's small areas and settings change only when reference data, localities or venues change, but
 * are read on every page and API call: they are kept for a minute, and cleared by every change made here.
 */
@Component
class PlaceCaches {

    record Key(long areaId, List<String> districts, Object filter) {
    }

    final ShortLivedCache<Key, List<SmallArea>> smallAreas = new ShortLivedCache<>(Duration.ofSeconds(60), 200);
    final ShortLivedCache<Key, List<Setting>> settings = new ShortLivedCache<>(Duration.ofSeconds(60), 200);

    void clear() {
        smallAreas.clear();
        settings.clear();
    }
}
