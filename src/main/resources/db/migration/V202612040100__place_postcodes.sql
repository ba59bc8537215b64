-- Every UK postcode from the ONS Postcode Directory, keyed in its usual form with one space (SK1 3XE), with its
-- local authority and its grid reference in metres: OSGB36 National Grid in Great Britain, Irish Grid in Northern
-- Ireland (BT postcodes). A postcode without a grid reference (Channel Islands, Isle of Man, a few others) has none.
create table ref_postcode (
    postcode  text primary key,
    lad_code  text,
    easting   integer,
    northing  integer
);
