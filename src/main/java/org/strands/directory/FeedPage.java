package org.strands.directory;

import java.util.List;

/** One page of what the feed found, and how many there are on every page together. */
public record FeedPage<T>(List<T> items, long total) {

    public FeedPage {
        items = List.copyOf(items);
    }
}
