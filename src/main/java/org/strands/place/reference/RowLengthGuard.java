package org.strands.place.reference;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/**
 * Refuses a row longer than any reference file has, before the CSV reader holds it: a compressed file may unpack to a
 * single row of hundreds of megabytes, which the reader would otherwise keep whole. A line break inside quotes is part
 * of the row, as in CSV.
 */
final class RowLengthGuard extends FilterReader {

    static final int LONGEST = 1_000_000;

    private long line = 1;
    private long length;
    private boolean quoted;

    RowLengthGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            seen((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            seen(buffer[i]);
        }
        return n;
    }

    private void seen(char c) {
        if (c == '"') {
            quoted = !quoted;
        }
        if (c == '\n') {
            line++;
            if (!quoted) {
                length = 0;
                return;
            }
        }
        if (++length > LONGEST) {
            String message = String.format(java.util.Locale.UK, "This row is longer than %,d characters, far longer than a row of "
                    + "any reference file. Is this the right file, saved as CSV?", LONGEST);
            throw new InvalidInput(message, List.of(new RowError(line, "file", message)));
        }
    }
}
