package org.strands.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals families' names, contact details and words before they are stored, and opens them for those who may see
 * them: AES-256-GCM with a fresh 96-bit nonce per value, so that the same address sealed twice looks different and
 * any change to a stored value is detected. The key comes from {@link ContactKey}.
 */
public final class ContactCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    ContactCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The contact key must be 32 bytes (256 bits), not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The text sealed, or null for null. */
    public byte[] seal(String text) {
        if (text == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a contact detail", e);
        }
    }

    /** The text a {@link #seal(String)} produced with this key, or null for null. */
    public String open(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored contact detail cannot be opened with this key", e);
        }
    }
}
