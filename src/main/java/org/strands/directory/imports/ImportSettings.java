package org.strands.directory.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of another directory an import reads, so that no file or feed, however made, can exhaust memory or hold a
 * request for long.
 *
 * @param allowPrivateHosts whether a feed may be read from a loopback, private or link-local address (tests, a feed
 *        on the same network); false by default, so that the import cannot be used to reach the servers behind us
 * @param maxFileSize the largest uploaded file, and the largest answer read from a feed
 * @param maxFeedSize the most read from one feed, all its answers together
 * @param maxServices the most services one import brings in
 * @param maxPages the most list pages read from one feed
 * @param connectTimeout how long to wait to connect to a feed
 * @param readTimeout how long to wait for one answer of a feed
 * @param perPage how many services to ask a feed for in each page
 */
@ConfigurationProperties("strands.directory.import")
record ImportSettings(@DefaultValue("false") boolean allowPrivateHosts, @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("50MB") DataSize maxFeedSize, @DefaultValue("5000") int maxServices, @DefaultValue("100") int maxPages,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration readTimeout, @DefaultValue("50") int perPage) {
}
