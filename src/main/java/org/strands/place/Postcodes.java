package org.strands.place;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.strands.platform.BadValue;

/** Placeholder until the postcode work lands. */
@Service
public class Postcodes {

    public static String normalise(String text) throws BadValue {
        String t = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!t.matches("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")) {
            throw new BadValue("\"" + (text == null ? "" : text.strip()) + "\" is not a full UK postcode, such as SK1 3XE.");
        }
        return t.substring(0, t.length() - 3) + " " + t.substring(t.length() - 3);
    }

    public Optional<Location> locate(String postcode) throws BadValue {
        normalise(postcode);
        return Optional.of(new Location(53.4106, -2.1575));
    }
}
