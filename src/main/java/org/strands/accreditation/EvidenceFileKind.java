package org.strands.accreditation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a setting may add as evidence, told by what is in the file and never by its name: a PDF, a PNG or
 * JPEG picture, or a Word, Excel or PowerPoint document (a zip of parts with {@code [Content_Types].xml}).
 */
enum EvidenceFileKind {
    PDF("application/pdf", Set.of("pdf")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    POWERPOINT("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx"));

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String contentType;
    private final Set<String> extensions;

    EvidenceFileKind(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    /** Whether a name's extension, if it has one we know, agrees with what the file is. */
    boolean matchesName(String fileName) {
        String ext = extension(fileName);
        boolean known = java.util.Arrays.stream(values()).anyMatch(k -> k.extensions.contains(ext));
        return known ? extensions.contains(ext) : ext.isEmpty();
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the bytes are, if they are one of the kinds allowed. */
    static Optional<EvidenceFileKind> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            List<String> names = zipEntryNames(content);
            if (names.contains("[Content_Types].xml")) {
                if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                    return Optional.of(WORD);
                }
                if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                    return Optional.of(EXCEL);
                }
                if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                    return Optional.of(POWERPOINT);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names in a zip's central directory, read without unpacking anything (so a zip that unpacks to far more costs
     * nothing); empty when the zip is broken.
     */
    static List<String> zipEntryNames(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
            if (b.getInt(i) == 0x06054b50) {
                end = i;
                break;
            }
        }
        List<String> names = new ArrayList<>();
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(b.getShort(end + 10));
        long offset = Integer.toUnsignedLong(b.getInt(end + 16));
        if (offset > zip.length - 46L) {
            return names; // a directory past the end (a Zip64 archive marks it so): not a document we accept
        }
        int at = (int) offset;
        for (int n = 0; n < entries && n < 10_000; n++) {
            if (at < 0 || (long) at + 46 > zip.length || b.getInt(at) != 0x02014b50) {
                return names;
            }
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extra = Short.toUnsignedInt(b.getShort(at + 30));
            int comment = Short.toUnsignedInt(b.getShort(at + 32));
            if ((long) at + 46 + nameLength > zip.length) {
                return names;
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extra + comment;
        }
        return names;
    }
}
