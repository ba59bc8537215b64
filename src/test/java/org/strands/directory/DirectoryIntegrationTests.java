package org.strands.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.BadValue;
import org.strands.provision.Offer;
import org.strands.provision.OfferStatus;
import org.strands.provision.ProvisionRegister;
import org.strands.support.DataTest;

/**
 * The directory as families search it, on Stockport's demo: every current offer is a published service (the drop-ins
 * among them, open access, at their venues), found by worry, age and postcode (nearest first), by words even when
 * misspelt, and by strand and level; text of any kind finds something or nothing, never an error; an offer withdrawn
 * leaves the directory.
 */
@DataTest
class DirectoryIntegrationTests {

    @Autowired
    Directory directory;

    @Autowired
    AreaRegistry areas;

    @Autowired
    ProvisionRegister provision;

    @Autowired
    OfferEntries offerEntries;

    @Autowired
    JdbcClient db;

    Area stockport() {
        return areas.find("stockport").orElseThrow();
    }

    @Test
    void everyCurrentOfferIsAPublishedServiceAndTheDropInsAreOpenAccessAtTheirVenues() {
        Area area = stockport();
        List<Offer> current = provision.offers(area).stream().filter(o -> o.status() == OfferStatus.CURRENT).toList();
        assertThat(current).isNotEmpty();
        long published = db.sql("select count(*) from directory_entry where area_id = ? and source = 'OFFER' and status = 'PUBLISHED'")
                .param(area.id()).query(Long.class).single();
        assertThat(published).isEqualTo(current.size());

        Offer dropIns = current.stream().filter(o -> o.name().equals("Easy-access drop-ins")).findFirst().orElseThrow();
        DirectoryEntry entry = directory.entry(area, OfferEntries.idOf(dropIns));
        assertThat(entry.openAccess()).isTrue();
        assertThat(entry.places()).isNotEmpty().allSatisfy(p -> assertThat(p.latitude()).isNotNull());
        // the offer's own words are for those who plan support; families read the area's (the demo writes some)
        assertThat(entry.summary()).contains("Kept up to date by Strands");
        assertThat(entry.summaryForFamilies()).doesNotContain("Strands").contains("you do not need a referral");
        assertThat(directory.localOffer(entry)).containsKeys(LocalOfferQuestion.NEEDS, LocalOfferQuestion.ACCESSIBLE, LocalOfferQuestion.CONCERNS);
        assertThat(db.sql("select count(*) from directory_location where area_id = ? and (latitude is null or longitude is null)")
                .param(area.id()).query(Long.class).single()).as("every place has its point").isZero();
    }

    @Test
    void aFamilyWorriedTheirThreeYearOldIsNotTalkingFindsTheDropInsNearestFirst() throws BadValue {
        Directory.Results found = directory.search(stockport(), new DirectorySearch(null, Worry.NOT_TALKING, 3, "SK1 3XE", null, null, 1));

        assertThat(found.entries()).extracting(DirectoryEntry::name).contains("Easy-access drop-ins");
        List<Double> distances = found.entries().stream().map(DirectoryEntry::distanceKm).filter(d -> d != null).toList();
        assertThat(distances).isNotEmpty().isSorted();
        assertThat(found.entries()).allSatisfy(e -> {
            assertThat(e.ageFrom() == null || e.ageFrom() <= 3).isTrue();
            assertThat(e.ageTo() == null || e.ageTo() >= 3).isTrue();
        });
    }

    @Test
    void wordsFindEntriesEvenMisspelt() throws BadValue {
        assertThat(names("stammering")).contains("When a child stammers: advice for parents");
        assertThat(names("stamerring")).contains("When a child stammers: advice for parents");
        assertThat(names("languge at home")).contains("More than one language at home");
    }

    @Test
    void textOfAnyKindFindsSomethingOrNothingNeverAnError() throws BadValue {
        for (String text : List.of("\"", "'); drop table directory_entry; --", "a & b | !c <-> d", ":*", "((", "😀", "日本語の検索", "Ελληνικά",
                "x".repeat(10_000), "\u0000", "%", "_", "\\", "    ")) {
            Directory.Results found = directory.search(stockport(), new DirectorySearch(text, null, null, null, null, null, 1));
            assertThat(found.total()).as(text.length() > 20 ? text.substring(0, 20) : text).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aPostcodeThatIsNotOneOrNotKnownIsSaidSo() {
        assertThatThrownBy(() -> directory.search(stockport(), new DirectorySearch(null, null, null, "not a postcode", null, null, 1)))
                .isInstanceOf(BadValue.class);
        assertThatThrownBy(() -> directory.search(stockport(), new DirectorySearch(null, null, null, "ZZ9 9ZZ", null, null, 1)))
                .isInstanceOf(BadValue.class).hasMessageContaining("could not find that postcode");
    }

    @Test
    void strandAndLevelNarrowTheEntries() throws BadValue {
        Directory.Results all = directory.search(stockport(), DirectorySearch.everything());
        Directory.Results familySupport = directory.search(stockport(), new DirectorySearch(null, null, null, null, Strand.FAMILY_SUPPORT,
                Level.UNIVERSAL, 1));
        assertThat(familySupport.total()).isPositive().isLessThan(all.total());
        assertThat(familySupport.entries()).allSatisfy(e -> assertThat(e.outcomes()).contains("FS1"));
    }

    @Test
    void anOfferNoLongerCurrentLeavesTheDirectory() {
        Area area = stockport();
        Offer offer = provision.offers(area).stream().filter(o -> o.status() == OfferStatus.CURRENT && !o.name().equals("Easy-access drop-ins"))
                .findFirst().orElseThrow();
        UUID id = OfferEntries.idOf(offer);
        provision.withdraw(area, offer.id(), "lead");
        offerEntries.keepInStep(area);

        assertThat(directory.find(area, id)).get().extracting(DirectoryEntry::status).isEqualTo("ARCHIVED");
        assertThatThrownBy(() -> directory.entry(area, id)).isInstanceOf(org.strands.platform.NotFound.class);
    }

    private List<String> names(String text) throws BadValue {
        return directory.search(stockport(), new DirectorySearch(text, null, null, null, null, null, 1)).entries().stream()
                .map(DirectoryEntry::name).toList();
    }
}
