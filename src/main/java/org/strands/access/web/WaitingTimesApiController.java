package org.strands.access.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.access.AccessPermissions;
import org.strands.access.WaitingTimes;
import org.strands.access.WaitingTimesReport;
import org.strands.platform.AreaContext;
import org.strands.platform.InvalidInput;
import org.strands.platform.Requires;

/**
 * The waiting times report as JSON: requests received {@code from} and {@code to} (the twelve months to today
 * unless given), in a {@code locality} or all, and before and after a {@code change} date when one is given; and the
 * same figures as a workbook.
 */
@RestController
class WaitingTimesApiController {

    private final WaitingTimes waitingTimes;

    WaitingTimesApiController(WaitingTimes waitingTimes) {
        this.waitingTimes = waitingTimes;
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/waiting-times")
    WaitingTimesReport report(AreaContext area, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String locality, @RequestParam(required = false) String change) {
        return waitingTimes.report(area.area(), filter(waitingTimes, from, to, locality, change));
    }

    @Requires(AccessPermissions.REPORT)
    @GetMapping("/api/v1/areas/{area}/waiting-times.xlsx")
    ResponseEntity<byte[]> workbook(AreaContext area, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String locality, @RequestParam(required = false) String change) {
        WaitingTimesReport.Filter filter = WaitingTimesApiController.filter(waitingTimes, from, to, locality, change);
        byte[] xlsx = waitingTimes.workbook(waitingTimes.report(area.area(), filter), filter);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(area.area().slug() + "-waiting-times.xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).body(xlsx);
    }

    static WaitingTimesReport.Filter filter(WaitingTimes waitingTimes, String from, String to, String locality, String change) {
        WaitingTimesReport.Filter f = waitingTimes.defaults(Inputs.date("from", from), Inputs.date("to", to), locality,
                Inputs.date("change", change));
        if (f.from().isAfter(f.to())) {
            throw InvalidInput.of("to", "The end of the period cannot be before its start.");
        }
        if (f.locality() != null && f.locality().length() > 200) {
            throw InvalidInput.of("locality", "The locality must be 200 characters or fewer.");
        }
        return f;
    }
}
