package org.strands.followup;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who sees the area's follow-ups and who sets how they are sent. */
@Component
public class FollowUpPermissions implements DeclaredPermissions {

    /** See follow-ups due, sent, answered and failed, response rates, and the messages the demo would have sent; stop a family's messages. */
    public static final String SEE = "followup.see";
    /** Set the schedule and the provider of the area's messages. */
    public static final String CONFIGURE = "followup.configure";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(SEE, "see follow-ups and stop a family's messages", Role.PRACTITIONER, Role.SERVICE_LEAD, Role.ADMIN),
                Permission.inArea(CONFIGURE, "set when follow-ups are sent and how", Role.SERVICE_LEAD, Role.ADMIN));
    }
}
