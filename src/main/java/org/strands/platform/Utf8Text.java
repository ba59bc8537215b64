package org.strands.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding for every file people upload: names the line of the first byte that is not UTF-8, or of
 * the first NUL character (valid UTF-8, but never text, and refused by PostgreSQL). A byte-order mark is dropped.
 */
public final class Utf8Text {

    private Utf8Text() {
    }

    public static String decode(byte[] bytes) throws NotUtf8 {
        refuseNul(bytes);
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

    /**
     * The same rules for text read as a stream, without holding it whole: reading throws {@link Unreadable}, holding the
     * line of the first NUL character or of the first byte that is not UTF-8.
     */
    public static java.io.Reader reader(java.io.InputStream in) throws java.io.IOException {
        return new Utf8Reader(in);
    }

    /** Refuses bytes with a NUL (a zero byte), naming its line: UTF-8 or not, such a file is not text. */
    public static void refuseNul(byte[] bytes) throws NulCharacter {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new NulCharacter(lineOf(bytes, i));
            }
        }
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
    public static class NotUtf8 extends Exception {
        private final long line;

        NotUtf8(long line) {
            this("Not UTF-8 from line " + line, line);
        }

        NotUtf8(String message, long line) {
            super(message, null, false, false);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** The text has a NUL character on this line (1 = the header row). */
    public static final class NulCharacter extends NotUtf8 {

        NulCharacter(long line) {
            super("A NUL character on line " + line, line);
        }

        /** What to tell the person, in plain words. */
        public String reason() {
            return Copy.of("upload.nulCharacter");
        }
    }

    /** Streamed text that is not UTF-8 or holds a NUL character; {@link #problem()} says where. */
    public static final class Unreadable extends java.io.IOException {

        private final transient NotUtf8 problem;

        Unreadable(NotUtf8 problem) {
            super(problem.getMessage(), problem);
            this.problem = problem;
        }

        public NotUtf8 problem() {
            return problem;
        }

        /** The problem behind a failure while reading streamed text, if that is what it was. */
        public static java.util.Optional<NotUtf8> in(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof Unreadable u) {
                    return java.util.Optional.of(u.problem);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
