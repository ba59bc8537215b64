package org.strands.provision.web;

import java.util.List;
import org.strands.platform.FormErrors;
import org.strands.platform.Lists;
import org.strands.platform.Numbers;
import org.strands.provision.AccessRoute;
import org.strands.provision.Choice;
import org.strands.provision.DeliveredBy;
import org.strands.provision.EntryKind;
import org.strands.provision.Offer;
import org.strands.provision.OfferDetails;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;

/** The offer form as entered: text as typed, so that it is shown again unchanged when something is wrong. */
record OfferCommand(String id, String partner, String partnerType, String name, String description, List<String> outcomes,
        String entry, List<String> localities, String settingRefs, String ageFrom, String ageTo, String accessRoute,
        String deliveredBy, String disciplines, String annualCapacity, String annualHours, String annualCost, String status,
        String contact, String evidence, String howToAccess) {

    OfferCommand {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        localities = localities == null ? List.of() : List.copyOf(localities);
    }

    static OfferCommand empty() {
        return new OfferCommand(null, null, null, null, null, null, "PROVISION", null, null, null, null, null, null, null, null,
                null, null, "CURRENT", null, null, null);
    }

    static OfferCommand of(Offer o) {
        return new OfferCommand(String.valueOf(o.id()), o.partner(), o.partnerType().name(), o.name(), o.description(), o.outcomes(),
                o.entry().name(), o.localities(), Lists.join(o.settingRefs()), text(o.ageFrom()), text(o.ageTo()),
                o.accessRoute() == null ? null : o.accessRoute().name(), o.deliveredBy() == null ? null : o.deliveredBy().name(),
                Lists.join(o.disciplines()), text(o.annualCapacity()), o.annualHours() == null ? null : o.annualHours().toPlainString(),
                o.annualCost() == null ? null : o.annualCost().toPlainString(), o.status().name(), o.contact(),
                Lists.join(o.evidence()), o.howToAccess());
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    /** The offer, every value that cannot be read recorded against its field. */
    OfferDetails toDetails(FormErrors errors) {
        return new OfferDetails(blank(partner), choice(PartnerType.class, partnerType), blank(name), blank(description), outcomes,
                choice(EntryKind.class, entry), Lists.split(disciplines), localities, Lists.split(settingRefs),
                errors.parse("ageFrom", ageFrom, Numbers::wholeInt), errors.parse("ageTo", ageTo, Numbers::wholeInt),
                choice(AccessRoute.class, accessRoute), choice(DeliveredBy.class, deliveredBy),
                errors.parse("annualCapacity", annualCapacity, Numbers::wholeInt),
                errors.parse("annualHours", annualHours, Numbers::decimal), errors.parse("annualCost", annualCost, Numbers::decimal),
                choice(OfferStatus.class, status), Lists.split(evidence), blank(contact), blank(howToAccess));
    }

    private static <E extends Enum<E> & Choice> E choice(Class<E> type, String value) {
        return Choice.parse(type, value).orElse(null);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
