-- Easy access: drop-in sessions, the families who book or walk in, and the contacts practitioners record.
-- Families' names, contact details and worries are stored sealed (AES-GCM, platform.ContactCipher), never as text.
-- Rows refer to other modules' rows by id or reference and never by a foreign key (ADR 6).

create table access_session (
    id              bigint generated always as identity primary key,
    area_id         bigint not null,
    series_id       bigint,
    title           text not null constraint access_session_title_length check (char_length(title) <= 200),
    about           text constraint access_session_about_length check (char_length(about) <= 5000),
    setting_ref     text not null constraint access_session_setting_ref_length check (char_length(setting_ref) <= 200),
    place_name      text not null constraint access_session_place_name_length check (char_length(place_name) <= 200),
    place_postcode  text constraint access_session_place_postcode_length check (char_length(place_postcode) <= 200),
    latitude        double precision check (latitude between -90 and 90),
    longitude       double precision check (longitude between -180 and 180),
    locality        text constraint access_session_locality_length check (char_length(locality) <= 200),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    capacity        integer not null check (capacity between 0 and 500),
    walk_ins        boolean not null default true,
    -- places taken by bookings: the database, not the application, keeps this within the capacity
    booked          integer not null default 0,
    leaders         text[] not null default '{}' check (cardinality(leaders) <= 20),
    status          text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
    cancel_reason   text constraint access_session_cancel_reason_length check (char_length(cancel_reason) <= 5000),
    created_by      text not null constraint access_session_created_by_length check (char_length(created_by) <= 200),
    created_at      timestamptz not null default now(),
    changed_by      text constraint access_session_changed_by_length check (char_length(changed_by) <= 200),
    changed_at      timestamptz,
    constraint access_session_ends_after_start check (ends_at > starts_at),
    constraint access_session_within_capacity check (booked between 0 and capacity)
);
create index access_session_upcoming on access_session (area_id, starts_at);
create index access_session_series on access_session (series_id);
create index access_session_leaders on access_session using gin (leaders);

create table access_booking (
    id                 uuid primary key,
    area_id            bigint not null,
    session_id         bigint not null references access_session (id),
    kind               text not null check (kind in ('BOOKED', 'WALK_IN')),
    status             text not null default 'BOOKED' check (status in ('BOOKED', 'CANCELLED', 'ATTENDED', 'DID_NOT_ATTEND')),
    family_name        bytea not null check (octet_length(family_name) <= 2000),
    email              bytea check (octet_length(email) <= 2000),
    phone              bytea check (octet_length(phone) <= 2000),
    child_age_years    integer check (child_age_years between 0 and 25),
    concern            bytea check (octet_length(concern) <= 20000),
    follow_up_opt_in   boolean not null default false,
    cancel_token_hash  bytea unique,
    idempotency_key    text constraint access_booking_idempotency_key_length check (char_length(idempotency_key) <= 200),
    request_hash       bytea,
    created_at         timestamptz not null default now(),
    cancelled_at       timestamptz,
    cancelled_by       text constraint access_booking_cancelled_by_length check (char_length(cancelled_by) <= 200),
    checked_in_by      text constraint access_booking_checked_in_by_length check (char_length(checked_in_by) <= 200),
    constraint access_booking_idempotent unique (area_id, idempotency_key)
);
create index access_booking_session on access_booking (session_id);

create table access_contact (
    id               bigint generated always as identity primary key,
    area_id          bigint not null,
    session_id       bigint references access_session (id),
    booking_id       uuid unique references access_booking (id),
    route            text not null check (route in ('EASY_ACCESS', 'LINK_THERAPIST', 'ADVICE_LINE', 'PROFESSIONAL', 'REFERRAL')),
    contact_on       date not null,
    child_age_years  integer check (child_age_years between 0 and 25),
    setting_ref      text constraint access_contact_setting_ref_length check (char_length(setting_ref) <= 200),
    locality         text constraint access_contact_locality_length check (char_length(locality) <= 200),
    concerns         text[] not null default '{}' check (cardinality(concerns) <= 20),
    advice           text constraint access_contact_advice_length check (char_length(advice) <= 10000),
    outcomes         text[] not null check (cardinality(outcomes) between 1 and 4
                         and outcomes <@ array['REASSURANCE', 'COMMUNITY', 'FURTHER_ENQUIRY', 'REFERRAL']),
    offer_ids        bigint[] not null default '{}' check (cardinality(offer_ids) <= 50),
    recorded_by      text not null constraint access_contact_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at      timestamptz not null default now()
);
create index access_contact_area_day on access_contact (area_id, contact_on);

-- A known text sealed with the key the contact details were sealed with: a start with another key stops, saying so.
create table contact_key_check (
    id      integer primary key check (id = 1),
    sealed  bytea not null
);
