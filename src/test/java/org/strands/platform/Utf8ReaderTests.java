package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTests {

    @Test
    void textReadAsAStreamIsTheSameAsDecodedWholeEvenWhenCharactersStraddleItsBuffers() throws Exception {
        String text = "name,place\n" + "Caf\u00e9 \u2603 \uD83D\uDE00,Stockport\n".repeat(5_000);
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(read(bytes)).isEqualTo(text).isEqualTo(Utf8Text.decode(bytes));
    }

    @Test
    void aByteThatIsNotUtf8FarIntoTheFileIsNamedWithItsLine() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("a,b\n".repeat(20_000).getBytes(StandardCharsets.UTF_8));
        file.writeBytes("Caf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read(file.toByteArray())).isInstanceOfSatisfying(Utf8Text.Unreadable.class, e -> {
            assertThat(e.problem()).isNotInstanceOf(Utf8Text.NulCharacter.class);
            assertThat(e.problem().line()).isEqualTo(20_001);
        });
    }

    @Test
    void aNulCharacterFarIntoTheFileIsNamedWithItsLine() {
        byte[] bytes = ("a,b\n".repeat(9_999) + "a,\u0000\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(Utf8Text.Unreadable.class, e -> {
            assertThat(e.problem()).isInstanceOf(Utf8Text.NulCharacter.class);
            assertThat(e.problem().line()).isEqualTo(10_000);
        });
    }

    @Test
    void aCharacterCutOffAtTheEndIsNotUtf8() {
        byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x98};
        assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(Utf8Text.Unreadable.class,
                e -> assertThat(e.problem().line()).isEqualTo(2));
    }

    private static String read(byte[] bytes) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = Utf8Text.reader(new ByteArrayInputStream(bytes))) {
            reader.transferTo(out);
        }
        return out.toString();
    }
}
