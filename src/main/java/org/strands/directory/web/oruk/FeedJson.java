package org.strands.directory.web.oruk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The objects of the Open Referral UK feed (HSDS 3.0, UK profile), as its schemas name their fields. */
final class FeedJson {

    private FeedJson() {
    }

    /** One page of a list, with the paging fields every list of the feed carries (all of them, always). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(long totalItems, long totalPages, long pageNumber, int size, boolean firstPage, boolean lastPage, boolean empty,
            List<T> contents) {

        /** Page {@code number} of {@code total} items, {@code perPage} to a page; past the last page it is empty. */
        static <T> Page<T> of(List<T> contents, long total, int number, int perPage) {
            long pages = (total + perPage - 1) / perPage;
            return new Page<>(total, pages, number, contents.size(), number == 1, number >= pages, contents.isEmpty(), List.copyOf(contents));
        }
    }

    @OpenReferralJson
    record About(String version, String profile, String openapiUrl) {
    }

    /** A service: in a list with only its own fields and organisation; alone with its places, costs, contacts and terms. */
    @OpenReferralJson
    record Service(UUID id, UUID organizationId, String name, String description, String url, String email, String status,
            Integer minimumAge, Integer maximumAge, String lastModified, Organization organization,
            List<ServiceAtLocation> serviceAtLocations, List<CostOption> costOptions, List<Contact> contacts,
            List<Attribute> attributes) {
    }

    @OpenReferralJson
    record Organization(UUID id, String name, String description) {
    }

    /** A service at a location: inside a service without the service; alone or in a list with it. */
    @OpenReferralJson
    record ServiceAtLocation(UUID id, UUID serviceId, UUID locationId, Location location, Service service) {
    }

    @OpenReferralJson
    record Location(UUID id, String locationType, String name, Double latitude, Double longitude, String externalIdentifier,
            String externalIdentifierType, List<Address> addresses) {
    }

    @OpenReferralJson
    record Address(UUID id, UUID locationId, @JsonProperty("address_1") String address1, String city, String stateProvince,
            String postalCode, String country, String addressType) {
    }

    @OpenReferralJson
    record CostOption(UUID id, UUID serviceId, String option, BigDecimal amount, String amountDescription) {
    }

    @OpenReferralJson
    record Contact(UUID id, UUID serviceId, String name) {
    }

    @OpenReferralJson
    record Attribute(UUID id, UUID linkId, UUID taxonomyTermId, String linkType, Term taxonomyTerm) {
    }

    @OpenReferralJson
    record Taxonomy(UUID id, String name, String description, String version, List<Term> taxonomyTerms) {
    }

    @OpenReferralJson
    record Term(UUID id, String name, String description, UUID parentId, String taxonomy, UUID taxonomyId, String term) {
    }
}
