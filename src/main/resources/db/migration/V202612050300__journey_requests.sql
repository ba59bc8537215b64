-- Requests for support recorded by access, as its SupportRequestRecorded events told them: a journey may start from one.
create table journey_request (
    request_id   bigint primary key,
    area_id      bigint not null,
    route        text not null constraint journey_request_route_length check (char_length(route) <= 200),
    received_on  date not null,
    child_ref    text constraint journey_request_child_ref_length check (char_length(child_ref) <= 200),
    locality     text constraint journey_request_locality_length check (char_length(locality) <= 200),
    contact_id   bigint
);
create index journey_request_area on journey_request (area_id, received_on);
