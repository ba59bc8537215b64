-- Provision mapping: partners, their offers mapped to outcome cells, and every change kept.

create table partner (
    id       bigint generated always as identity primary key,
    area_id  bigint not null,
    name     text not null,
    type     text not null check (type in ('NHS_TRUST','LOCAL_AUTHORITY','SCHOOL_OR_SETTING','EARLY_YEARS','VOLUNTARY_SECTOR','OTHER')),
    unique (area_id, name)
);

create table offer (
    id               bigint generated always as identity primary key,
    area_id          bigint not null,
    partner_id       bigint not null references partner (id),
    name             text not null,
    description      text,
    entry            text not null check (entry in ('PROVISION','GAP')),
    area_wide        boolean not null,
    age_from         smallint check (age_from between 0 and 25),
    age_to           smallint check (age_to between 0 and 25),
    access_route     text check (access_route in ('OPEN_ACCESS','REQUEST','REFERRAL','BOOKED')),
    delivered_by     text check (delivered_by in ('THERAPIST','ASSISTANT','EDUCATION_STAFF','FAMILY','OTHER_PROFESSIONAL')),
    annual_capacity  integer check (annual_capacity >= 0),
    annual_hours     numeric(10,1) check (annual_hours >= 0),
    annual_cost      numeric(12,2) check (annual_cost >= 0),
    status           text not null check (status in ('CURRENT','PLANNED','DECOMMISSIONED')),
    contact          text,
    how_to_access    text,
    updated_by       text not null,
    updated_at       timestamptz not null,
    unique (partner_id, name),
    check (age_from is null or age_to is null or age_from <= age_to)
);
create index offer_area on offer (area_id);

create table offer_outcome (
    offer_id      bigint not null references offer (id) on delete cascade,
    outcome_code  text not null check (outcome_code ~ '^(FS|EE|WW|ID|IN)[123]$'),
    primary key (offer_id, outcome_code)
);
create index offer_outcome_code on offer_outcome (outcome_code);

create table offer_discipline (
    offer_id    bigint not null references offer (id) on delete cascade,
    discipline  text not null,
    primary key (offer_id, discipline)
);

-- Where an offer is, when not area-wide: localities by id and settings by ref (a URN, or v and a venue id).
create table offer_locality (
    offer_id     bigint not null references offer (id) on delete cascade,
    locality_id  bigint not null,
    primary key (offer_id, locality_id)
);
create index offer_locality_locality on offer_locality (locality_id);

create table offer_setting (
    offer_id     bigint not null references offer (id) on delete cascade,
    setting_ref  text not null,
    locality_id  bigint,            -- the locality the setting was in when the offer was saved
    primary key (offer_id, setting_ref)
);

create table offer_evidence (
    offer_id  bigint not null references offer (id) on delete cascade,
    url       text not null,
    primary key (offer_id, url)
);

-- Every change to an offer, as the whole offer after the change.
create table offer_change (
    id          bigint generated always as identity primary key,
    offer_id    bigint not null,
    area_id     bigint not null,
    changed_by  text not null,
    changed_at  timestamptz not null,
    snapshot    jsonb not null
);
create index offer_change_offer on offer_change (offer_id, changed_at);

-- Per-area settings of the map: below this many current offers a cell is thin; the vortex warning.
create table provision_settings (
    area_id                    bigint primary key,
    thin_below                 integer not null default 2 check (thin_below >= 0),
    specialist_hours_share_max numeric(4,3) not null default 0.5 check (specialist_hours_share_max between 0 and 1)
);

-- What the area expects, per outcome cell, from the therapy service and from wider partners.
create table cell_expectation (
    area_id             bigint not null,
    outcome_code        text not null,
    from_therapy        text,
    from_partners       text,
    updated_by          text not null,
    updated_at          timestamptz not null,
    primary key (area_id, outcome_code)
);

create table action (
    id          bigint generated always as identity primary key,
    area_id     bigint not null,
    title       text not null,
    owner       text not null,
    due_on      date,
    status      text not null check (status in ('NOT_STARTED','IN_PROGRESS','DONE','BLOCKED')),
    created_by  text not null,
    created_at  timestamptz not null
);
create index action_area on action (area_id);

create table action_outcome (
    action_id     bigint not null references action (id) on delete cascade,
    outcome_code  text not null,
    primary key (action_id, outcome_code)
);

create table action_locality (
    action_id    bigint not null references action (id) on delete cascade,
    locality_id  bigint not null,
    primary key (action_id, locality_id)
);

create table action_note (
    id         bigint generated always as identity primary key,
    action_id  bigint not null references action (id) on delete cascade,
    note       text not null,
    written_by text not null,
    written_at timestamptz not null
);
