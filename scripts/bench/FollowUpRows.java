import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rows for the follow-up benchmark: for COUNT synthetic families from FIRST, a contact id, the email address sealed as
 * Strands seals it (AES-256-GCM, a 12-byte nonce first, under the demo's key file) and the address's hash, as CSV with
 * bytea in hex. Usage: java FollowUpRows.java KEY_FILE FIRST COUNT
 */
public class FollowUpRows {
    public static void main(String[] args) throws Exception {
        byte[] key = Base64.getDecoder().decode(Files.readString(Path.of(args[0])).strip());
        long first = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (long contact = first; contact < first + count; contact++) {
            String address = "family" + contact + "@example.org";
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(address.getBytes(StandardCharsets.UTF_8));
            byte[] whole = ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("EMAIL:" + address).getBytes(StandardCharsets.UTF_8));
            out.append(contact).append(",\\x").append(HexFormat.of().formatHex(whole)).append(",\\x").append(HexFormat.of().formatHex(hash)).append('\n');
        }
        System.out.print(out);
    }
}
