package org.strands.provision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.strands.framework.OutcomeCode;

/** The template's second sheet: what each list column accepts, including the area's localities. */
final class AllowedValuesSheet {

    private AllowedValuesSheet() {
    }

    static void write(Worksheet sheet, List<String> localityNames) {
        List<List<String>> columns = List.of(
                withHeader(AuditColumns.PARTNER_TYPE, labels(PartnerType.values())),
                withHeader(AuditColumns.OUTCOMES, OutcomeCode.ALL.stream().map(OutcomeCode::code).toList()),
                withHeader(AuditColumns.ENTRY, labels(EntryKind.values())),
                withHeader(AuditColumns.LOCALITIES + " (blank = area-wide)", localityNames),
                withHeader(AuditColumns.ACCESS_ROUTE, labels(AccessRoute.values())),
                withHeader(AuditColumns.DELIVERED_BY, labels(DeliveredBy.values())),
                withHeader(AuditColumns.STATUS, labels(OfferStatus.values())));
        for (int c = 0; c < columns.size(); c++) {
            List<String> values = columns.get(c);
            sheet.width(c, 30);
            for (int r = 0; r < values.size(); r++) {
                sheet.value(r, c, values.get(r));
            }
            sheet.style(0, c).bold().set();
        }
    }

    private static List<String> withHeader(String header, List<String> values) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(values);
        return all;
    }

    private static List<String> labels(Choice[] values) {
        return Arrays.stream(values).map(Choice::label).toList();
    }
}
