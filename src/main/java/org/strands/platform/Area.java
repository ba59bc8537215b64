package org.strands.platform;

import java.util.List;

/**
 * A local area: one or more local authorities that plan support together.
 *
 * @param authorityCodes the local authority codes the area was created from, as given
 * @param districtCodes the lower-tier authorities those codes cover: what place queries are scoped by
 */
public record Area(long id, String slug, String name, List<String> authorityCodes, List<String> districtCodes) {

    public Area {
        authorityCodes = List.copyOf(authorityCodes);
        districtCodes = List.copyOf(districtCodes);
    }
}
