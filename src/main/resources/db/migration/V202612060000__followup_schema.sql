-- Family follow-up: consents as history, each follow-up a family agreed to, and its messages as an outbox.

-- An area's schedule and how its messages go. One row per area; an area without one uses the defaults.
create table followup_settings (
    area_id               bigint primary key,
    first_after_days      integer not null default 42 check (first_after_days between 1 and 365),
    reminder_after_days   integer not null default 7 check (reminder_after_days between 0 and 60),
    expires_after_days    integer not null default 28 check (expires_after_days between 1 and 120),
    after_discharge_days  integer default 42 check (after_discharge_days between 1 and 365),
    provider              text not null default 'LOG' check (provider in ('LOG', 'SMTP', 'NOTIFY')),
    email_from            text constraint followup_settings_email_from_length check (char_length(email_from) <= 320),
    notify_api_key        bytea check (octet_length(notify_api_key) <= 2000),
    notify_email_template text constraint followup_settings_notify_email_template_length check (char_length(notify_email_template) <= 100),
    notify_sms_template   text constraint followup_settings_notify_sms_template_length check (char_length(notify_sms_template) <= 100),
    -- the bearer token Notify sends with delivery receipts, as a SHA-256 hash
    notify_callback_hash  bytea check (octet_length(notify_callback_hash) = 32),
    updated_by            text constraint followup_settings_updated_by_length check (char_length(updated_by) <= 200),
    updated_at            timestamptz not null default now()
);

-- What a family agreed to, or withdrew, with the words they were shown: never changed, only added to.
create table followup_consent (
    id           bigint generated always as identity primary key,
    area_id      bigint not null,
    source       text not null check (source in ('BOOKING', 'CONTACT', 'JOURNEY')),
    source_ref   text not null constraint followup_consent_source_ref_length check (char_length(source_ref) <= 200),
    channel      text check (channel in ('EMAIL', 'SMS')),
    purpose      text not null default 'FOLLOW_UP' constraint followup_consent_purpose_length check (char_length(purpose) <= 200),
    words_shown  text not null constraint followup_consent_words_shown_length check (char_length(words_shown) <= 2000),
    given        boolean not null,
    how          text not null check (how in ('ONLINE', 'IN_PERSON', 'PHONE', 'WRITING', 'MESSAGE_LINK', 'STAFF')),
    recorded_at  timestamptz not null,
    recorded_by  text constraint followup_consent_recorded_by_length check (char_length(recorded_by) <= 200)
);
create index followup_consent_source on followup_consent (area_id, source, source_ref, recorded_at);

-- One follow-up per thing that caused it (a contact, a discharge). The address is sealed (ADR 7); its hash finds
-- every follow-up of an address that is paused or withdrawn.
create table followup (
    id               bigint generated always as identity primary key,
    area_id          bigint not null,
    cause            text not null check (cause in ('CONTACT', 'DISCHARGE')),
    contact_id       bigint,
    journey_id       bigint,
    consent_id       bigint not null references followup_consent (id),
    channel          text not null check (channel in ('EMAIL', 'SMS')),
    address          bytea not null check (octet_length(address) <= 2000),
    address_hash     bytea not null check (octet_length(address_hash) = 32),
    route            text constraint followup_route_length check (char_length(route) <= 200),
    locality         text constraint followup_locality_length check (char_length(locality) <= 200),
    status           text not null default 'DUE' check (status in ('DUE', 'SENT', 'ANSWERED', 'FAILED', 'WITHDRAWN', 'EXPIRED')),
    due_at           timestamptz not null,
    expires_at       timestamptz,
    -- made when the first message is: the links every message of the follow-up carries, sealed like the address
    answer_link      bytea check (octet_length(answer_link) <= 2000),
    withdraw_link    bytea check (octet_length(withdraw_link) <= 2000),
    withdraw_hash    bytea unique check (octet_length(withdraw_hash) = 32),
    sent_at          timestamptz,
    answered_at      timestamptz,
    closed_at        timestamptz,
    created_at       timestamptz not null default now(),
    constraint followup_one_per_contact unique (area_id, cause, contact_id),
    constraint followup_one_per_journey unique (area_id, cause, journey_id),
    check ((cause = 'CONTACT') = (contact_id is not null)),
    check ((cause = 'DISCHARGE') = (journey_id is not null))
);
create index followup_area_status on followup (area_id, status, due_at);
create index followup_address on followup (area_id, address_hash);

-- The messages of a follow-up, an outbox: a row is made when the follow-up is, in the same transaction, and sent
-- once. A sender claims rows with SKIP LOCKED and a lease; a row whose lease ran out with no answer from the
-- provider was cut off mid-send and is checked before it is sent again (ADR 9).
create table followup_message (
    id               bigint generated always as identity primary key,
    area_id          bigint not null,
    followup_id      bigint not null references followup (id),
    kind             text not null check (kind in ('FIRST', 'REMINDER', 'FRESH_LINK')),
    reference        uuid not null unique,
    status           text not null default 'QUEUED'
                     check (status in ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED')),
    due_at           timestamptz not null,
    attempts         integer not null default 0 check (attempts between 0 and 100),
    claimed_by       text constraint followup_message_claimed_by_length check (char_length(claimed_by) <= 200),
    claimed_until    timestamptz,
    -- recorded just before the provider takes the message for good: a message cut off after it is not sent again
    handed_over_at   timestamptz,
    body             bytea check (octet_length(body) <= 20000),
    provider_id      text constraint followup_message_provider_id_length check (char_length(provider_id) <= 200),
    provider_status  text constraint followup_message_provider_status_length check (char_length(provider_status) <= 200),
    last_error       text constraint followup_message_last_error_length check (char_length(last_error) <= 2000),
    sent_at          timestamptz,
    delivered_at     timestamptz,
    created_at       timestamptz not null default now()
);
create unique index followup_message_one_of_a_kind on followup_message (followup_id, kind) where kind <> 'FRESH_LINK';
create index followup_message_due on followup_message (due_at) where status in ('QUEUED', 'SENDING');
create index followup_message_provider on followup_message (provider_id) where provider_id is not null;

-- An address a provider refused for good: nothing more is sent to it until staff clear it.
create table followup_paused_address (
    area_id       bigint not null,
    address_hash  bytea not null check (octet_length(address_hash) = 32),
    reason        text not null constraint followup_paused_address_reason_length check (char_length(reason) <= 2000),
    paused_at     timestamptz not null default now(),
    primary key (area_id, address_hash)
);

-- Every text column bounded by name (the codes above are bounded by their lists too)
alter table followup_settings add constraint followup_settings_provider_length check (char_length(provider) <= 200);
alter table followup_consent add constraint followup_consent_source_length check (char_length(source) <= 200);
alter table followup_consent add constraint followup_consent_channel_length check (char_length(channel) <= 200);
alter table followup_consent add constraint followup_consent_how_length check (char_length(how) <= 200);
alter table followup add constraint followup_cause_length check (char_length(cause) <= 200);
alter table followup add constraint followup_channel_length check (char_length(channel) <= 200);
alter table followup add constraint followup_status_length check (char_length(status) <= 200);
alter table followup_message add constraint followup_message_kind_length check (char_length(kind) <= 200);
alter table followup_message add constraint followup_message_status_length check (char_length(status) <= 200);
