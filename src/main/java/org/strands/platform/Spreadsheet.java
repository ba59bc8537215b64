package org.strands.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook for people to download: sheets of a bold header row and rows of values. Numbers are written as
 * numbers, true and false as Yes and No, null as an empty cell, anything else as text (never a formula).
 */
public final class Spreadsheet {

    public record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    /** Decimal places kept in a workbook's fractions. */
    public static final int DECIMALS = 2;

    private Spreadsheet() {
    }

    public static byte[] of(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Strands", "1.0");
            for (Sheet s : sheets) {
                Worksheet sheet = workbook.newWorksheet(s.name());
                for (int c = 0; c < s.header().size(); c++) {
                    sheet.value(0, c, s.header().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < s.rows().size(); r++) {
                    List<Object> row = s.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        write(sheet, r + 1, c, row.get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A number as a number, with thousands separators; a fraction rounded to {@value #DECIMALS} places (so that
     * 558.4799999999999 is 558.48), or four when under one (a rate such as 0.0125), and shown with its decimals; a
     * whole number without.
     */
    private static void number(Worksheet sheet, int row, int column, Number n) {
        if (n instanceof Double d && !Double.isFinite(d) || n instanceof Float f && !Float.isFinite(f)) {
            return;
        }
        double magnitude = Math.abs(n.doubleValue());
        java.math.BigDecimal value = Formats.rounded(n, magnitude > 0 && magnitude < 1 ? 4 : DECIMALS);
        sheet.value(row, column, value);
        sheet.style(row, column).format(value.scale() > 0 ? "#,##0.0###" : "#,##0").set();
    }

    private static void write(Worksheet sheet, int row, int column, Object value) {
        switch (value) {
            case null -> { }
            case Number n -> number(sheet, row, column, n);
            case Boolean b -> sheet.value(row, column, b ? "Yes" : "No");
            default -> sheet.value(row, column, value.toString());
        }
    }
}
