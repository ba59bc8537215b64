-- Descriptor sets an area loads from a file: another discipline's wording, or its licensed official wording.
create table descriptor_set (
    id          bigint generated always as identity primary key,
    area_id     bigint not null,
    code        text not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null,
    discipline  text not null,
    loaded_by   text not null,
    loaded_at   timestamptz not null default now(),
    unique (area_id, code)
);

create table descriptor (
    descriptor_set_id  bigint not null references descriptor_set (id) on delete cascade,
    outcome_code       text not null,
    text               text not null,
    primary key (descriptor_set_id, outcome_code)
);
