package org.strands.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * A feed is read only from the open internet unless private hosts are allowed: this server's own addresses, private
 * networks and link-local ones (the cloud's metadata service) are refused before anything is sent, and only http and
 * https are read.
 */
class FeedFetcherTests {

    static ImportSettings settings(boolean allowPrivateHosts) {
        return new ImportSettings(allowPrivateHosts, DataSize.ofMegabytes(5), DataSize.ofMegabytes(50), 5000, 100, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 50);
    }

    @Test
    void aFeedOnThisServerOrAPrivateNetworkIsRefusedWhilePrivateHostsAreNotAllowed() {
        FeedFetcher fetcher = new FeedFetcher(settings(false));
        for (String address : new String[] {"http://localhost:8080/oruk", "http://127.0.0.1/oruk/", "http://[::1]/oruk", "http://10.1.2.3/oruk",
                "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data", "http://[::ffff:127.0.0.1]/oruk", "http://0.0.0.0/"}) {
            assertThatThrownBy(() -> fetcher.services(address)).as(address).isInstanceOf(ImportRefused.class)
                    .hasMessageContaining("private network");
        }
    }

    @Test
    void onlyWebAddressesAreRead() {
        FeedFetcher fetcher = new FeedFetcher(settings(false));
        for (String address : new String[] {"file:///etc/passwd", "ftp://example.org/oruk", "example.org/oruk", "", "http://user:pw@example.org/",
                "http://exa mple.org/"}) {
            assertThatThrownBy(() -> fetcher.services(address)).as(address).isInstanceOf(ImportRefused.class)
                    .hasMessageContaining("starting with https://");
        }
    }

    @Test
    void theListOfServicesIsAskedForUnderTheBaseAddressKeepingItsQuery() {
        assertThat(FeedFetcher.resolve(FeedFetcher.base("https://example.org/oruk/?area=stockport"), "/services", "page=2&per_page=50"))
                .hasToString("https://example.org/oruk/services?area=stockport&page=2&per_page=50");
        assertThat(FeedFetcher.resolve(FeedFetcher.base("https://example.org/api/services/"), "/services/abc", null))
                .hasToString("https://example.org/api/services/abc");
    }

    @Test
    void publicAddressesAreNotPrivate() throws UnknownHostException {
        assertThat(FeedFetcher.isPrivate(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(FeedFetcher.isPrivate(InetAddress.getByName("2a00:1450:4009:81f::200e"))).isFalse();
        assertThat(FeedFetcher.isPrivate(InetAddress.getByName("100.64.0.1"))).isTrue();
        assertThat(FeedFetcher.isPrivate(InetAddress.getByName("fd00::1"))).isTrue();
    }
}
