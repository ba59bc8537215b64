package org.strands.linking;

import java.util.List;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/** A choice refused because the therapist has not the link hours left; it names the hours it would break. */
public class OverLinkHours extends InvalidInput {

    OverLinkHours(String message) {
        super(message, List.of(new RowError(0, "therapistId", message)));
    }
}
