-- Each small area with its ward, district, deprivation and children in one row: derived from the
-- reference tables after every load, so that an area's small areas are one index scan.
create table ref_small_area_profile (
    code           text primary key,
    name           text not null,
    ward_code      text not null,
    ward_name      text not null,
    lad_code       text not null,
    imd_decile     smallint,
    imd_score      numeric(7,3),
    children_0_15  integer
);
create index ref_small_area_profile_lad on ref_small_area_profile (lad_code);

insert into ref_small_area_profile
select s.code, s.name, s.ward_code, s.ward_name, s.lad_code, d.imd_decile, d.imd_score, p.children_0_15
from ref_small_area s
left join ref_deprivation d on d.lsoa_code = s.code
left join ref_population p on p.lsoa_code = s.code;
