package org.strands.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of an uploaded file Strands reads before refusing it, so that no file, however made, can exhaust memory.
 *
 * @param maxFileSize the largest file read (the multipart limits in application.properties should match it)
 * @param maxRows the most data rows a CSV file or the first sheet of a workbook may have
 * @param maxXlsxExpandedSize the most a workbook (.xlsx, a zip of XML parts) may expand to, all parts together
 * @param maxSharedStrings the most distinct texts a workbook's shared strings part may hold
 * @param maxExpandedSize the most a gzip-compressed file may expand to, and the most text read from any streamed file
 */
@ConfigurationProperties("strands.uploads")
record UploadSettings(@DefaultValue("32MB") DataSize maxFileSize, @DefaultValue("100000") int maxRows,
        @DefaultValue("100MB") DataSize maxXlsxExpandedSize, @DefaultValue("200000") int maxSharedStrings,
        @DefaultValue("256MB") DataSize maxExpandedSize) {
}
