package org.strands.directory.web.oruk;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strands.directory.DirectoryEntry;
import org.strands.directory.PublishedEntry;
import org.strands.directory.PublishedPlace;
import org.strands.platform.Copy;

/**
 * A published entry as an Open Referral service: active, run by its organisation (or the area), with its ages, its web
 * address and email only when they are valid ones, its places, its cost, who to contact and the terms it carries. What
 * the entry does not know is left out, never sent empty. One is made for each answer, which works out each organisation
 * once, however many of its services the answer holds.
 */
final class ServiceViews {

    /** "Free", or an amount in pounds such as "£35 per session". */
    private static final Pattern FREE = Pattern.compile("(?i)\\s*free(\\s+of\\s+charge)?\\.?\\s*");
    private static final Pattern AMOUNT = Pattern.compile("\\s*£\\s?(\\d{1,6}(?:\\.\\d{1,2})?)\\b\\s*(.*)", Pattern.DOTALL);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final Map<String, FeedJson.Organization> organizations = new HashMap<>();

    /** The service as a list shows it: its own fields and its organisation. */
    FeedJson.Service listed(PublishedEntry published) {
        return service(published, null, null, null, null);
    }

    /** The service alone: with its places (and their addresses), cost, contacts and terms. */
    FeedJson.Service full(PublishedEntry published) {
        DirectoryEntry e = published.entry();
        return service(published, e.places().stream().map(p -> atLocation(published, p, true)).toList(), costOptions(e), contacts(published),
                FeedTaxonomies.attributesOf(e));
    }

    /** A service at a location in a list: the place, and the service as a list shows it. */
    FeedJson.ServiceAtLocation listed(PublishedPlace place) {
        FeedJson.ServiceAtLocation at = atLocation(place.service(), place.place(), false);
        return new FeedJson.ServiceAtLocation(at.id(), at.serviceId(), at.locationId(), at.location(), listed(place.service()));
    }

    /** A service at a location alone: the place with its address, and the whole service but for its other places. */
    FeedJson.ServiceAtLocation full(PublishedPlace place) {
        DirectoryEntry e = place.service().entry();
        FeedJson.ServiceAtLocation at = atLocation(place.service(), place.place(), true);
        return new FeedJson.ServiceAtLocation(at.id(), at.serviceId(), at.locationId(), at.location(),
                service(place.service(), null, costOptions(e), contacts(place.service()), FeedTaxonomies.attributesOf(e)));
    }

    private FeedJson.Service service(PublishedEntry published, List<FeedJson.ServiceAtLocation> places, List<FeedJson.CostOption> costs,
            List<FeedJson.Contact> contacts, List<FeedJson.Attribute> attributes) {
        DirectoryEntry e = published.entry();
        FeedJson.Organization organization = organization(published);
        return new FeedJson.Service(e.id(), organization.id(), e.name(), description(e), webAddress(e.url()), email(e.email()), "active",
                e.ageFrom(), e.ageTo(), published.lastModified().toString(), organization, places, costs, contacts, attributes);
    }

    /** What it is, and who it is for and how to get it, which the UK profile has no fields of their own for. */
    private static String description(DirectoryEntry e) {
        StringBuilder text = new StringBuilder(e.summaryForFamilies() == null ? "" : e.summaryForFamilies().strip());
        appendParagraph(text, e.whoFor());
        appendParagraph(text, e.howToGetForFamilies());
        return text.isEmpty() ? null : text.toString();
    }

    private static void appendParagraph(StringBuilder text, String paragraph) {
        if (paragraph != null && !paragraph.isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(paragraph.strip());
        }
    }

    /** The entry's organisation, or the area when it names none; its id the same wherever and whenever it is read. */
    FeedJson.Organization organization(PublishedEntry published) {
        String area = published.area().name();
        String name = published.entry().organisation() == null || published.entry().organisation().isBlank() ? area
                : published.entry().organisation().strip();
        return organizations.computeIfAbsent(published.area().slug() + "/" + name, key -> new FeedJson.Organization(
                FeedTaxonomies.id("organization/" + key), name, Copy.of("directory.feed.organisation.description", name, area)));
    }

    private static FeedJson.ServiceAtLocation atLocation(PublishedEntry published, DirectoryEntry.Place place, boolean withAddress) {
        FeedJson.Location location = PlaceViews.location(published.area(), place, withAddress);
        return new FeedJson.ServiceAtLocation(place.id(), published.entry().id(), location.id(), location, null);
    }

    private static List<FeedJson.CostOption> costOptions(DirectoryEntry e) {
        if (e.cost() == null || e.cost().isBlank()) {
            return null;
        }
        UUID id = FeedTaxonomies.id("cost/" + e.id());
        if (FREE.matcher(e.cost()).matches()) {
            return List.of(new FeedJson.CostOption(id, e.id(), e.cost().strip(), BigDecimal.ZERO, null));
        }
        Matcher amount = AMOUNT.matcher(e.cost());
        return List.of(amount.matches()
                ? new FeedJson.CostOption(id, e.id(), e.cost().strip(), new BigDecimal(amount.group(1)), blankToNull(amount.group(2)))
                : new FeedJson.CostOption(id, e.id(), e.cost().strip(), null, null));
    }

    /**
     * Someone to contact, when the entry has a phone number or an email address: named after the organisation, because the
     * UK profile keeps neither a contact's phone nor their email (the service's email is sent as the service's).
     */
    private List<FeedJson.Contact> contacts(PublishedEntry published) {
        DirectoryEntry e = published.entry();
        if ((e.phone() == null || e.phone().isBlank()) && email(e.email()) == null) {
            return null;
        }
        return List.of(new FeedJson.Contact(FeedTaxonomies.id("contact/" + e.id()), e.id(), organization(published).name()));
    }

    /** An absolute http or https address in ASCII, as the schema's "uri" format asks; null for anything else. */
    static String webAddress(String text) {
        if (text == null || text.isBlank() || !text.strip().chars().allMatch(c -> c > 32 && c < 127)) {
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** An email address as the schema's "email" format accepts it; null for anything else. */
    static String email(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 254) {
            return null;
        }
        String address = text.strip();
        return EMAIL.matcher(address).matches() && address.indexOf('@') <= 64 ? address : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
