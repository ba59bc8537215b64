package org.strands.journey.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.strands.framework.OutcomeCode;
import org.strands.journey.CareDirection;
import org.strands.journey.Deliverer;
import org.strands.journey.DischargeReason;
import org.strands.journey.Ethnicity;
import org.strands.journey.GoalAttainment;
import org.strands.journey.IcfDomain;
import org.strands.journey.RatingDomain;
import org.strands.journey.Sex;

/**
 * Synthetic children and their journeys, from a seeded random source: plans at mixed levels, goals with mixed weights, one
 * to three reviews, ratings at the start, at reviews and at discharge, and about half discharged. Nothing here is a real child.
 */
final class DemoJourneys {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final List<String> LANGUAGES = List.of("English", "English", "English", "English", "English", "English", "Urdu", "Polish",
            "Arabic", "Bengali", "Romanian", "Punjabi", "Somali", "Kurdish", "Portuguese");
    private static final String[][] GOALS = {
        {"Asks for help with two words", "Waits to be helped", "Points to ask", "Asks with two words", "Asks with a short sentence", "Asks and says why"},
        {"Follows a two-step instruction in class", "Follows no instruction", "Follows one step", "Follows two steps", "Follows three steps", "Follows and repeats them"},
        {"Joins a game with a friend at playtime", "Plays alone", "Watches others play", "Joins with an adult's help", "Joins on their own", "Starts a game"},
        {"Tells a familiar adult about their day", "Says nothing", "Says single words", "Says a few linked sentences", "Tells it in order", "Tells it and answers questions"},
        {"Says the sound s at the start of words", "Leaves it out", "Says it copying an adult", "Says it in single words", "Says it in phrases", "Says it in conversation"},
        {"Feels able to talk in small groups", "Avoids talking", "Talks to one friend", "Talks in a small group", "Talks in class", "Offers answers in class"},
    };

    record Child(String ref, YearMonth born, String smallArea, Integer quintile, String settingRef, String locality, String language,
            boolean interpreter, Sex sex, Ethnicity ethnicity, Journey journey) {
    }

    record Journey(LocalDate started, String lead, LocalDate discharged, DischargeReason reason, List<Item> items, List<Goal> goals,
            List<Review> reviews, List<Rating> ratings) {
    }

    record Item(Long offerId, String outcome, String title, Deliverer by, CareDirection direction, LocalDate starts, LocalDate ends,
            BigDecimal hours, Integer sessions, BigDecimal cost) {
    }

    record Goal(String[] words, IcfDomain domain, BigDecimal weight, int baseline, LocalDate setOn) {
    }

    record Review(LocalDate on, boolean atDischarge, BigDecimal tScore, List<Integer> scores) {
    }

    record Rating(LocalDate on, String occasion, RatingDomain domain, BigDecimal score) {
    }

    record Place(String smallArea, Integer quintile, String locality) {
    }

    record Offer(long id, String name, List<String> outcomes) {
    }

    private final Random random;
    private final LocalDate today;

    DemoJourneys(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<Child> generate(int count, List<Place> places, List<String> settings, List<Offer> offers) {
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Place place = places.isEmpty() ? new Place(null, null, null) : places.get(random.nextInt(places.size()));
            String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            YearMonth born = YearMonth.from(today).minusMonths(24 + random.nextInt(12 * 12));
            Ethnicity ethnicity = random.nextInt(10) < 7 ? Ethnicity.WHITE_BRITISH : Ethnicity.values()[random.nextInt(Ethnicity.values().length)];
            Sex sex = random.nextInt(3) < 2 ? Sex.MALE : random.nextInt(10) == 0 ? Sex.NOT_STATED : Sex.FEMALE;
            children.add(new Child(ref(), born, place.smallArea(), place.quintile(),
                    settings.isEmpty() || random.nextInt(8) == 0 ? null : settings.get(random.nextInt(settings.size())), place.locality(), language,
                    !language.equals("English") && random.nextBoolean(), sex, ethnicity, journey(i, offers)));
        }
        return children;
    }

    private Journey journey(int index, List<Offer> offers) {
        LocalDate started = today.minusDays(30 + random.nextInt(400));
        String lead = index % 3 == 0 ? "practitioner" : "lead";
        List<Item> items = new ArrayList<>();
        int itemCount = 1 + random.nextInt(4);
        for (int k = 0; k < itemCount; k++) {
            LocalDate starts = started.plusDays(random.nextInt(20));
            CareDirection direction = random.nextInt(10) < 7 ? CareDirection.IMPROVE : random.nextBoolean() ? CareDirection.SUSTAIN
                    : CareDirection.MANAGE_DECLINE;
            Deliverer by = Deliverer.values()[random.nextInt(Deliverer.values().length)];
            int sessions = 2 + random.nextInt(10);
            BigDecimal hours = BigDecimal.valueOf(sessions * (1 + random.nextInt(3)), 0).divide(BigDecimal.TWO);
            BigDecimal cost = hours.multiply(BigDecimal.valueOf(by == Deliverer.THERAPIST ? 60 : by == Deliverer.ASSISTANT ? 35 : 20));
            if (!offers.isEmpty() && random.nextInt(4) > 0) {
                Offer offer = offers.get(random.nextInt(offers.size()));
                items.add(new Item(offer.id(), offer.outcomes().get(random.nextInt(offer.outcomes().size())), offer.name(), by, direction, starts,
                        random.nextBoolean() ? starts.plusWeeks(6 + random.nextInt(10)) : null, hours, sessions, cost));
            } else {
                OutcomeCode code = OutcomeCode.ALL.get(random.nextInt(OutcomeCode.ALL.size()));
                items.add(new Item(null, code.code(), "One-off: " + code.strand().label().toLowerCase(java.util.Locale.ROOT) + " support", by,
                        direction, starts, null, hours, sessions, cost));
            }
        }
        List<Goal> goals = new ArrayList<>();
        int goalCount = 1 + random.nextInt(3);
        for (int k = 0; k < goalCount; k++) {
            String[] words = GOALS[random.nextInt(GOALS.length)];
            BigDecimal weight = switch (random.nextInt(6)) {
                case 0 -> BigDecimal.TWO;
                case 1 -> new BigDecimal("1.5");
                default -> BigDecimal.ONE;
            };
            goals.add(new Goal(words, IcfDomain.values()[random.nextInt(IcfDomain.values().length)], weight, random.nextInt(3) == 0 ? -2 : -1,
                    started.plusDays(random.nextInt(14))));
        }
        LocalDate goalsSet = goals.stream().map(Goal::setOn).max(LocalDate::compareTo).orElseThrow();
        List<Review> reviews = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        rate(ratings, started, "START", 0);
        int reviewCount = 1 + random.nextInt(3);
        LocalDate on = goalsSet.plusDays(42 + random.nextInt(42));
        int progress = random.nextInt(4) == 0 ? -1 : 1;
        for (int r = 0; r < reviewCount && !on.isAfter(today); r++) {
            List<Integer> scores = new ArrayList<>();
            List<GoalAttainment.WeightedScore> weighted = new ArrayList<>();
            for (Goal goal : goals) {
                int score = Math.max(-2, Math.min(2, goal.baseline() + r + random.nextInt(2) + (progress > 0 ? 1 : -1)));
                scores.add(score);
                weighted.add(new GoalAttainment.WeightedScore(goal.weight(), score));
            }
            reviews.add(new Review(on, false, GoalAttainment.tScore(weighted), scores));
            rate(ratings, on, "REVIEW", (r + 1) * progress);
            on = on.plusDays(42 + random.nextInt(60));
        }
        LocalDate discharged = null;
        DischargeReason reason = null;
        if (!reviews.isEmpty() && random.nextBoolean()) {
            Review last = reviews.getLast();
            discharged = last.on().plusDays(random.nextInt(21));
            if (discharged.isAfter(today)) {
                discharged = today;
            }
            reason = progress > 0 ? (random.nextBoolean() ? DischargeReason.GOALS_MET : DischargeReason.EQUIPPED_TO_CARRY_ON)
                    : DischargeReason.values()[2 + random.nextInt(3)];
            reviews.set(reviews.size() - 1, new Review(last.on(), true, last.tScore(), last.scores()));
            rate(ratings, discharged, "DISCHARGE", reviews.size() * progress);
        }
        return new Journey(started, lead, discharged, reason, items, goals, reviews, ratings);
    }

    private void rate(List<Rating> ratings, LocalDate on, String occasion, int steps) {
        for (RatingDomain domain : RatingDomain.values()) {
            if (domain == RatingDomain.CARER_WELLBEING && random.nextBoolean()) {
                continue;
            }
            int halves = Math.max(0, Math.min(10, 3 + random.nextInt(4) + steps));
            ratings.add(new Rating(on, occasion, domain, BigDecimal.valueOf(halves, 0).divide(BigDecimal.TWO)));
        }
    }

    private String ref() {
        StringBuilder ref = new StringBuilder("C-");
        for (int i = 0; i < 8; i++) {
            ref.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return ref.toString();
    }
}
