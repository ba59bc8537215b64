package org.strands.directory;

/**
 * One place where a published entry is given (a service at a location, in Open Referral's words).
 *
 * @param metresAway from the point the reader gave, or null without one (or for a place with no point)
 */
public record PublishedPlace(PublishedEntry service, DirectoryEntry.Place place, Double metresAway) {
}
