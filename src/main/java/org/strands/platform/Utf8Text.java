package org.strands.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for every file people upload: names the line of the first byte that is not UTF-8.
 * A byte-order mark is dropped.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    public static String decode(byte[] bytes) throws NotUtf8 {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotUtf8(lineOf(bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static long lineOf(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The text is not UTF-8 from this line (1 = the header row). */
    public static final class NotUtf8 extends Exception {
        private final long line;

        NotUtf8(long line) {
            super("Not UTF-8 from line " + line, null, false, false);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
