-- Areas (the tenants), people with their per-area roles, and the append-only audit log.

create table area (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null,
    created_at  timestamptz not null default now()
);

-- The local authority codes the area was created from, as given (an upper-tier code stays upper-tier).
create table area_authority (
    area_id  bigint not null references area (id) on delete cascade,
    code     text not null,
    primary key (area_id, code)
);

-- The districts (lower-tier local authorities) the area covers: what every place query is scoped by.
create table area_district (
    area_id  bigint not null references area (id) on delete cascade,
    code     text not null,
    primary key (area_id, code)
);
create index area_district_code on area_district (code);

create table person (
    id             bigint generated always as identity primary key,
    username       text not null unique,
    display_name   text not null,
    password_hash  text not null,
    system_admin   boolean not null default false,
    enabled        boolean not null default true,
    created_at     timestamptz not null default now()
);

create table membership (
    person_id  bigint not null references person (id) on delete cascade,
    area_id    bigint not null references area (id) on delete cascade,
    role       text not null check (role in ('ADMIN','COMMISSIONER','SERVICE_LEAD','PRACTITIONER','SETTING_STAFF','MENTOR')),
    primary key (person_id, area_id, role)
);
create index membership_area on membership (area_id);

create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    actor         text not null,
    area_id       bigint,
    action        text not null,
    subject_type  text,
    subject_id    text,
    detail        text,
    remote_address text
);
create index audit_event_area_time on audit_event (area_id, occurred_at desc);

-- Append-only: the database itself refuses to change or remove what was written.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
