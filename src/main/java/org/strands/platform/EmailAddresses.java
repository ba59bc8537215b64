package org.strands.platform;

import java.util.regex.Pattern;

/** Reads an email address as a person types it: one {@code @}, no spaces, at most 320 characters. */
public final class EmailAddresses {

    static final int LONGEST = 320;
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}.]+$");

    private EmailAddresses() {
    }

    /** The address without surrounding spaces, or {@code null} for none; anything else is refused naming {@code email}. */
    public static String read(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String address = typed.strip();
        if (address.length() > LONGEST) {
            throw InvalidInput.of("email", "Enter an email address of at most " + LONGEST + " characters.");
        }
        if (!ADDRESS.matcher(address).matches()) {
            throw InvalidInput.of("email", "Enter an email address in the right form, like name@example.org.");
        }
        return address;
    }
}
