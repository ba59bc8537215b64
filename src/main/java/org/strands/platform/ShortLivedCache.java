package org.strands.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An in-process cache whose entries live a short, fixed time. Changes made on this node clear it when
 * their transaction commits; on other nodes of a cluster an entry is at most {@code timeToLive} old.
 */
public final class ShortLivedCache<K, V> {

    private final Cache<K, V> cache;

    public ShortLivedCache(Duration timeToLive, long maximumSize) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize).build();
    }

    public V get(K key, Function<K, V> load) {
        return cache.get(key, load);
    }

    /**
     * Clears the cache now and, inside a transaction, again once it has ended (committed or rolled back), so that
     * nothing read in between outlives the transaction.
     */
    public void clear() {
        cache.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidateAll();
                }
            });
        }
    }
}
