package org.strands.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads uploaded files within the limits of {@link UploadSettings}: no more bytes than the largest file allowed, no
 * more rows than allowed, and a workbook only after {@link XlsxGuard} has checked what it expands to. Every refusal
 * is {@link InvalidInput} about the field {@code file}, in plain words.
 */
@Component
public class Uploads {

    private final UploadSettings settings;

    Uploads(UploadSettings settings) {
        this.settings = settings;
    }

    /** The stream, refusing the file as soon as it is longer than the largest file allowed. */
    public InputStream limited(InputStream in) {
        return new LimitedInput(in, settings.maxFileSize().toBytes(), () -> refused(0, Copy.of("upload.tooLarge",
                settings.maxFileSize().toMegabytes())));
    }

    /**
     * The text of a file as a stream: unpacked as it is read when it is gzip-compressed (it starts with the gzip
     * magic bytes), and refused as soon as it unpacks to more than the most allowed, so that no small file can fill
     * memory or disk. A file that is not compressed is read as it is, to the same bound.
     */
    public InputStream unpacked(InputStream in) throws IOException {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 64 * 1024);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        long limit = settings.maxExpandedSize().toBytes();
        if (first == 0x1f && second == 0x8b) {
            InputStream gzip;
            try {
                gzip = new java.util.zip.GZIPInputStream(buffered, 64 * 1024);
            } catch (IOException e) {
                throw refused(0, Copy.of("upload.notGzip"));
            }
            return new LimitedInput(new GzipFailures(gzip), limit, () -> refused(0, Copy.of("upload.gzipExpandsTooFar",
                    settings.maxExpandedSize().toMegabytes())));
        }
        return new LimitedInput(buffered, limit, () -> refused(0, Copy.of("upload.tooLarge", settings.maxExpandedSize().toMegabytes())));
    }

    /** Refuses the file at a row (1 is the header row) past the most data rows allowed. */
    public void checkRow(long rowNumber) {
        checkRow(rowNumber, settings.maxRows());
    }

    /** Refuses the file at a row (1 is the header row) past {@code maxRows} data rows, a bound of its own kind. */
    public void checkRow(long rowNumber, int maxRows) {
        if (rowNumber > maxRows + 1L) {
            throw refused(rowNumber, Copy.of("upload.tooManyRows", maxRows));
        }
    }

    /** The most data rows a file may have. */
    public int maxRows() {
        return settings.maxRows();
    }

    /**
     * The uploaded workbook, opened once it has been saved within the size limit and its parts checked; closing it
     * deletes the saved copy.
     */
    public CheckedWorkbook workbook(InputStream in) {
        Path file = null;
        try {
            file = Files.createTempFile("strands-upload-", ".xlsx");
            try (InputStream limited = limited(in)) {
                Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
            }
            new XlsxGuard(settings).check(file);
            return new CheckedWorkbook(file, new ReadableWorkbook(file.toFile()));
        } catch (IOException e) {
            delete(file);
            throw refused(0, Copy.of("upload.notXlsx"));
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** A compressed stream that is corrupt is refused in plain words, not as a failure to read. */
    private static final class GzipFailures extends java.io.FilterInputStream {

        GzipFailures(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw refused(0, Copy.of("upload.notGzip"));
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw refused(0, Copy.of("upload.notGzip"));
            }
        }
    }

    static InvalidInput refused(long row, String message) {
        return new InvalidInput(message, List.of(new RowError(row, "file", message)));
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A workbook that passed the checks, read from a copy that closing deletes. */
    public static final class CheckedWorkbook implements AutoCloseable {

        private final Path file;
        private final ReadableWorkbook workbook;

        CheckedWorkbook(Path file, ReadableWorkbook workbook) {
            this.file = file;
            this.workbook = workbook;
        }

        public ReadableWorkbook workbook() {
            return workbook;
        }

        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(file);
            }
        }
    }
}
