package org.strands.place.reference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a file a dataset keeps: every row, or those whose columns hold (or do not hold) given values.
 * Columns it names must be in the header, like the dataset's own columns.
 */
record Rows(List<Condition> conditions) {

    record Condition(String header, String value, boolean equal) {
    }

    static final Rows ALL = new Rows(List.of());

    static Rows where(String header, String value) {
        return ALL.and(header, value);
    }

    Rows and(String header, String value) {
        return with(new Condition(header, value, true));
    }

    Rows andNot(String header, String value) {
        return with(new Condition(header, value, false));
    }

    boolean keeps(CSVRecord record) {
        return conditions.stream().allMatch(c -> record.isSet(c.header()) && record.get(c.header()).strip().equals(c.value()) == c.equal());
    }

    List<String> headers() {
        return conditions.stream().map(Condition::header).toList();
    }


    private Rows with(Condition condition) {
        List<Condition> all = new ArrayList<>(conditions);
        all.add(condition);
        return new Rows(List.copyOf(all));
    }
}
