-- National reference data, loaded once by a system administrator; areas are views over it.
-- One table per source file, so that re-loading one file updates it in place.

create table ref_small_area (            -- lsoa-ward-lad: LSOA 2021 -> ward 2024 -> district 2024
    code       text primary key,
    name       text not null,
    ward_code  text not null,
    ward_name  text not null,
    lad_code   text not null,
    lad_name   text not null
);
create index ref_small_area_lad on ref_small_area (lad_code);

create table ref_authority (             -- ltla-utla: lower-tier to upper-tier local authority
    ltla_code  text primary key,
    ltla_name  text not null,
    utla_code  text not null,
    utla_name  text not null
);
create index ref_authority_utla on ref_authority (utla_code);

create table ref_deprivation (           -- imd2025: English Indices of Deprivation 2025
    lsoa_code  text primary key,
    imd_decile smallint not null check (imd_decile between 1 and 10),
    imd_rank   integer not null,
    imd_score  numeric(7,3) not null
);

create table ref_population (            -- census2021-age: usual residents by age band
    lsoa_code      text primary key,
    name           text not null,
    children_0_15  integer not null check (children_0_15 >= 0),
    residents      integer not null check (residents >= 0)
);

create table ref_establishment (         -- gias: open schools and settings
    urn             integer primary key,
    la_code         text not null,
    la_name         text not null,
    name            text not null,
    type            text not null,
    type_group      text not null,
    phase           text not null,
    pupils          integer,
    fsm_percent     numeric(5,1),
    lsoa_code       text,
    latitude        double precision,
    longitude       double precision,
    postcode        text,
    town            text
);
create index ref_establishment_la on ref_establishment (la_code);

-- GIAS numbers local authorities its own way (Stockport is 356); this maps each GIAS authority to
-- the upper-tier ONS authority most of its establishments lie in. Rebuilt after every load.
create table ref_gias_authority (
    la_code    text primary key,
    utla_code  text not null
);
create index ref_gias_authority_utla on ref_gias_authority (utla_code);

create table ref_load (
    dataset    text primary key,
    rows       integer not null,
    file_name  text,
    loaded_by  text not null,
    loaded_at  timestamptz not null default now()
);
