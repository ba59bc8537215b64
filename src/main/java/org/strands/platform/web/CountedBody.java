package org.strands.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body stops being read, with {@link RequestLimits.BodyTooLarge}, once more than the limit has come in. */
final class CountedBody extends HttpServletRequestWrapper {

    private final long largest;
    private ServletInputStream counted;

    CountedBody(HttpServletRequest request, long largest) {
        super(request);
        this.largest = largest;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (counted == null) {
            counted = new Counted(super.getInputStream(), largest);
        }
        return counted;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long largest;
        private long read;

        Counted(ServletInputStream in, long largest) {
            this.in = in;
            this.largest = largest;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > largest) {
                throw new RequestLimits.BodyTooLarge("The body is larger than " + largest + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
