package org.strands.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a saved workbook before any parser opens it. A workbook is a zip of XML parts that can expand a thousand
 * times over: the parts' declared sizes are added up first (a bomb is refused before anything is expanded), then
 * every part is expanded into nothing, counting, in case the declared sizes lie, and the shared strings are counted
 * with a streaming reader.
 */
final class XlsxGuard {

    /** More parts than any real workbook has; a zip's directory of parts is read whole. */
    static final int MAX_PARTS = 10_000;

    private final UploadSettings settings;

    XlsxGuard(UploadSettings settings) {
        this.settings = settings;
    }

    void check(Path file) throws IOException {
        long limit = settings.maxXlsxExpandedSize().toBytes();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw Uploads.refused(0, Copy.of("upload.tooManyParts", MAX_PARTS));
            }
            List<? extends ZipEntry> parts = Collections.list(zip.entries());
            long declared = 0;
            for (ZipEntry part : parts) {
                declared += Math.max(0, part.getSize());
                if (declared > limit) {
                    throw expandsTooFar();
                }
            }
            long expanded = 0;
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry part : parts) {
                try (InputStream in = zip.getInputStream(part)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        expanded += n;
                        if (expanded > limit) {
                            throw expandsTooFar();
                        }
                    }
                }
                if (part.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")) {
                    try (InputStream in = zip.getInputStream(part)) {
                        countSharedStrings(in);
                    }
                }
            }
        }
    }

    /** Refuses the part when it declares, or holds, more distinct texts than allowed. */
    private void countSharedStrings(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int max = settings.maxSharedStrings();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            long count = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT) {
                    if ("sst".equals(xml.getLocalName()) && declaredCount(xml) > max || "si".equals(xml.getLocalName()) && ++count > max) {
                        throw Uploads.refused(0, Copy.of("upload.tooManySharedStrings", max));
                    }
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw Uploads.refused(0, Copy.of("upload.notXlsx"));
        }
    }

    private static long declaredCount(XMLStreamReader xml) {
        String unique = xml.getAttributeValue(null, "uniqueCount");
        try {
            return unique == null ? 0 : Long.parseLong(unique.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private InvalidInput expandsTooFar() {
        return Uploads.refused(0, Copy.of("upload.expandsTooFar", settings.maxXlsxExpandedSize().toMegabytes()));
    }
}
