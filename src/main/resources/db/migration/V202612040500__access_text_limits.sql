-- Length limits, named as every text limit is (platform.TextLimits), on the columns whose values are already one of a
-- closed list (kinds, statuses, routes) and on the postcode directory's codes: the lists could change, the limit stays.
alter table access_session add constraint access_session_status_length check (char_length(status) <= 200);
alter table access_booking add constraint access_booking_kind_length check (char_length(kind) <= 200);
alter table access_booking add constraint access_booking_status_length check (char_length(status) <= 200);
alter table access_contact add constraint access_contact_route_length check (char_length(route) <= 200);
alter table access_notice add constraint access_notice_channel_length check (char_length(channel) <= 200);
alter table access_notice add constraint access_notice_kind_length check (char_length(kind) <= 200);
alter table ref_postcode add constraint ref_postcode_postcode_length check (char_length(postcode) <= 200);
alter table ref_postcode add constraint ref_postcode_lad_code_length check (char_length(lad_code) <= 200);
