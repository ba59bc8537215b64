package org.strands.place.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.strands.platform.InvalidInput;

/**
 * Whatever bytes arrive as a reference file, the reader either returns rows or rejects the file with
 * reasons that name a row and a column: it never fails in any other way. Runs on its seeds in
 * {@code mvn test}; fuzz for longer with {@code JAZZER_FUZZ=1}.
 */
class ReferenceFileFuzzTests {

    @FuzzTest(maxDuration = "10s")
    void anyFileIsReadOrRejectedWithReasons(FuzzedDataProvider data) {
        ReferenceDataset dataset = data.pickValue(ReferenceDataset.values());
        String header = String.join(",", dataset.columns().stream().map(Column::header).toList()) + "\n";
        byte[] body = data.consumeRemainingAsBytes();
        byte[] file = new byte[header.length() + body.length];
        System.arraycopy(header.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, file, 0, header.length());
        System.arraycopy(body, 0, file, header.length(), body.length);
        try {
            List<Object[]> rows = ReferenceFiles.read(dataset, new ByteArrayInputStream(file));
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(dataset.columns().size()));
        } catch (InvalidInput e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.row()).isNotNegative();
                assertThat(error.column()).isNotBlank();
                assertThat(error.message()).isNotBlank();
            });
        }
    }
}
