package org.strands.directory.web.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.strands.directory.FeedSearch;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.BadValue;

/**
 * The feed's query parameters read into a search, each refused by name when it cannot be used: a page from 1, up to
 * {@link #LARGEST_PAGE} to a page ({@link #USUAL_PAGE} unless asked); ages and a distance in metres as numbers; a postcode
 * we know; ids of terms and taxonomies as UUIDs (one the feed does not have finds nothing); an area by its slug.
 */
@Component
class FeedParameters {

    static final int USUAL_PAGE = 50;
    static final int LARGEST_PAGE = 200;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}(\\.\\d{1,6})?");

    /** The parameters as given; null for one not given. */
    record Given(String area, String search, String page, String perPage, String taxonomyTermId, String taxonomyId, String minimumAge,
            String maximumAge, String postcode, String proximity) {
    }

    private final AreaRegistry areas;
    private final Postcodes postcodes;

    FeedParameters(AreaRegistry areas, Postcodes postcodes) {
        this.areas = areas;
        this.postcodes = postcodes;
    }

    FeedSearch search(Given given) {
        List<FeedSearch.Tag> tags = new ArrayList<>();
        if (present(given.taxonomyTermId())) {
            tags.add(FeedTaxonomies.tagOfTerm(uuid("taxonomy_term_id", given.taxonomyTermId())));
        }
        if (present(given.taxonomyId())) {
            tags.add(FeedTaxonomies.tagOfTaxonomy(uuid("taxonomy_id", given.taxonomyId())));
        }
        Location near = present(given.postcode()) ? near(given.postcode()) : null;
        Double within = number("proximity", given.proximity(), "a distance in metres, such as 2000");
        if (within != null && near == null) {
            throw new BadParameter("proximity", "Give a postcode as well as proximity: proximity is measured from the postcode.");
        }
        return new FeedSearch(area(given.area()), given.search(), tags, number("minimum_age", given.minimumAge(), "an age in years, such as 3"),
                number("maximum_age", given.maximumAge(), "an age in years, such as 5"), near, within, page(given.page()), perPage(given.perPage()));
    }

    int page(String text) {
        if (!present(text)) {
            return 1;
        }
        if (!WHOLE.matcher(text.strip()).matches() || Integer.parseInt(text.strip()) < 1) {
            throw new BadParameter("page", "page must be a whole number from 1, such as 2.");
        }
        return Integer.parseInt(text.strip());
    }

    int perPage(String text) {
        if (!present(text)) {
            return USUAL_PAGE;
        }
        if (!WHOLE.matcher(text.strip()).matches() || Integer.parseInt(text.strip()) < 1 || Integer.parseInt(text.strip()) > LARGEST_PAGE) {
            throw new BadParameter("per_page", "per_page must be a whole number from 1 to " + LARGEST_PAGE + ", such as " + USUAL_PAGE + ".");
        }
        return Integer.parseInt(text.strip());
    }

    private Area area(String slug) {
        if (!present(slug)) {
            return null;
        }
        String given = slug.strip();
        return areas.find(given.length() > 100 || given.indexOf('\0') >= 0 ? "" : given)
                .orElseThrow(() -> new BadParameter("area", "area must be the short name of an area whose directory this feed shares, such as stockport."));
    }

    private Location near(String postcode) {
        try {
            String known = Postcodes.normalise(postcode);
            return postcodes.locate(known).orElseThrow(() -> new BadParameter("postcode",
                    "postcode: we could not find " + known + ". Check it and try again."));
        } catch (BadValue e) {
            throw new BadParameter("postcode", "postcode: " + e.getMessage());
        }
    }

    private static Double number(String parameter, String text, String example) {
        if (!present(text)) {
            return null;
        }
        if (!NUMBER.matcher(text.strip()).matches()) {
            throw new BadParameter(parameter, parameter + " must be a number of 0 or more: " + example + ".");
        }
        return Double.valueOf(text.strip());
    }

    private static UUID uuid(String parameter, String text) {
        try {
            String id = text.strip();
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new BadParameter(parameter, parameter + " must be the id of one of this feed's terms or taxonomies, a UUID such as "
                + FeedTaxonomies.openAccessTerm() + ".");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
