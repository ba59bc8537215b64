package org.strands.directory;

/**
 * Something families can see in an area's directory changed (an entry written, kept in step with an offer, brought in
 * from a feed): what was shown from before it is out of date.
 */
public record DirectoryChanged(long areaId) {
}
