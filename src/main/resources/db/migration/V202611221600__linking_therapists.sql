-- Link therapists: each school and setting has one named link therapist whose time follows need.

create table link_therapist (
    id            bigint generated always as identity primary key,
    area_id       bigint not null references area (id) on delete cascade,
    name          text not null check (length(name) between 1 and 200),
    base_name     text not null,
    base_latitude double precision not null check (base_latitude between -90 and 90),
    base_longitude double precision not null check (base_longitude between -180 and 180),
    link_hours    numeric(7, 1) not null check (link_hours >= 0),
    unique (area_id, name)
);

create table link_assignment (
    area_id       bigint not null references area (id) on delete cascade,
    setting_ref   text not null,
    therapist_id  bigint not null references link_therapist (id) on delete cascade,
    hours         numeric(7, 1) not null check (hours >= 0),
    pinned        boolean not null default false,
    reason        text,
    assigned_by   text not null,
    assigned_at   timestamptz not null,
    primary key (area_id, setting_ref)
);

create index link_assignment_therapist on link_assignment (therapist_id);

-- One row per solve: what was asked, how long it took and how good the result was.
create table link_solve (
    id             bigint generated always as identity primary key,
    area_id        bigint not null references area (id) on delete cascade,
    solved_by      text not null,
    solved_at      timestamptz not null,
    settings       integer not null,
    therapists     integer not null,
    score          text not null,
    feasible       boolean not null,
    millis         integer not null,
    feasible_after_millis integer
);
