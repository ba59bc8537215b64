package org.strands.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strands.platform.Copy;
import tools.jackson.databind.JsonNode;

/**
 * Reads the services of an Open Referral UK feed from its base address: {@code /services} page by page (following
 * {@code total_pages}), and {@code /services/{id}} for a service the list gives without its locations. Only http and
 * https; no redirects; a host on a loopback, private or link-local address refused unless allowed; every answer, the
 * whole feed, the pages and the services bounded by {@link ImportSettings}.
 */
final class FeedFetcher {

    private final ImportSettings settings;
    private final HttpClient client;
    private long read;

    FeedFetcher(ImportSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every service of the feed at the base address, each as full as the feed gives it. */
    List<JsonNode> services(String address) {
        URI base = base(address);
        List<JsonNode> services = new ArrayList<>();
        long pages = 1;
        for (int page = 1; page <= pages; page++) {
            URI list = resolve(base, "/services", "page=" + page + "&per_page=" + Math.max(1, Math.min(settings.perPage(), 100)));
            OrukJson.Page answer = OrukJson.read(get(list), list.toString());
            if (page == 1 && answer.totalPages() != null) {
                if (answer.totalPages() > settings.maxPages()) {
                    throw new ImportRefused(Copy.of("directory.import.feed.tooManyPages", answer.totalPages(), settings.maxPages()));
                }
                pages = Math.max(1, answer.totalPages());
            }
            if (answer.services().isEmpty()) {
                break;
            }
            services.addAll(answer.services());
            if (services.size() > settings.maxServices()) {
                throw new ImportRefused(Copy.of("directory.import.tooManyServices", settings.maxServices()));
            }
        }
        List<JsonNode> full = new ArrayList<>(services.size());
        for (JsonNode service : services) {
            String id = FeedText.textOrNull(service, "id");
            if (id != null && !service.has("service_at_locations") && FeedText.length(id) <= 200) {
                URI one = resolve(base, "/services/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"), null);
                OrukJson.Page detail = OrukJson.read(get(one), one.toString());
                full.add(detail.services().size() == 1 ? detail.services().getFirst() : service);
            } else {
                full.add(service);
            }
        }
        return full;
    }

    /** The feed's base address as given: http or https, with a host; a trailing slash or {@code /services} dropped. */
    static URI base(String address) {
        String text = address == null ? "" : address.strip();
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || text.length() > 2000) {
                throw new ImportRefused(Copy.of("directory.import.feed.badAddress"));
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            path = path.endsWith("/services") ? path.substring(0, path.length() - "/services".length()) : path;
            return new URI(scheme + "://" + uri.getRawAuthority() + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new ImportRefused(Copy.of("directory.import.feed.badAddress"));
        }
    }

    /** A path under the base, the base's own query (such as {@code area=stockport}) kept before the given one. */
    static URI resolve(URI base, String path, String query) {
        String q = base.getRawQuery() == null ? query : query == null ? base.getRawQuery() : base.getRawQuery() + "&" + query;
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + (base.getRawPath() == null ? "" : base.getRawPath()) + path
                + (q == null ? "" : "?" + q));
    }

    private byte[] get(URI uri) {
        checkHost(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).header("Accept", "application/json")
                .header("User-Agent", "Strands directory import").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ImportRefused(Copy.of("directory.import.feed.status", uri.toString(), response.statusCode()));
                }
                long most = Math.min(settings.maxFileSize().toBytes(), settings.maxFeedSize().toBytes() - read);
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
                if (bytes.length > most) {
                    throw new ImportRefused(Copy.of("directory.import.feed.tooLarge", uri.toString(), settings.maxFileSize().toMegabytes(),
                            settings.maxFeedSize().toMegabytes()));
                }
                read += bytes.length;
                return bytes;
            }
        } catch (HttpTimeoutException e) {
            throw new ImportRefused(Copy.of("directory.import.feed.slow", uri.toString(), settings.readTimeout().toSeconds()));
        } catch (IOException e) {
            throw new ImportRefused(Copy.of("directory.import.feed.unreachable", uri.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRefused(Copy.of("directory.import.feed.unreachable", uri.toString()));
        }
    }

    /** Refuses a host that is, or resolves to, an address of this machine or of a private network, unless allowed. */
    private void checkHost(URI uri) {
        if (settings.allowPrivateHosts()) {
            return;
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isPrivate(address)) {
                    throw new ImportRefused(Copy.of("directory.import.feed.privateHost", uri.getHost()));
                }
            }
        } catch (UnknownHostException e) {
            throw new ImportRefused(Copy.of("directory.import.feed.unknownHost", uri.getHost()));
        }
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local (fc00::/7), and an IPv4 address mapped or embedded in IPv6 judged as that address
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            boolean zeros = true;
            for (int i = 0; i < 10; i++) {
                zeros &= b[i] == 0;
            }
            if (zeros && (mapped || (b[10] == 0 && b[11] == 0))) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // "this network", carrier-grade NAT (100.64.0.0/10) and benchmarking (198.18.0.0/15) are not the open internet either
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19));
    }
}
