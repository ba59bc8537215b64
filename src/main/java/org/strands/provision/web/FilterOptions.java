package org.strands.provision.web;

import java.util.ArrayList;
import java.util.List;
import org.strands.provision.MapFilter;
import org.strands.provision.Offer;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;
import org.strands.provision.ProvisionMap;

/** The choices the map's filter form offers, and a filter as a query string for links. */
record FilterOptions(List<ProvisionMap.LocalityCoverage> localities, List<String> disciplines, List<String> ageBands,
        PartnerType[] partnerTypes, OfferStatus[] statuses) {

    static FilterOptions of(List<Offer> offers, ProvisionMap map) {
        List<String> disciplines = offers.stream().flatMap(o -> o.disciplines().stream()).distinct().sorted().toList();
        return new FilterOptions(map.localities(), disciplines, ProvisionAccess.AGE_BANDS, PartnerType.values(), OfferStatus.values());
    }

    static String query(MapFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.locality() != null) {
            parts.add("locality=" + filter.locality());
        }
        if (filter.discipline() != null) {
            parts.add("discipline=" + java.net.URLEncoder.encode(filter.discipline(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (filter.ageBand() != null) {
            parts.add("ageBand=" + filter.ageBand());
        }
        if (filter.partnerType() != null) {
            parts.add("partnerType=" + filter.partnerType().name());
        }
        parts.add("status=" + filter.status().name());
        return String.join("&", parts);
    }
}
