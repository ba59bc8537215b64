package org.strands.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.Formats;

/** A family's booking at a drop-in and the contact a practitioner recorded from it, through the API, as in the product. */
public final class DropInContacts {

    private DropInContacts() {
    }

    /**
     * Books the session for the family and records their contact today as {@code practitioner}: the contact's id, once
     * journey has learnt of it (after the contact commits; the family's answer link is made for it).
     */
    public static long recorded(int port, JdbcClient db, String area, long session, String email, boolean followUpOptIn) {
        String booking = Api.at(port).post("/api/v1/public/areas/" + area + "/sessions/" + session + "/bookings", """
                {"name":"Sam","email":"%s","childAgeYears":3,"concern":"She has few words","followUpOptIn":%s}""".formatted(email, followUpOptIn))
                .json().get("id").asString();
        Api.Response recorded = Api.at(port).as("practitioner", "demo").post("/api/v1/areas/" + area + "/contacts", """
                {"sessionId":%d,"bookingId":"%s","contactOn":"%s","childAgeYears":3,"concerns":["TALKING"],"outcomes":["REASSURANCE"]}"""
                .formatted(session, booking, LocalDate.now(Formats.LONDON)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long contact = recorded.json().get("id").asLong();
        for (int i = 0; i < 100 && db.sql("select count(*) from journey_contact where contact_id = ?").param(contact).query(Long.class).single() == 0; i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return contact;
    }

    /** A weekly drop-in tomorrow with room for 150 families, led by {@code practitioner}: its first session's id. */
    public static long session(int port, String area) {
        Api.Response made = Api.at(port).as("lead", "demo").post("/api/v1/areas/" + area + "/sessions", """
                {"title":"Follow-up drop-in","settingRef":"106074","date":"%s","starts":"09:30","ends":"11:30","capacity":150,"walkIns":true,"weeks":1,
                 "leaders":["practitioner"]}""".formatted(LocalDate.now(Formats.LONDON).plusDays(1)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get(0).get("id").asLong();
    }
}
