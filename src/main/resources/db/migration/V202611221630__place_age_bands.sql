-- Age bands: the mid-2020 single-year population of 2011 small areas, mapped to 2021 small areas.

create table ref_population_2020 (        -- mid2020-ages: ONS mid-2020 estimates, ages 0 to 15, by 2011 small area
    lsoa11_code text primary key,
    age_0 integer not null check (age_0 >= 0),
    age_1 integer not null check (age_1 >= 0),
    age_2 integer not null check (age_2 >= 0),
    age_3 integer not null check (age_3 >= 0),
    age_4 integer not null check (age_4 >= 0),
    age_5 integer not null check (age_5 >= 0),
    age_6 integer not null check (age_6 >= 0),
    age_7 integer not null check (age_7 >= 0),
    age_8 integer not null check (age_8 >= 0),
    age_9 integer not null check (age_9 >= 0),
    age_10 integer not null check (age_10 >= 0),
    age_11 integer not null check (age_11 >= 0),
    age_12 integer not null check (age_12 >= 0),
    age_13 integer not null check (age_13 >= 0),
    age_14 integer not null check (age_14 >= 0),
    age_15 integer not null check (age_15 >= 0)
);

create table ref_lsoa11_lsoa21 (          -- lsoa11-lsoa21: which 2021 small areas each 2011 small area became
    lsoa11_code text not null,
    lsoa21_code text not null,
    change_code text not null,
    primary key (lsoa11_code, lsoa21_code)
);

-- each small area's shares of its children aged 0 to 4, 5 to 10 and 11 to 15 (null until both files are loaded)
alter table ref_small_area_profile
    add column share_0_4 numeric,
    add column share_5_10 numeric,
    add column share_11_15 numeric;
