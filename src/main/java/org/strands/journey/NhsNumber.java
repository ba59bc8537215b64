package org.strands.journey;

import java.util.Optional;

/** An NHS number: ten digits, the last a modulus 11 check digit of the first nine (a check digit of 10 is never issued). */
final class NhsNumber {

    private NhsNumber() {
    }

    /** The ten digits, spaces and hyphens taken out, if the text is a valid NHS number. */
    static Optional<String> read(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0' ? Optional.of(digits) : Optional.empty();
    }
}
