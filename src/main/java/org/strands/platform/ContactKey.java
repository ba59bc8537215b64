package org.strands.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key families' contact details are sealed with: {@code STRANDS_CONTACT_KEY} (32 random bytes in base64, from the
 * environment or a secret store). The demo makes one on its first start and keeps it beside its data, readable by the
 * person running Strands alone; outside the demo a missing key stops the start. The database holds a known text sealed
 * with the key, so that a start with a different key stops, saying so, instead of storing details nobody can read
 * beside details nobody can open.
 */
@Configuration(proxyBeanMethods = false)
class ContactKey {

    private static final String CHECK = "strands contact key check";

    @Bean
    ContactCipher contactCipher(@Value("${strands.contacts.key:}") String configured,
            @Value("${strands.database.embedded-directory:./data/postgres}") String dataDirectory, DemoMode demo, JdbcClient db) {
        ContactCipher cipher = new ContactCipher(key(configured, dataDirectory, demo));
        byte[] stored = db.sql("select sealed from contact_key_check where id = 1").query(byte[].class).optional().orElse(null);
        if (stored == null) {
            db.sql("insert into contact_key_check (id, sealed) values (1, ?) on conflict do nothing").param(cipher.seal(CHECK)).update();
        } else {
            try {
                cipher.open(stored);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("STRANDS_CONTACT_KEY is not the key the families' contact details in this database "
                        + "were sealed with: start with that key");
            }
        }
        return cipher;
    }

    private static byte[] key(String configured, String dataDirectory, DemoMode demo) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), "STRANDS_CONTACT_KEY");
        }
        if (!demo.enabled()) {
            throw new IllegalStateException("Set STRANDS_CONTACT_KEY to 32 random bytes in base64 (for example the output of "
                    + "'openssl rand -base64 32'): families' contact details are sealed with it");
        }
        Path file = Path.of(dataDirectory).toAbsolutePath().resolveSibling("strands-contact.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "strands-contact", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo's contact key in " + file, e);
        }
    }

    private static byte[] decode(String text, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(text);
            if (key.length == 32) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new IllegalStateException(source + " must hold 32 random bytes in base64 (44 characters), such as the output "
                + "of 'openssl rand -base64 32'");
    }

}
