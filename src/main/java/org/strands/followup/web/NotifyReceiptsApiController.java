package org.strands.followup.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.strands.followup.NotifyReceipts;
import org.strands.platform.Public;

/**
 * GOV.UK Notify's delivery receipts for an area's messages. Open to the network, as Notify calls it, but it takes only
 * the bearer token the area gave Notify: anything else is 401 with no detail, before the body is read.
 */
@RestController
class NotifyReceiptsApiController {

    private final NotifyReceipts receipts;

    NotifyReceiptsApiController(NotifyReceipts receipts) {
        this.receipts = receipts;
    }

    @Public
    @PostMapping("/api/v1/public/areas/{area}/follow-ups/notify-receipts")
    ResponseEntity<?> receive(@PathVariable String area, @RequestHeader(name = "Authorization", required = false) String authorization,
            InputStream body) throws IOException {
        if (!receipts.trusts(area, authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        byte[] read = body.readNBytes(NotifyReceipts.LARGEST + 1);
        if (read.length > NotifyReceipts.LARGEST) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, "A receipt is at most 64 KB."));
        }
        try {
            receipts.receive(area, read);
            return ResponseEntity.ok().build();
        } catch (NotifyReceipts.Unreadable e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
    }
}
