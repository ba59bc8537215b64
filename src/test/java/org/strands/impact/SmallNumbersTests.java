package org.strands.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallNumbersTests {

    @Test
    void aCountOfFewerThanFiveReadsFewerThanFiveAndNeverItsValue() {
        for (long n = 0; n < 5; n++) {
            Figure f = SmallNumbers.count(n);
            assertThat(f.suppressed()).isTrue();
            assertThat(f.value()).isNull();
            assertThat(f.text()).isEqualTo("fewer than 5");
        }
        assertThat(SmallNumbers.count(5).text()).isEqualTo("5");
        assertThat(SmallNumbers.count(12_345).text()).isEqualTo("12,345");
        assertThat(SmallNumbers.count(12_345).value()).isEqualByComparingTo("12345");
    }

    @Test
    void meansFromFewerThanFiveAreNotShown() {
        assertThat(SmallNumbers.mean(48.0, 4).suppressed()).isTrue();
        assertThat(SmallNumbers.mean(48.0, 4).value()).isNull();
        assertThat(SmallNumbers.mean(48.04, 5).text()).isEqualTo("48.0");
        assertThat(SmallNumbers.meanShare(0.7, 4).suppressed()).isTrue();
        assertThat(SmallNumbers.meanShare(0.706, 5).text()).isEqualTo("71%");
    }

    @Test
    void aShareIsHiddenWhenEitherSideOfItIsFewerThanFiveChildren() {
        assertThat(SmallNumbers.share(3, 4).suppressed()).isTrue();
        assertThat(SmallNumbers.share(3, 50).suppressed()).as("3 of 50 would give the 3 away").isTrue();
        assertThat(SmallNumbers.share(0, 50).suppressed()).as("0% gives away a count of 0").isTrue();
        assertThat(SmallNumbers.share(47, 50).suppressed()).as("the 3 not counted").isTrue();
        assertThat(SmallNumbers.share(50, 50).suppressed()).isTrue();
        assertThat(SmallNumbers.share(10, 40).text()).isEqualTo("25%");
        assertThat(SmallNumbers.share(10, 40).value()).isEqualByComparingTo("25");
    }

    @Test
    void aShareOfGoalsIsHiddenWhenItsChildrenAreFewerThanFive() {
        assertThat(SmallNumbers.shareOf(30, 40, 4).suppressed()).isTrue();
        assertThat(SmallNumbers.shareOf(3, 40, 12).text()).isEqualTo("8%");
        assertThat(SmallNumbers.shareOf(0, 0, 12).suppressed()).isFalse();
        assertThat(SmallNumbers.shareOf(0, 0, 12).value()).isNull();
    }

    @Test
    void totalsAboutFewerThanFiveChildrenAreHidden() {
        assertThat(SmallNumbers.total(new BigDecimal("120.5"), 4, "120.5").suppressed()).isTrue();
        assertThat(SmallNumbers.total(new BigDecimal("120.5"), 5, "120.5").text()).isEqualTo("120.5");
    }

    @Test
    void whenExactlyOneGroupIsHiddenTheNextSmallestIsHiddenToo() {
        // 3 + 7 + 20 = 30: with 3 alone hidden it would be 30 − 7 − 20
        assertThat(SmallNumbers.hidden(List.of(20L, 3L, 7L))).containsExactly(false, true, true);
        List<Figure> shown = SmallNumbers.counts(List.of(20L, 3L, 7L));
        assertThat(shown).extracting(Figure::text).containsExactly("20", "fewer than 5", "fewer than 5");
    }

    @Test
    void theFirstOfEqualSmallestIsHiddenSecondly() {
        assertThat(SmallNumbers.hidden(List.of(9L, 2L, 9L, 30L))).containsExactly(true, true, false, false);
    }

    @Test
    void twoHiddenGroupsNeedNoMore() {
        assertThat(SmallNumbers.hidden(List.of(20L, 3L, 1L, 7L))).containsExactly(false, true, true, false);
    }

    @Test
    void nothingHiddenHidesNothing() {
        assertThat(SmallNumbers.hidden(List.of(5L, 6L, 100L))).containsExactly(false, false, false);
        assertThat(SmallNumbers.hidden(List.of())).isEmpty();
    }

    @Test
    void aZeroIsHiddenLikeAnyCountUnderFiveAndCarriesASecondWithIt() {
        assertThat(SmallNumbers.hidden(List.of(0L, 12L, 40L))).containsExactly(true, true, false);
    }

    @Test
    void aSingleGroupUnderFiveIsHiddenWithNoOtherToHide() {
        assertThat(SmallNumbers.hidden(List.of(4L))).containsExactly(true);
    }
}
