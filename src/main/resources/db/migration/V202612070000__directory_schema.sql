-- The directory: one curated place to find local support. An entry is a service (from a published provision offer, or
-- brought in from another directory) or information only (an advice page, a leaflet, a website). Its id is a UUID, the
-- id it has in the Open Referral UK feed.
create extension if not exists pg_trgm;

create table directory_entry (
    id           uuid primary key,
    area_id      bigint not null,
    kind         text not null constraint directory_entry_kind_length check (kind in ('SERVICE', 'INFORMATION')),
    -- where it came from: a provision offer (kept in step with it), written by the area, or imported from a feed
    source       text not null constraint directory_entry_source_length check (source in ('OFFER', 'AREA', 'IMPORT')),
    offer_id     bigint,
    source_ref   text constraint directory_entry_source_ref_length check (char_length(source_ref) <= 200),
    name         text not null constraint directory_entry_name_length check (char_length(name) between 1 and 200),
    summary      text not null constraint directory_entry_summary_length check (char_length(summary) <= 5000),
    who_for      text constraint directory_entry_who_for_length check (char_length(who_for) <= 5000),
    how_to_get   text constraint directory_entry_how_to_get_length check (char_length(how_to_get) <= 5000),
    open_access  boolean not null default false,
    cost         text constraint directory_entry_cost_length check (char_length(cost) <= 200),
    url          text constraint directory_entry_url_length check (char_length(url) <= 2000),
    email        text constraint directory_entry_email_length check (char_length(email) <= 320),
    phone        text constraint directory_entry_phone_length check (char_length(phone) <= 50),
    organisation text constraint directory_entry_organisation_length check (char_length(organisation) <= 200),
    age_from     integer check (age_from between 0 and 25),
    age_to       integer check (age_to between 0 and 25),
    -- the framework's outcome codes (FS1 to IN3) and the plain-words worries it helps with
    outcomes     text[] not null default '{}' check (cardinality(outcomes) <= 15),
    worries      text[] not null default '{}' check (cardinality(worries) <= 20),
    owner        text constraint directory_entry_owner_length check (char_length(owner) <= 200),
    review_on    date,
    status       text not null default 'PUBLISHED' constraint directory_entry_status_length check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    updated_by   text not null constraint directory_entry_updated_by_length check (char_length(updated_by) <= 200),
    -- search: words weighted by where they stand
    search       tsvector generated always as (
                     setweight(to_tsvector('english', name), 'A')
                     || setweight(to_tsvector('english', coalesce(organisation, '') || ' ' || summary), 'B')
                     || setweight(to_tsvector('english', coalesce(who_for, '') || ' ' || coalesce(how_to_get, '')), 'C')) stored,
    check (age_from is null or age_to is null or age_from <= age_to),
    check ((source = 'OFFER') = (offer_id is not null))
);
create unique index directory_entry_offer on directory_entry (area_id, offer_id) where offer_id is not null;
create unique index directory_entry_import on directory_entry (area_id, source_ref) where source = 'IMPORT';
create index directory_entry_area on directory_entry (area_id, status);
create index directory_entry_search on directory_entry using gin (search);

-- Where a service is given, each with its point (from its postcode, or the setting's own), for "nearest first".
create table directory_location (
    id          uuid primary key,
    area_id     bigint not null,
    entry_id    uuid not null references directory_entry (id) on delete cascade,
    name        text not null constraint directory_location_name_length check (char_length(name) between 1 and 200),
    address     text constraint directory_location_address_length check (char_length(address) <= 500),
    postcode    text constraint directory_location_postcode_length check (char_length(postcode) <= 10),
    setting_ref text constraint directory_location_setting_ref_length check (char_length(setting_ref) <= 20),
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180)
);
create index directory_location_entry on directory_location (entry_id);

-- The words (stems) of each area's entries, so that a word misspelt in a search is put right to the nearest one the
-- entries use (trigram similarity) before the full-text search. Added to as entries are written; a word no entry uses
-- any more only costs a search that finds nothing more.
create table directory_word (
    area_id  bigint not null,
    word     text not null constraint directory_word_word_length check (char_length(word) <= 100),
    primary key (area_id, word)
);
create index directory_word_trigram on directory_word using gin (word gin_trgm_ops);

create function directory_entry_words() returns trigger language plpgsql as $$
begin
    insert into directory_word (area_id, word)
    select new.area_id, w from unnest(tsvector_to_array(new.search)) w where char_length(w) between 3 and 100
    on conflict do nothing;
    return new;
end $$;
create trigger directory_entry_words after insert or update of search on directory_entry
    for each row execute function directory_entry_words();
