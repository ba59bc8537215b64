package org.strands.place;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strands.platform.DeclaredPermissions;
import org.strands.platform.Permission;
import org.strands.platform.Role;

/** Who may change an area's places, and the system administrator's national data and areas. */
@Component
public class PlacePermissions implements DeclaredPermissions {

    public static final String EDIT_PLACES = "place.edit";
    public static final String LOAD_REFERENCE_DATA = "place.reference-data";
    public static final String CREATE_AREAS = "place.create-areas";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.inArea(EDIT_PLACES, "change venues and localities", Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD),
                Permission.systemWide(LOAD_REFERENCE_DATA, "load national reference data"),
                Permission.systemWide(CREATE_AREAS, "create areas"));
    }
}
