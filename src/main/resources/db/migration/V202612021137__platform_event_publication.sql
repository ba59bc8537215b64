-- Spring Modulith's JDBC event publication registry (schema of spring-modulith-events-jdbc 2.1, PostgreSQL):
-- an event to a listener in another module is stored with the change that published it, and marked complete
-- when the listener has run, so that none is lost across a crash.
create table event_publication (
    id                      uuid not null primary key,
    listener_id             text not null,
    event_type              text not null,
    serialized_event        text not null,
    publication_date        timestamptz not null,
    completion_date         timestamptz,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
