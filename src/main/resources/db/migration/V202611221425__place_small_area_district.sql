-- The district (lower-tier local authority) of each small area, for areas made of several districts.
alter table ref_small_area_profile add column lad_name text;
update ref_small_area_profile p set lad_name = s.lad_name from ref_small_area s where s.code = p.code;
