package org.strands.directory.web.oruk;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.directory.DirectoryFeed;
import org.strands.directory.FeedPage;
import org.strands.directory.FeedSearch;
import org.strands.directory.PublishedEntry;
import org.strands.directory.PublishedPlace;
import org.strands.platform.NotFound;
import org.strands.platform.Public;

/**
 * The directory shared as an Open Referral UK 3.0 feed (HSDS 3.0, UK profile), open to everyone: every area's published
 * entries as services (or one area's, with {@code area}), the places they are given at, and the framework and open access
 * as taxonomies. Lists are pages; an id that is not one of the feed's is 404; a parameter that cannot be used is 400,
 * named. The paths are the standard's, not under {@code /api/v1}.
 */
@RestController
@RequestMapping(value = "/oruk", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenReferralApiController {

    static final String VERSION = "HSDS-UK-3.0";
    static final String PROFILE = "https://github.com/openreferral/uk-profile";
    /** The UK profile's own description of this API, which the feed follows as it is. */
    static final String OPENAPI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    private final DirectoryFeed feed;
    private final FeedParameters parameters;

    OpenReferralApiController(DirectoryFeed feed, FeedParameters parameters) {
        this.feed = feed;
        this.parameters = parameters;
    }

    @Public
    @GetMapping({"/", ""})
    FeedJson.About about() {
        return new FeedJson.About(VERSION, PROFILE, OPENAPI);
    }

    @Public
    @GetMapping("/services")
    FeedJson.Page<FeedJson.Service> services(@RequestParam(required = false) String area, @RequestParam(required = false) String search,
            @RequestParam(required = false) String page, @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "minimum_age", required = false) String minimumAge,
            @RequestParam(name = "maximum_age", required = false) String maximumAge,
            @RequestParam(required = false) String postcode, @RequestParam(required = false) String proximity) {
        FeedSearch asked = parameters.search(new FeedParameters.Given(area, search, page, perPage, taxonomyTermId, taxonomyId, minimumAge,
                maximumAge, postcode, proximity));
        FeedPage<PublishedEntry> found = feed.services(asked);
        ServiceViews views = new ServiceViews();
        return FeedJson.Page.of(found.items().stream().map(views::listed).toList(), found.total(), asked.page(), asked.perPage());
    }

    @Public
    @GetMapping("/services/{id}")
    FeedJson.Service service(@PathVariable String id) {
        return feed.service(uuid(id)).map(new ServiceViews()::full).orElseThrow(() -> notFound("service", id));
    }

    @Public
    @GetMapping("/service_at_locations")
    FeedJson.Page<FeedJson.ServiceAtLocation> servicesAtLocations(@RequestParam(required = false) String area,
            @RequestParam(required = false) String search, @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "minimum_age", required = false) String minimumAge,
            @RequestParam(name = "maximum_age", required = false) String maximumAge,
            @RequestParam(required = false) String postcode, @RequestParam(required = false) String proximity) {
        FeedSearch asked = parameters.search(new FeedParameters.Given(area, search, page, perPage, taxonomyTermId, taxonomyId, minimumAge,
                maximumAge, postcode, proximity));
        FeedPage<PublishedPlace> found = feed.servicesAtLocations(asked);
        ServiceViews views = new ServiceViews();
        return FeedJson.Page.of(found.items().stream().map(views::listed).toList(), found.total(), asked.page(), asked.perPage());
    }

    @Public
    @GetMapping("/service_at_locations/{id}")
    FeedJson.ServiceAtLocation serviceAtLocation(@PathVariable String id) {
        return feed.serviceAtLocation(uuid(id)).map(new ServiceViews()::full).orElseThrow(() -> notFound("service at a location", id));
    }

    @Public
    @GetMapping("/taxonomies")
    FeedJson.Page<FeedJson.Taxonomy> taxonomies(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int number = parameters.page(page);
        int size = parameters.perPage(perPage);
        List<FeedJson.Taxonomy> all = FeedTaxonomies.all();
        return FeedJson.Page.of(all.stream().skip((long) (number - 1) * size).limit(size).toList(), all.size(), number, size);
    }

    @Public
    @GetMapping("/taxonomies/{id}")
    FeedJson.Taxonomy taxonomy(@PathVariable String id) {
        return FeedTaxonomies.taxonomy(uuid(id)).orElseThrow(() -> notFound("taxonomy", id));
    }

    @Public
    @GetMapping("/taxonomy_terms")
    FeedJson.Page<FeedJson.Term> terms(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int number = parameters.page(page);
        int size = parameters.perPage(perPage);
        return FeedJson.Page.of(FeedTaxonomies.terms(number, size), FeedTaxonomies.termCount(), number, size);
    }

    @Public
    @GetMapping("/taxonomy_terms/{id}")
    FeedJson.Term term(@PathVariable String id) {
        return FeedTaxonomies.term(uuid(id)).orElseThrow(() -> notFound("taxonomy term", id));
    }

    /** A parameter that cannot be used, named in the problem as the API's other refusals name a field. */
    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("A parameter was not accepted");
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("errors", List.of(Map.of("row", 0, "column", e.parameter(), "message", e.getMessage())));
        return problem;
    }

    /** An id as the feed gives them; anything else is no item of the feed. */
    private static UUID uuid(String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // not one of ours
        }
        return new UUID(0, 0);
    }

    private static NotFound notFound(String what, String id) {
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return new NotFound("There is no " + what + " " + shown.replaceAll("\\p{Cntrl}", "?") + " in this feed.");
    }
}
