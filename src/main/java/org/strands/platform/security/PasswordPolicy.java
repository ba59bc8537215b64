package org.strands.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.strands.platform.DemoMode;
import org.strands.platform.InvalidInput;

/**
 * What a password must be. Outside the demo, the demo passwords and other well-known ones are refused,
 * both when a password is set and when someone signs in with one.
 */
@Component
public class PasswordPolicy {

    static final Set<String> KNOWN_DEMO_PASSWORDS = Set.of("demo", "password", "admin", "changeme", "strands",
            "letmein", "123456", "12345678", "password1", "qwerty");

    /** The most bcrypt reads of a password, in UTF-8 bytes. */
    static final int LONGEST_BYTES = 72;

    private final DemoMode demo;

    PasswordPolicy(DemoMode demo) {
        this.demo = demo;
    }

    public boolean isKnownDemoPassword(String password) {
        return password != null && KNOWN_DEMO_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether signing in with this password is refused whatever the stored hash says. */
    public boolean refusedAtSignIn(String password) {
        return !demo.enabled() && isKnownDemoPassword(password);
    }

    public void check(String password) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            // bcrypt reads only the first 72 bytes: a longer password would be accepted on its beginning alone
            throw InvalidInput.of("password", "A password can have at most " + LONGEST_BYTES
                    + " characters, fewer if it uses accented letters or symbols.");
        }
        if (demo.enabled()) {
            if (password == null || password.isEmpty()) {
                throw InvalidInput.of("password", "Enter a password.");
            }
            return;
        }
        if (isKnownDemoPassword(password)) {
            throw InvalidInput.of("password", "This password is a demo password or too well known. Choose another.");
        }
        if (password == null || password.length() < 12) {
            throw InvalidInput.of("password", "A password must have at least 12 characters.");
        }
    }
}
