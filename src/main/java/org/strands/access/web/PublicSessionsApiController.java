package org.strands.access.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strands.access.Booked;
import org.strands.access.BookingRequest;
import org.strands.access.Bookings;
import org.strands.access.DropInSession;
import org.strands.access.NearbySession;
import org.strands.access.PublicSessions;
import org.strands.platform.Area;
import org.strands.platform.Public;

/**
 * The public API for families and the sites that help them: an area's upcoming drop-in sessions, nearest first from a
 * postcode, and booking a place without an account. Rate limited per client address.
 */
@RestController
@RequestMapping("/api/v1/public/areas/{area}/sessions")
class PublicSessionsApiController {

    /** A session as the public sees it. {@code distanceKm} is present when a postcode was given. */
    record SessionView(long id, String title, String about, String venue, String postcode, String locality, Instant start,
            Instant end, int capacity, int remaining, boolean walkIns, Double distanceKm) {

        static SessionView of(DropInSession s, Double distanceKm) {
            return new SessionView(s.id(), s.title(), s.about(), s.placeName(), s.placePostcode(), s.locality(), s.startsAt(),
                    s.endsAt(), s.capacity(), s.remaining(), s.walkIns(), distanceKm);
        }
    }

    record BookingView(UUID id, SessionView session) {
    }

    private final PublicSessions sessions;
    private final Bookings bookings;

    PublicSessionsApiController(PublicSessions sessions, Bookings bookings) {
        this.sessions = sessions;
        this.bookings = bookings;
    }

    @Public
    @GetMapping
    List<SessionView> upcoming(@PathVariable String area, @RequestParam(required = false) String postcode) {
        List<NearbySession> found = sessions.upcoming(sessions.area(area), postcode);
        return found.stream().map(n -> SessionView.of(n.session(), n.distanceKm())).toList();
    }

    @Public
    @PostMapping("/{id}/bookings")
    ResponseEntity<BookingView> book(@PathVariable String area, @PathVariable long id, @RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Area found = sessions.area(area);
        Booked booked = bookings.book(found, id, request, idempotencyKey);
        return ResponseEntity.status(HttpStatus.CREATED).header("Idempotent-Replayed", String.valueOf(booked.replayed()))
                .body(new BookingView(booked.id(), SessionView.of(booked.session(), null)));
    }
}
