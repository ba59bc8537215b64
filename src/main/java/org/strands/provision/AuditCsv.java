package org.strands.provision;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.Uploads;
import org.strands.platform.Utf8Text;

/** The provision audit as CSV: the same columns as the spreadsheet, read and written. */
final class AuditCsv {

    private AuditCsv() {
    }

    /** Reads the rows one by one from a stream already limited in size, refusing a file with too many rows. */
    static List<AuditRow> read(InputStream in, Uploads uploads) {
        try (Reader reader = new StringReader(Utf8Text.decode(in.readAllBytes()));
             CSVParser csv = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
            List<String> header = null;
            List<AuditWorkbook.Numbered> rows = new ArrayList<>();
            for (CSVRecord record : csv) {
                uploads.checkRow(record.getRecordNumber());
                if (header == null) {
                    header = record.stream().map(String::strip).toList();
                } else {
                    rows.add(new AuditWorkbook.Numbered(record.getRecordNumber(), record.toList()));
                }
            }
            if (header == null) {
                throw new InvalidInput("The file is empty.", List.of(new RowError(1, "file", "The file is empty: it needs the template's header row.")));
            }
            return AuditWorkbook.rows(header, rows);
        } catch (Utf8Text.NulCharacter e) {
            throw new InvalidInput("The file is not UTF-8 CSV.", List.of(new RowError(e.line(), "file", e.reason())));
        } catch (Utf8Text.NotUtf8 e) {
            throw new InvalidInput("The file is not UTF-8 CSV.", List.of(new RowError(e.line(), "file",
                    "This row is not UTF-8 text. Save the file as CSV UTF-8, or as .xlsx, and try again.")));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInput("The file is not UTF-8 CSV.", List.of(new RowError(0, "file", "The file could not be read as CSV UTF-8. Save it as CSV UTF-8 and try again.")));
        }
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(AuditCsv::guarded).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe, which reading removes again. */
    static String guarded(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("^-?[0-9.,]+$")
                ? "'" + value : value;
    }

    static String unguarded(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    static String offers(List<Offer> offers) {
        return write(AuditColumns.ALL, offers.stream().map(AuditWorkbook::cells).toList());
    }
}
