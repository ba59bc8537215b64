package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class XlsxGuardTests {

    private final Uploads uploads = new Uploads(new UploadSettings(DataSize.ofMegabytes(32), 100, DataSize.ofMegabytes(1), 10, DataSize.ofMegabytes(256)));

    @Test
    void aWorkbookWhosePartsDeclareMoreThanTheLimitIsRefused() throws IOException {
        assertThatThrownBy(() -> uploads.workbook(new ByteArrayInputStream(zipOf(2 * 1024 * 1024))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("unpacks to more than 1 MB");
    }

    @Test
    void aWorkbookWhosePartsLieAboutTheirSizeIsRefusedWhenTheyExpandPastTheLimit() throws IOException {
        byte[] zip = zipOf(2 * 1024 * 1024);
        declareSizes(zip, 100);
        assertThatThrownBy(() -> uploads.workbook(new ByteArrayInputStream(zip)))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).singleElement().extracting(RowError::column).isEqualTo("file"));
    }

    @Test
    void aFileLongerThanAllowedIsRefusedWhileItIsRead() {
        Uploads small = new Uploads(new UploadSettings(DataSize.ofKilobytes(1), 100, DataSize.ofMegabytes(1), 10, DataSize.ofMegabytes(256)));
        assertThatThrownBy(() -> small.limited(new ByteArrayInputStream(new byte[2048])).readAllBytes())
                .isInstanceOf(InvalidInput.class).hasMessageContaining("The file is larger than");
    }

    @Test
    void aRowPastTheLimitIsRefusedNamingIt() {
        uploads.checkRow(101);
        assertThatThrownBy(() -> uploads.checkRow(102)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors().getFirst().row()).isEqualTo(102));
    }

    private static byte[] zipOf(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<row/>".repeat(size / 6).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Rewrites every uncompressed size the zip declares (local header, data descriptor, central directory). */
    private static void declareSizes(byte[] zip, int size) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int signature = b.getInt(i);
            if (signature == 0x04034b50) {
                b.putInt(i + 22, size);
            } else if (signature == 0x08074b50) {
                b.putInt(i + 12, size);
            } else if (signature == 0x02014b50) {
                b.putInt(i + 24, size);
            }
        }
    }
}
