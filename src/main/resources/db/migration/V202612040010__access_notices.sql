-- Messages sent to families about their bookings (confirmation, a session moved or cancelled). In the demo they go to
-- the log channel, which writes them here and to the application log instead of sending them; recipient and text are
-- sealed like every family detail, because the text holds the link that cancels the booking.
create table access_notice (
    id          bigint generated always as identity primary key,
    area_id     bigint not null,
    booking_id  uuid not null references access_booking (id),
    channel     text not null check (channel in ('LOG')),
    kind        text not null check (kind in ('BOOKED', 'MOVED', 'CANCELLED', 'BOOKING_CANCELLED')),
    recipient   bytea not null check (octet_length(recipient) <= 2000),
    body        bytea not null check (octet_length(body) <= 40000),
    created_at  timestamptz not null default now()
);
create index access_notice_booking on access_notice (booking_id);
