package org.strands.place.reference;

/** A column of a reference file: its header in the file, the table column it fills, and its type. */
record Column(String header, String target, ColumnType type, boolean required) {

    static Column required(String header, String target, ColumnType type) {
        return new Column(header, target, type, true);
    }

    static Column optional(String header, String target, ColumnType type) {
        return new Column(header, target, type, false);
    }
}
