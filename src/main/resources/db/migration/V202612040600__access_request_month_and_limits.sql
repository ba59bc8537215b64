-- The month a request was received, stored, so that the waiting times report groups a million requests by month
-- without working it out for each of them twice (about a quarter of the report's time); the report's index carries it.
alter table support_request add column received_month date generated always as (date_trunc('month', received_on::timestamp)::date) stored;
drop index support_request_report;
create index support_request_report on support_request (area_id, received_on)
    include (route, locality, first_advice_on, intervention_start_on, received_month);

-- and length limits, named as every text limit is, on the requests' list-valued columns
alter table support_request add constraint support_request_route_length check (char_length(route) <= 200);
alter table support_request add constraint support_request_status_length check (char_length(status) <= 200);
alter table support_appointment add constraint support_appointment_attendance_length check (char_length(attendance) <= 200);
alter table statutory_clock add constraint statutory_clock_kind_length check (char_length(kind) <= 200);
