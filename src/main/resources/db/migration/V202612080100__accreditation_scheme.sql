-- The schools and settings scheme (issue 14): versioned criteria, cohorts, the settings in them with their mentor,
-- setting staff tied to settings, self-evaluation ratings, evidence (files kept in the database, apart from the list),
-- action plans, the mentor's review of each strand, a comment thread, and every change of status with who, when and why.

-- A version of the criteria an area judges settings on. Each area gets the built-in set as version 1; an area may load
-- its own as a new version. A setting is judged on the version it started with.
create table accreditation_criteria_set (
    id         bigint generated always as identity primary key,
    area_id    bigint not null,
    version    integer not null check (version > 0),
    name       text not null constraint accreditation_criteria_set_name_length check (char_length(name) between 1 and 200),
    loaded_by  text not null constraint accreditation_criteria_set_loaded_by_length check (char_length(loaded_by) <= 200),
    loaded_at  timestamptz not null default now(),
    unique (area_id, version)
);

-- One criterion of a set. The same code may have a wording for early years and another for schools.
create table accreditation_criterion (
    set_id      bigint not null references accreditation_criteria_set (id) on delete cascade,
    code        text not null constraint accreditation_criterion_code_length check (char_length(code) between 1 and 20),
    applies_to  text not null constraint accreditation_criterion_applies_to_length check (applies_to in ('ALL', 'EARLY_YEARS', 'SCHOOL')),
    strand      text not null constraint accreditation_criterion_strand_length
                check (strand in ('FAMILY_SUPPORT', 'ENVIRONMENT', 'WORKFORCE', 'IDENTIFICATION', 'INTERVENTION')),
    level       text not null constraint accreditation_criterion_level_length check (level in ('UNIVERSAL', 'TARGETED', 'SPECIALIST')),
    position    integer not null,
    title       text not null constraint accreditation_criterion_title_length check (char_length(title) between 1 and 200),
    description text not null constraint accreditation_criterion_description_length check (char_length(description) between 1 and 2000),
    primary key (set_id, code, applies_to)
);

create table accreditation_cohort (
    id         bigint generated always as identity primary key,
    area_id    bigint not null,
    name       text not null constraint accreditation_cohort_name_length check (char_length(name) between 1 and 200),
    starts_on  date not null,
    created_by text not null constraint accreditation_cohort_created_by_length check (char_length(created_by) <= 200),
    created_at timestamptz not null default now(),
    unique (area_id, name)
);

-- Setting staff tied to the settings they work in, chosen by an area administrator.
create table accreditation_staff (
    area_id     bigint not null,
    setting_ref text not null constraint accreditation_staff_setting_ref_length check (char_length(setting_ref) <= 200),
    username    text not null constraint accreditation_staff_username_length check (char_length(username) <= 200),
    tied_by     text not null constraint accreditation_staff_tied_by_length check (char_length(tied_by) <= 200),
    tied_at     timestamptz not null default now(),
    primary key (area_id, setting_ref, username)
);
create index accreditation_staff_person on accreditation_staff (area_id, username);

-- A setting's place in a cohort: its journey through the scheme.
create table accreditation_enrolment (
    id                   bigint generated always as identity primary key,
    area_id              bigint not null,
    cohort_id            bigint not null references accreditation_cohort (id) on delete cascade,
    setting_ref          text not null constraint accreditation_enrolment_setting_ref_length check (char_length(setting_ref) <= 200),
    phase                text not null constraint accreditation_enrolment_phase_length check (phase in ('EARLY_YEARS', 'SCHOOL')),
    criteria_set_id      bigint not null references accreditation_criteria_set (id),
    mentor               text constraint accreditation_enrolment_mentor_length check (char_length(mentor) <= 200),
    status               text not null constraint accreditation_enrolment_status_length
                         check (status in ('SELF_EVALUATING', 'IN_REVIEW', 'MORE_EVIDENCE', 'RECOMMENDED', 'ACCREDITED',
                                           'CENTRE_OF_EXCELLENCE', 'LAPSED')),
    recommendation       text constraint accreditation_enrolment_recommendation_length
                         check (recommendation in ('ACCREDITED', 'CENTRE_OF_EXCELLENCE')),
    shares_practice      text constraint accreditation_enrolment_shares_practice_length check (char_length(shares_practice) <= 2000),
    joined_on            date not null,
    status_changed_at    timestamptz not null default now(),
    awarded_on           date,
    expires_on           date,
    renewal_reminded_for date,
    unique (area_id, cohort_id, setting_ref),
    constraint accreditation_enrolment_awarded check ((awarded_on is null) = (expires_on is null))
);
create index accreditation_enrolment_setting on accreditation_enrolment (area_id, setting_ref, joined_on desc);
create index accreditation_enrolment_mentor on accreditation_enrolment (area_id, mentor);
create index accreditation_enrolment_expiry on accreditation_enrolment (expires_on) where expires_on is not null;

create table accreditation_rating (
    enrolment_id   bigint not null references accreditation_enrolment (id) on delete cascade,
    area_id        bigint not null,
    criterion_code text not null constraint accreditation_rating_criterion_code_length check (char_length(criterion_code) <= 20),
    rating         text not null constraint accreditation_rating_rating_length check (rating in ('NOT_YET', 'EMERGING', 'ESTABLISHED', 'EMBEDDED')),
    strengths      text constraint accreditation_rating_strengths_length check (char_length(strengths) <= 2000),
    rated_by       text not null constraint accreditation_rating_rated_by_length check (char_length(rated_by) <= 200),
    rated_at       timestamptz not null default now(),
    primary key (enrolment_id, criterion_code)
);

-- Evidence: a file, a link, a note, or a fact Strands holds about the setting. A file's bytes are in
-- accreditation_evidence_file, so that listing evidence never reads them.
create table accreditation_evidence (
    id             bigint generated always as identity primary key,
    area_id        bigint not null,
    enrolment_id   bigint not null references accreditation_enrolment (id) on delete cascade,
    criterion_code text constraint accreditation_evidence_criterion_code_length check (char_length(criterion_code) <= 20),
    kind           text not null constraint accreditation_evidence_kind_length check (kind in ('FILE', 'LINK', 'NOTE', 'FACT')),
    title          text not null constraint accreditation_evidence_title_length check (char_length(title) between 1 and 200),
    link           text constraint accreditation_evidence_link_length check (char_length(link) <= 2000),
    note           text constraint accreditation_evidence_note_length check (char_length(note) <= 5000),
    file_name      text constraint accreditation_evidence_file_name_length check (char_length(file_name) <= 200),
    content_type   text constraint accreditation_evidence_content_type_length check (char_length(content_type) <= 100),
    size_bytes     bigint check (size_bytes >= 0),
    added_by       text not null constraint accreditation_evidence_added_by_length check (char_length(added_by) <= 200),
    added_at       timestamptz not null default now(),
    constraint accreditation_evidence_file_has_name check (kind <> 'FILE' or (file_name is not null and content_type is not null)),
    constraint accreditation_evidence_link_has_link check (kind <> 'LINK' or link is not null)
);
create index accreditation_evidence_enrolment on accreditation_evidence (enrolment_id, added_at);

create table accreditation_evidence_file (
    evidence_id bigint primary key references accreditation_evidence (id) on delete cascade,
    content     bytea not null
);

create table accreditation_action (
    id             bigint generated always as identity primary key,
    area_id        bigint not null,
    enrolment_id   bigint not null references accreditation_enrolment (id) on delete cascade,
    criterion_code text constraint accreditation_action_criterion_code_length check (char_length(criterion_code) <= 20),
    what           text not null constraint accreditation_action_what_length check (char_length(what) between 1 and 1000),
    owner          text not null constraint accreditation_action_owner_length check (char_length(owner) between 1 and 200),
    due_on         date not null,
    done           boolean not null default false,
    updated_by     text not null constraint accreditation_action_updated_by_length check (char_length(updated_by) <= 200),
    updated_at     timestamptz not null default now()
);
create index accreditation_action_enrolment on accreditation_action (enrolment_id, due_on);

-- The mentor's view of each strand.
create table accreditation_strand_review (
    enrolment_id bigint not null references accreditation_enrolment (id) on delete cascade,
    area_id      bigint not null,
    strand       text not null constraint accreditation_strand_review_strand_length
                 check (strand in ('FAMILY_SUPPORT', 'ENVIRONMENT', 'WORKFORCE', 'IDENTIFICATION', 'INTERVENTION')),
    verdict      text not null constraint accreditation_strand_review_verdict_length check (verdict in ('MET', 'MORE_EVIDENCE')),
    comment      text constraint accreditation_strand_review_comment_length check (char_length(comment) <= 2000),
    reviewed_by  text not null constraint accreditation_strand_review_reviewed_by_length check (char_length(reviewed_by) <= 200),
    reviewed_at  timestamptz not null default now(),
    primary key (enrolment_id, strand)
);

-- The conversation between a setting and its mentor (and the panel), by strand or about the whole.
create table accreditation_comment (
    id           bigint generated always as identity primary key,
    area_id      bigint not null,
    enrolment_id bigint not null references accreditation_enrolment (id) on delete cascade,
    strand       text constraint accreditation_comment_strand_length
                 check (strand in ('FAMILY_SUPPORT', 'ENVIRONMENT', 'WORKFORCE', 'IDENTIFICATION', 'INTERVENTION')),
    author       text not null constraint accreditation_comment_author_length check (char_length(author) <= 200),
    body         text not null constraint accreditation_comment_body_length check (char_length(body) between 1 and 2000),
    written_at   timestamptz not null default now()
);
create index accreditation_comment_enrolment on accreditation_comment (enrolment_id, written_at);

-- Every change of status, kept: who, when and why.
create table accreditation_status_change (
    id           bigint generated always as identity primary key,
    area_id      bigint not null,
    enrolment_id bigint not null references accreditation_enrolment (id) on delete cascade,
    from_status  text constraint accreditation_status_change_from_status_length check (char_length(from_status) <= 30),
    to_status    text not null constraint accreditation_status_change_to_status_length check (char_length(to_status) <= 30),
    changed_by   text not null constraint accreditation_status_change_changed_by_length check (char_length(changed_by) <= 200),
    changed_at   timestamptz not null default now(),
    reason       text constraint accreditation_status_change_reason_length check (char_length(reason) <= 2000)
);
create index accreditation_status_change_enrolment on accreditation_status_change (enrolment_id, changed_at);
