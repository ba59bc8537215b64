package org.strands.directory.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.strands.platform.Copy;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Open Referral UK JSON as a file or a feed gives it: a page of services ({@code contents}, with
 * {@code total_pages}), one service (with {@code id} and {@code name}), or a list of services. Anything else (not
 * UTF-8 text, not JSON, another shape) is refused, saying what was wrong.
 */
final class OrukJson {

    /** The services of one page or file, and how many pages the feed says it has (null when it does not say). */
    record Page(List<JsonNode> services, Long totalPages) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OrukJson() {
    }

    /** The services in the bytes; {@code from} is the feed's address they were read from, or null for a file. */
    static Page read(byte[] bytes, String from) {
        if (bytes.length == 0) {
            throw notOruk(from, Copy.of("directory.import.empty"));
        }
        String text = utf8(bytes, from);
        if (text.isBlank()) {
            throw notOruk(from, Copy.of("directory.import.empty"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JacksonException e) {
            throw notOruk(from, e.getLocation() == null ? Copy.of("directory.import.notJson")
                    : Copy.of("directory.import.notJsonAt", e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        if (root == null || root.isMissingNode()) {
            throw notOruk(from, Copy.of("directory.import.empty"));
        }
        if (root.isObject() && root.has("contents")) {
            JsonNode contents = root.get("contents");
            if (!contents.isArray()) {
                throw notOruk(from, Copy.of("directory.import.contentsNotList"));
            }
            JsonNode pages = root.get("total_pages");
            Long totalPages = pages != null && pages.isIntegralNumber() && pages.canConvertToLong() ? pages.longValue() : null;
            return new Page(services(contents, from), totalPages);
        }
        if (root.isObject() && root.has("id") && root.has("name")) {
            return new Page(List.of(root), null);
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                throw notOruk(from, Copy.of("directory.import.noServices"));
            }
            return new Page(services(root, from), null);
        }
        throw notOruk(from, Copy.of("directory.import.wrongShape", kind(root)));
    }

    private static List<JsonNode> services(JsonNode list, String from) {
        List<JsonNode> services = new ArrayList<>(list.size());
        int index = 0;
        for (JsonNode item : list.values()) {
            index++;
            if (!item.isObject()) {
                throw notOruk(from, Copy.of("directory.import.itemNotService", index, kind(item)));
            }
            services.add(item);
        }
        return services;
    }

    /** What a JSON value is, in words. */
    static String kind(JsonNode node) {
        if (node.isObject()) {
            return Copy.of("directory.import.kind.object");
        }
        if (node.isArray()) {
            return Copy.of("directory.import.kind.list");
        }
        if (node.isNumber()) {
            return Copy.of("directory.import.kind.number");
        }
        if (node.isString()) {
            return Copy.of("directory.import.kind.text");
        }
        if (node.isBoolean()) {
            return Copy.of("directory.import.kind.boolean");
        }
        return Copy.of("directory.import.kind.null");
    }

    private static String utf8(byte[] bytes, String from) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notOruk(from, Copy.of("directory.import.notUtf8"));
        }
    }

    static ImportRefused notOruk(String from, String why) {
        return new ImportRefused(from == null ? Copy.of("directory.import.notOruk", why) : Copy.of("directory.import.feedNotOruk", from, why));
    }
}
