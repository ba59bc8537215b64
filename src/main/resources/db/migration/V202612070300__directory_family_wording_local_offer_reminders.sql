-- Family wording over an offer's own: an offer is written for commissioners ("kept up to date from the sessions
-- scheduled"); the area writes what families read over it, and searches find both.
alter table directory_entry
    add column family_summary    text constraint directory_entry_family_summary_length check (char_length(family_summary) <= 5000),
    add column family_how_to_get text constraint directory_entry_family_how_to_get_length check (char_length(family_how_to_get) <= 5000);

drop trigger directory_entry_words on directory_entry;
drop index directory_entry_search;
alter table directory_entry drop column search;
alter table directory_entry add column search tsvector generated always as (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', coalesce(organisation, '') || ' ' || coalesce(family_summary, '') || ' ' || summary), 'B')
    || setweight(to_tsvector('english', coalesce(who_for, '') || ' ' || coalesce(family_how_to_get, '') || ' ' || coalesce(how_to_get, '')), 'C')) stored;
create index directory_entry_search on directory_entry using gin (search);
create trigger directory_entry_words after insert or update of search on directory_entry
    for each row execute function directory_entry_words();

-- The Local Offer's questions for special educational needs and disabilities (SEND), answered for a service in the
-- area's words: one row for each question answered.
create table directory_local_offer (
    entry_id uuid not null references directory_entry (id) on delete cascade,
    area_id  bigint not null,
    question text not null constraint directory_local_offer_question_length check (question in
                 ('NEEDS', 'INVOLVING', 'PROGRESS', 'STAFF', 'ACCESSIBLE', 'MOVING_ON', 'CONCERNS')),
    answer   text not null constraint directory_local_offer_answer_length check (char_length(answer) between 1 and 2000),
    primary key (entry_id, question)
);

-- Reminders before an entry goes stale: the review date a reminder was last sent for, so that each date is reminded of
-- once (a new date, once reviewed, is reminded of in its turn).
alter table directory_entry add column reminded_for date;

-- "Nearest first" measures an area's places in one pass.
create index directory_location_area on directory_location (area_id);
