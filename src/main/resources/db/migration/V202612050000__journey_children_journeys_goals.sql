-- Children's support journeys: the minimum a service needs to know about a child, the support planned across levels,
-- functional goals scored at reviews, ratings of function, the family's answers, and discharge. A child is known by a
-- generated pseudonymous reference; the NHS number and the family's contact details are sealed (AES-256-GCM, the same
-- key as access's families). No foreign key leaves the module (ADR 6): contacts, requests, offers and settings are
-- referred to by id or ref.

create table journey_child (
    id                  bigint generated always as identity primary key,
    area_id             bigint not null,
    ref                 text not null constraint journey_child_ref_length check (char_length(ref) <= 200),
    nhs_number          bytea check (octet_length(nhs_number) <= 200),
    -- the first of the month of birth: month and year only
    born_month          date not null check (extract(day from born_month) = 1),
    small_area          text constraint journey_child_small_area_length check (char_length(small_area) <= 200),
    -- 1 (most deprived fifth) to 5, from the small area's index of multiple deprivation when recorded
    imd_quintile        smallint check (imd_quintile between 1 and 5),
    setting_ref         text constraint journey_child_setting_ref_length check (char_length(setting_ref) <= 200),
    locality            text constraint journey_child_locality_length check (char_length(locality) <= 200),
    languages           text[] not null default '{}' check (cardinality(languages) <= 10),
    interpreter_needed  boolean not null default false,
    sex                 text constraint journey_child_sex_length check (char_length(sex) <= 200),
    ethnicity           text constraint journey_child_ethnicity_length check (char_length(ethnicity) <= 200),
    family_contact      bytea check (octet_length(family_contact) <= 4000),
    created_by          text not null constraint journey_child_created_by_length check (char_length(created_by) <= 200),
    created_at          timestamptz not null default now(),
    changed_by          text constraint journey_child_changed_by_length check (char_length(changed_by) <= 200),
    changed_at          timestamptz,
    constraint journey_child_ref_unique unique (area_id, ref)
);
create index journey_child_setting on journey_child (area_id, setting_ref);

-- Consents as history: the latest row for a purpose is the one that holds.
create table journey_consent (
    id           bigint generated always as identity primary key,
    area_id      bigint not null,
    child_id     bigint not null references journey_child (id),
    purpose      text not null constraint journey_consent_purpose_length check (char_length(purpose) <= 200),
    given        boolean not null,
    channel      text constraint journey_consent_channel_length check (char_length(channel) <= 200),
    words_shown  text constraint journey_consent_words_shown_length check (char_length(words_shown) <= 5000),
    recorded_by  text not null constraint journey_consent_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at  timestamptz not null default now()
);
create index journey_consent_child on journey_consent (child_id, purpose, recorded_at);

-- A child's journey: from a contact, a request or by hand, to discharge. One open journey per child at a time.
create table journey_journey (
    id                bigint generated always as identity primary key,
    area_id           bigint not null,
    child_id          bigint not null references journey_child (id),
    started_on        date not null,
    source            text not null constraint journey_journey_source_length check (char_length(source) <= 200),
    contact_id        bigint,
    request_id        bigint,
    -- the practitioner whose caseload it is on (a username)
    lead              text not null constraint journey_journey_lead_length check (char_length(lead) <= 200),
    discharged_on     date,
    discharge_reason  text constraint journey_journey_discharge_reason_length check (char_length(discharge_reason) <= 200),
    discharge_note    text constraint journey_journey_discharge_note_length check (char_length(discharge_note) <= 10000),
    created_by        text not null constraint journey_journey_created_by_length check (char_length(created_by) <= 200),
    created_at        timestamptz not null default now(),
    constraint journey_journey_source_known check (source in ('CONTACT', 'REQUEST', 'BY_HAND')),
    constraint journey_journey_discharge_reason_known check (discharge_reason in
        ('GOALS_MET', 'EQUIPPED_TO_CARRY_ON', 'NO_FURTHER_PROGRESS', 'MOVED_AWAY', 'DECLINED')),
    constraint journey_journey_discharged_with_reason check ((discharged_on is null) = (discharge_reason is null)),
    constraint journey_journey_discharged_in_order check (discharged_on >= started_on)
);
create unique index journey_journey_one_open on journey_journey (child_id) where discharged_on is null;
create index journey_journey_child on journey_journey (child_id, started_on);
create index journey_journey_lead on journey_journey (area_id, lead);

-- The support plan: a menu of items at any level at once, offers from the provision map or one-off items.
create table journey_plan_item (
    id            bigint generated always as identity primary key,
    area_id       bigint not null,
    journey_id    bigint not null references journey_journey (id),
    offer_id      bigint,
    -- the outcome cell (FS1 … IN3): its strand and level
    outcome_code  text not null constraint journey_plan_item_outcome_code_length check (char_length(outcome_code) <= 200),
    title         text not null constraint journey_plan_item_title_length check (char_length(title) <= 200),
    delivered_by  text not null constraint journey_plan_item_delivered_by_length check (char_length(delivered_by) <= 200),
    direction     text not null constraint journey_plan_item_direction_length check (char_length(direction) <= 200),
    starts_on     date not null,
    ends_on       date,
    hours         numeric(7, 2) check (hours >= 0),
    sessions      integer check (sessions >= 0),
    cost          numeric(12, 2) check (cost >= 0),
    created_by    text not null constraint journey_plan_item_created_by_length check (char_length(created_by) <= 200),
    created_at    timestamptz not null default now(),
    constraint journey_plan_item_outcome_known check (outcome_code ~ '^(FS|EE|WW|ID|IN)[123]$'),
    constraint journey_plan_item_delivered_by_known check (delivered_by in ('THERAPIST', 'ASSISTANT', 'SCHOOL_STAFF', 'FAMILY')),
    constraint journey_plan_item_direction_known check (direction in ('IMPROVE', 'SUSTAIN', 'MANAGE_DECLINE')),
    constraint journey_plan_item_in_order check (ends_on >= starts_on)
);
create index journey_plan_item_journey on journey_plan_item (journey_id);

-- Functional goals, scored by goal attainment scaling (−2 … +2, 0 the expected outcome).
create table journey_goal (
    id            bigint generated always as identity primary key,
    area_id       bigint not null,
    journey_id    bigint not null references journey_journey (id),
    plan_item_id  bigint references journey_plan_item (id),
    goal          text not null constraint journey_goal_goal_length check (char_length(goal) <= 5000),
    icf_domain    text not null constraint journey_goal_icf_domain_length check (char_length(icf_domain) <= 200),
    much_less     text not null constraint journey_goal_much_less_length check (char_length(much_less) <= 5000),
    less          text not null constraint journey_goal_less_length check (char_length(less) <= 5000),
    expected      text not null constraint journey_goal_expected_length check (char_length(expected) <= 5000),
    more          text not null constraint journey_goal_more_length check (char_length(more) <= 5000),
    much_more     text not null constraint journey_goal_much_more_length check (char_length(much_more) <= 5000),
    weight        numeric(4, 1) not null default 1 check (weight > 0 and weight <= 100),
    baseline      smallint not null check (baseline in (-2, -1)),
    set_on        date not null,
    created_by    text not null constraint journey_goal_created_by_length check (char_length(created_by) <= 200),
    created_at    timestamptz not null default now(),
    constraint journey_goal_icf_domain_known check (icf_domain in ('IMPAIRMENT', 'ACTIVITY', 'PARTICIPATION', 'WELLBEING'))
);
create index journey_goal_journey on journey_goal (journey_id);

-- A review scores every goal set by its day; its T-score is stored as worked out when it was saved.
create table journey_review (
    id           bigint generated always as identity primary key,
    area_id      bigint not null,
    journey_id   bigint not null references journey_journey (id),
    reviewed_on  date not null,
    at_discharge boolean not null default false,
    t_score      numeric(6, 2) not null,
    note         text constraint journey_review_note_length check (char_length(note) <= 10000),
    recorded_by  text not null constraint journey_review_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at  timestamptz not null default now()
);
create index journey_review_journey on journey_review (journey_id, reviewed_on);

create table journey_goal_score (
    review_id  bigint not null references journey_review (id),
    goal_id    bigint not null references journey_goal (id),
    area_id    bigint not null,
    score      smallint not null check (score between -2 and 2),
    primary key (review_id, goal_id)
);
create index journey_goal_score_goal on journey_goal_score (goal_id);

-- Ratings of function, 0 (most severe) to 5 (no difficulty) in half points.
create table journey_rating (
    id          bigint generated always as identity primary key,
    area_id     bigint not null,
    journey_id  bigint not null references journey_journey (id),
    rated_on    date not null,
    occasion    text not null constraint journey_rating_occasion_length check (char_length(occasion) <= 200),
    domain      text not null constraint journey_rating_domain_length check (char_length(domain) <= 200),
    score       numeric(2, 1) not null check (score between 0 and 5 and score * 2 = trunc(score * 2)),
    recorded_by text not null constraint journey_rating_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at timestamptz not null default now(),
    constraint journey_rating_occasion_known check (occasion in ('START', 'REVIEW', 'DISCHARGE')),
    constraint journey_rating_domain_known check (domain in ('IMPAIRMENT', 'ACTIVITY', 'PARTICIPATION', 'WELLBEING', 'CARER_WELLBEING'))
);
create index journey_rating_journey on journey_rating (journey_id, domain, rated_on);

-- Descriptors an area has loaded for the rating scale (licensed ones, for example); without them the shipped generic
-- descriptors apply.
create table journey_rating_descriptor (
    area_id     bigint not null,
    domain      text not null constraint journey_rating_descriptor_domain_length check (char_length(domain) <= 200),
    score       numeric(2, 1) not null check (score between 0 and 5 and score * 2 = trunc(score * 2)),
    words       text not null constraint journey_rating_descriptor_words_length check (char_length(words) <= 5000),
    source      text not null constraint journey_rating_descriptor_source_length check (char_length(source) <= 200),
    loaded_by   text not null constraint journey_rating_descriptor_loaded_by_length check (char_length(loaded_by) <= 200),
    loaded_at   timestamptz not null default now(),
    primary key (area_id, domain, score)
);

-- Questionnaires as data. area_id null is the shipped default; an area may add its own.
create table journey_questionnaire (
    id          bigint generated always as identity primary key,
    area_id     bigint,
    key         text not null constraint journey_questionnaire_key_length check (char_length(key) <= 200),
    title       text not null constraint journey_questionnaire_title_length check (char_length(title) <= 200),
    created_at  timestamptz not null default now()
);
create unique index journey_questionnaire_key on journey_questionnaire (coalesce(area_id, 0), key);

create table journey_question (
    id                bigint generated always as identity primary key,
    questionnaire_id  bigint not null references journey_questionnaire (id),
    part              smallint not null check (part in (1, 2)),
    position          smallint not null,
    key               text not null constraint journey_question_key_length check (char_length(key) <= 200),
    wording           text not null constraint journey_question_wording_length check (char_length(wording) <= 2000),
    -- SCALE: one of the labels, stored as its position from 1; TEXT: free words
    kind              text not null constraint journey_question_kind_length check (char_length(kind) <= 200),
    scale             text[] not null default '{}' check (cardinality(scale) <= 11),
    -- what the question tells the impact report: SATISFACTION, CHANGE, or null for neither
    measures          text constraint journey_question_measures_length check (char_length(measures) <= 200),
    constraint journey_question_kind_known check (kind in ('SCALE', 'TEXT')),
    constraint journey_question_unique unique (questionnaire_id, part, key)
);

-- One family's answers to one part, kept with the journey or with the contact they came from.
create table journey_answer_set (
    id                bigint generated always as identity primary key,
    area_id           bigint not null,
    questionnaire_id  bigint not null references journey_questionnaire (id),
    part              smallint not null check (part in (1, 2)),
    journey_id        bigint references journey_journey (id),
    contact_id        bigint,
    answered_on       date not null,
    -- who typed it in with the family, or null when the family answered on their own page
    entered_by        text constraint journey_answer_set_entered_by_length check (char_length(entered_by) <= 200),
    recorded_at       timestamptz not null default now(),
    constraint journey_answer_set_belongs check (journey_id is not null or contact_id is not null)
);
create index journey_answer_set_journey on journey_answer_set (journey_id);
create index journey_answer_set_contact on journey_answer_set (area_id, contact_id);

create table journey_answer (
    answer_set_id  bigint not null references journey_answer_set (id),
    question_id    bigint not null references journey_question (id),
    scale_value    smallint check (scale_value between 1 and 11),
    text_value     text constraint journey_answer_text_value_length check (char_length(text_value) <= 5000),
    primary key (answer_set_id, question_id),
    constraint journey_answer_one_value check ((scale_value is null) <> (text_value is null))
);

-- A link a family opens to answer a part on their own, without an account. Only the token's SHA-256 is kept; the
-- link is spent when the family submits, not when it is opened.
create table journey_answer_link (
    token_hash        bytea primary key check (octet_length(token_hash) = 32),
    area_id           bigint not null,
    questionnaire_id  bigint not null references journey_questionnaire (id),
    part              smallint not null check (part in (1, 2)),
    journey_id        bigint references journey_journey (id),
    contact_id        bigint,
    expires_at        timestamptz not null,
    used_at           timestamptz,
    created_by        text not null constraint journey_answer_link_created_by_length check (char_length(created_by) <= 200),
    created_at        timestamptz not null default now(),
    constraint journey_answer_link_belongs check (journey_id is not null or contact_id is not null)
);

-- Contacts recorded by access, as its ContactRecorded events told them: a journey may start from one, and the impact
-- report counts the families and settings reached by easy access.
create table journey_contact (
    contact_id       bigint primary key,
    area_id          bigint not null,
    contact_on       date not null,
    route            text not null constraint journey_contact_route_length check (char_length(route) <= 200),
    child_age_years  integer,
    setting_ref      text constraint journey_contact_setting_ref_length check (char_length(setting_ref) <= 200),
    locality         text constraint journey_contact_locality_length check (char_length(locality) <= 200),
    offer_ids        bigint[] not null default '{}' check (cardinality(offer_ids) <= 50),
    follow_up_opt_in boolean not null,
    recorded_by      text not null constraint journey_contact_recorded_by_length check (char_length(recorded_by) <= 200)
);
create index journey_contact_area on journey_contact (area_id, contact_on);

-- One row per journey with everything the impact report groups and measures, kept up to date by the journey module
-- in the same transaction as each change, so that the area's report reads 200,000 rows instead of millions. It is
-- the journey module's published read model: the impact module reads it and nothing else of journey's.
create table journey_summary (
    journey_id         bigint primary key references journey_journey (id),
    area_id            bigint not null,
    child_id           bigint not null,
    started_on         date not null,
    discharged_on      date,
    discharge_reason   text constraint journey_summary_discharge_reason_length check (char_length(discharge_reason) <= 200),
    setting_ref        text constraint journey_summary_setting_ref_length check (char_length(setting_ref) <= 200),
    locality           text constraint journey_summary_locality_length check (char_length(locality) <= 200),
    imd_quintile       smallint,
    sex                text constraint journey_summary_sex_length check (char_length(sex) <= 200),
    ethnicity          text constraint journey_summary_ethnicity_length check (char_length(ethnicity) <= 200),
    -- the first language recorded, or null
    language           text constraint journey_summary_language_length check (char_length(language) <= 200),
    from_contact       boolean not null,
    outcome_codes      text[] not null default '{}' check (cardinality(outcome_codes) <= 15),
    offer_ids          bigint[] not null default '{}' check (cardinality(offer_ids) <= 1000),
    directions         text[] not null default '{}' check (cardinality(directions) <= 3),
    hours              numeric(12, 2) not null default 0,
    sessions           integer not null default 0,
    cost               numeric(14, 2) not null default 0,
    goals              integer not null default 0,
    -- goals whose latest score is 0 or more (met or exceeded), of those scored at least once
    goals_scored       integer not null default 0,
    goals_met          integer not null default 0,
    first_t            numeric(6, 2),
    latest_t           numeric(6, 2),
    discharge_t        numeric(6, 2),
    -- the first and the latest rating in each domain
    impairment_first        numeric(2, 1),
    impairment_latest       numeric(2, 1),
    activity_first          numeric(2, 1),
    activity_latest         numeric(2, 1),
    participation_first     numeric(2, 1),
    participation_latest    numeric(2, 1),
    wellbeing_first         numeric(2, 1),
    wellbeing_latest        numeric(2, 1),
    carer_wellbeing_first   numeric(2, 1),
    carer_wellbeing_latest  numeric(2, 1),
    -- the family's latest answers to the questions that measure satisfaction and change, as a share of the scale
    -- from 0 (the lowest label) to 1 (the highest)
    family_satisfaction  numeric(4, 3),
    family_change        numeric(4, 3)
);
create index journey_summary_area on journey_summary (area_id, started_on);
