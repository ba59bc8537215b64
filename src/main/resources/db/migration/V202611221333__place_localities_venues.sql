-- Localities: named groups of wards within an area. By default one per ward; editable.
create table locality (
    id       bigint generated always as identity primary key,
    area_id  bigint not null,
    name     text not null,
    unique (area_id, name)
);

create table locality_ward (
    area_id      bigint not null,
    ward_code    text not null,
    locality_id  bigint not null references locality (id) on delete cascade,
    primary key (area_id, ward_code)
);
create index locality_ward_locality on locality_ward (locality_id);

-- Venues that are not schools (family hubs, children's centres, libraries, clinics): settings too.
create table venue (
    id          bigint generated always as identity primary key,
    area_id     bigint not null,
    name        text not null,
    kind        text not null check (kind in ('FAMILY_HUB','CHILDRENS_CENTRE','LIBRARY','CLINIC','NURSERY','OTHER')),
    address     text,
    postcode    text,
    lsoa_code   text,
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    created_by  text not null,
    created_at  timestamptz not null default now(),
    unique (area_id, name)
);
create index venue_area on venue (area_id);
