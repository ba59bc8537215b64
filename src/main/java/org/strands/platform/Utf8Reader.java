package org.strands.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text read as a stream, a few kilobytes at a time: the rules of {@link Utf8Text#decode} (a byte-order
 * mark dropped, the line of the first NUL or of the first byte that is not UTF-8 named) without holding the file.
 */
final class Utf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024).flip();
    private long line = 1;
    private boolean ended;
    private boolean flushed;

    Utf8Reader(InputStream in) throws IOException {
        this.in = new BufferedInputStream(in);
        this.in.mark(3);
        byte[] start = this.in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            this.in.reset();
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        if (!ended) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                ended = true;
            } else {
                for (int i = bytes.position(); i < bytes.position() + n; i++) {
                    if (bytes.get(i) == 0) {
                        throw new Utf8Text.Unreadable(new Utf8Text.NulCharacter(line + newlines(0, i)));
                    }
                }
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, ended);
        if (result.isError()) {
            throw new Utf8Text.Unreadable(new Utf8Text.NotUtf8(line + newlines(0, bytes.position())));
        }
        line += newlines(0, bytes.position());
        if (ended && !bytes.hasRemaining()) {
            decoder.flush(chars);
            flushed = true;
        }
        bytes.compact();
        chars.flip();
    }

    /** Newline bytes from {@code from} up to {@code to}, in the buffer as filled. */
    private long newlines(int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (bytes.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
