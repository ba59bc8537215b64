package org.strands.access.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The demo's synthetic requests, appointments and clocks, drawn from a seeded random source: the same every time. */
final class DemoRequests {

    record Appointment(LocalDate on, String attendance) {
    }

    record Request(String route, LocalDate received, String locality, String child, LocalDate advice, LocalDate assessment, LocalDate start,
            String status, LocalDate closed, String closeReason, List<Appointment> appointments) {
    }

    record Clock(String kind, String child, LocalDate started, LocalDate due, LocalDate met, String exception) {
    }

    private final Random random;
    private final LocalDate today;
    private final LocalDate dropIns;
    private final List<String> localities;
    private final List<Request> requests = new ArrayList<>();
    private final List<Clock> clocks = new ArrayList<>();
    private int children;

    DemoRequests(Random random, LocalDate today, LocalDate dropIns, List<String> localities) {
        this.random = random;
        this.today = today;
        this.dropIns = dropIns;
        this.localities = localities;
    }

    List<Request> requests() {
        return requests;
    }

    List<Clock> clocks() {
        return clocks;
    }

    void generate() {
        // a few referrals from before the year, still waiting: the waits over 52 weeks
        for (int i = 0; i < 24; i++) {
            request("REFERRAL", today.minusDays(365 + random.nextInt(200)), true);
        }
        for (LocalDate day = today.minusDays(364); !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int n = 4 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                request(route(day), day, false);
            }
        }
        addClocks();
    }

    private String route(LocalDate day) {
        int r = random.nextInt(100);
        if (day.isBefore(dropIns)) {
            return r < 55 ? "REFERRAL" : r < 80 ? "PROFESSIONAL" : r < 90 ? "ADVICE_LINE" : "LINK_THERAPIST";
        }
        return r < 45 ? "EASY_ACCESS" : r < 70 ? "REFERRAL" : r < 82 ? "PROFESSIONAL" : r < 90 ? "ADVICE_LINE" : "LINK_THERAPIST";
    }

    private void request(String route, LocalDate received, boolean stillWaiting) {
        String child = "C-%05d".formatted(++children);
        String locality = localities.isEmpty() || random.nextInt(20) == 0 ? null : localities.get(random.nextInt(localities.size()));
        boolean before = received.isBefore(dropIns);
        int adviceDays = switch (route) {
            case "EASY_ACCESS" -> 0;
            case "ADVICE_LINE" -> random.nextInt(4);
            case "LINK_THERAPIST" -> 3 + random.nextInt(18);
            default -> before ? 60 + (int) Math.abs(random.nextGaussian() * 60) : 20 + (int) Math.abs(random.nextGaussian() * 30);
        };
        LocalDate advice = stillWaiting ? received.plusDays(90 + random.nextInt(60)) : received.plusDays(adviceDays);
        advice = advice.isAfter(today) ? null : advice;
        if ("EASY_ACCESS".equals(route) && random.nextInt(100) < 60) {
            requests.add(new Request(route, received, locality, child, received, null, null, "CLOSED", received,
                    "Advice at the drop-in was enough.", List.of()));
            return;
        }
        LocalDate start = null;
        if (!stillWaiting && advice != null && random.nextInt(100) < 90) {
            start = advice.plusDays(14 + (int) Math.abs(random.nextGaussian() * (before ? 70 : 40)));
            start = start.isAfter(today) ? null : start;
        }
        LocalDate assessment = advice != null && random.nextBoolean() ? advice.plusDays(random.nextInt(10)) : null;
        assessment = assessment == null || assessment.isAfter(today) || (start != null && assessment.isAfter(start)) ? null : assessment;
        LocalDate closed = null;
        String reason = null;
        if (start != null && start.plusDays(100).isBefore(today) && random.nextBoolean()) {
            closed = start.plusDays(70 + random.nextInt(30));
            reason = "The intervention finished.";
        } else if (start == null && !stillWaiting && random.nextInt(100) < 4) {
            closed = received.plusDays(random.nextInt(60));
            closed = closed.isAfter(today) ? today : closed;
            reason = "The family moved out of the area.";
        }
        List<Appointment> appointments = new ArrayList<>();
        if (start != null) {
            for (int i = 0; i < 3 + random.nextInt(4); i++) {
                LocalDate on = start.plusWeeks(i);
                if (on.isAfter(today) || (closed != null && on.isAfter(closed))) {
                    break;
                }
                int a = random.nextInt(100);
                appointments.add(new Appointment(on, a < 85 ? "ATTENDED" : a < 93 ? "DID_NOT_ATTEND" : a < 97 ? "CANCELLED_BY_FAMILY" : "CANCELLED_BY_SERVICE"));
            }
        }
        String status = closed != null ? "CLOSED" : start != null ? "IN_PROGRESS" : "WAITING";
        requests.add(new Request(route, received, locality, child, advice, assessment, start, status, closed, reason, appointments));
    }

    private void addClocks() {
        // over the year: advice clocks and plan clocks, most met on time, some late, two with an exception
        for (int i = 0; i < 40; i++) {
            boolean advice = i % 3 != 0;
            LocalDate started = today.minusDays(60 + random.nextInt(290));
            LocalDate due = started.plusWeeks(6);
            LocalDate met = random.nextInt(100) < 78 ? due.minusDays(random.nextInt(20)) : due.plusDays(1 + random.nextInt(25));
            clocks.add(new Clock(advice ? "EHC_ADVICE" : "PLAN_THERAPY", "C-%05d".formatted(1 + random.nextInt(children)), started, due,
                    met.isAfter(today) ? null : met, null));
        }
        for (int i = 0; i < 2; i++) {
            LocalDate started = today.minusDays(100 + i * 30);
            clocks.add(new Clock("EHC_ADVICE", "C-%05d".formatted(1 + random.nextInt(children)), started, started.plusWeeks(6), null,
                    "The family did not attend two appointments offered."));
        }
        // running now: due this week, overdue, and due later
        for (int i = 0; i < 4; i++) {
            LocalDate started = today.minusWeeks(6).plusDays(i + 1);
            clocks.add(new Clock(i % 2 == 0 ? "EHC_ADVICE" : "PLAN_THERAPY", "C-%05d".formatted(children - i), started, started.plusWeeks(6), null, null));
        }
        for (int i = 0; i < 3; i++) {
            LocalDate started = today.minusWeeks(7).minusDays(i * 5);
            clocks.add(new Clock("EHC_ADVICE", "C-%05d".formatted(children - 10 - i), started, started.plusWeeks(6), null, null));
        }
        for (int i = 0; i < 5; i++) {
            LocalDate started = today.minusDays(3 + i * 4);
            clocks.add(new Clock(i % 2 == 0 ? "EHC_ADVICE" : "PLAN_THERAPY", "C-%05d".formatted(children - 20 - i), started, started.plusWeeks(6), null, null));
        }
    }
}
