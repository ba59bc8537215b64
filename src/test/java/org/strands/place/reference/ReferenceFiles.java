package org.strands.place.reference;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.strands.platform.RowErrors;

/** A small reference file read whole, as the loader reads it but for repeated keys (which it finds in its staging table). */
final class ReferenceFiles {

    private ReferenceFiles() {
    }

    static List<Object[]> read(ReferenceDataset dataset, InputStream in) {
        RowErrors errors = new RowErrors();
        List<Object[]> rows = new ArrayList<>();
        ReferenceFile.read(dataset, in, row -> { }, (row, number) -> rows.add(row), errors);
        if (!errors.isEmpty()) {
            throw ReferenceFile.rejected(dataset, errors);
        }
        return rows;
    }
}
