package org.strands.platform;

/**
 * One reason a file or request was rejected: the row (1 is the header row of a file, 0 when not about a
 * row), the column or field, and a plain-English message.
 */
public record RowError(long row, String column, String message) implements java.io.Serializable {
}
