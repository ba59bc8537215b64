package org.strands.directory.web.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.strands.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Reads the feed as another system would, over HTTP with no credentials. The tests share one application, whose rate
 * limit counts every test's public requests against one address: a 429 is waited out (as Retry-After says) and asked again.
 */
final class FeedReader {

    private final Api api;

    FeedReader(int port) {
        this(Api.at(port));
    }

    /** A reader that sends what the client sends (an API token of its own, say). */
    FeedReader(Api api) {
        this.api = api;
    }

    Api.Response get(String path) {
        for (int attempt = 0; ; attempt++) {
            Api.Response answer = api.get(path);
            if (answer.status() != 429 || attempt == 30) {
                return answer;
            }
            long seconds = answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            try {
                Thread.sleep(seconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The JSON of an answer that must be 200. */
    JsonNode json(String path) {
        Api.Response answer = get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** The items of a list's page. */
    List<JsonNode> contents(String path) {
        List<JsonNode> items = new ArrayList<>();
        json(path).get("contents").forEach(items::add);
        return items;
    }

    /** Every place in the JSON where a value is null, an empty text or an empty list (a page's contents aside). */
    static List<String> emptyValues(JsonNode node, String where) {
        List<String> found = new ArrayList<>();
        if (node.isNull() || (node.isString() && node.asString().isEmpty()) || (node.isArray() && node.isEmpty() && !where.endsWith("/contents"))) {
            found.add(where);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                found.addAll(emptyValues(field.getValue(), where + "/" + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(emptyValues(node.get(i), where + "/" + i));
            }
        }
        return found;
    }
}
