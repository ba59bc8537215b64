package org.strands.followup;

import java.util.Locale;

/** A family's address as one key, whatever its spelling: an email address in lower case, a mobile number as its digits. */
final class Addresses {

    private Addresses() {
    }

    static byte[] hash(Channel channel, String address) {
        String key = channel == Channel.EMAIL ? address.strip().toLowerCase(Locale.ROOT)
                : address.replaceAll("[^0-9]", "").replaceFirst("^44", "0");
        return sha256(channel.name() + ":" + key);
    }

    static byte[] sha256(String text) {
        return org.strands.platform.LinkTokens.hash(text);
    }
}
