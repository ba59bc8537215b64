-- Requests for support by every route, their milestones and appointments, the statutory clocks, and the area's
-- service standard for therapy named in a plan. No family's name or contact details: a child is known here by a
-- pseudonymous reference at most. Dates in the future are refused by the application (a CHECK cannot read the day).

create table support_request (
    id                     bigint generated always as identity primary key,
    area_id                bigint not null,
    route                  text not null check (route in ('EASY_ACCESS', 'LINK_THERAPIST', 'ADVICE_LINE', 'PROFESSIONAL', 'REFERRAL')),
    received_on            date not null,
    locality               text constraint support_request_locality_length check (char_length(locality) <= 200),
    child_ref              text constraint support_request_child_ref_length check (char_length(child_ref) <= 200),
    contact_id             bigint references access_contact (id),
    first_advice_on        date,
    assessment_on          date,
    intervention_start_on  date,
    -- WAITING until the intervention starts, IN_PROGRESS from then, CLOSED when closed (waiting or not)
    status                 text not null default 'WAITING' check (status in ('WAITING', 'IN_PROGRESS', 'CLOSED')),
    closed_on              date,
    close_reason           text constraint support_request_close_reason_length check (char_length(close_reason) <= 5000),
    recorded_by            text not null constraint support_request_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at            timestamptz not null default now(),
    changed_by             text constraint support_request_changed_by_length check (char_length(changed_by) <= 200),
    changed_at             timestamptz,
    constraint support_request_first_advice_in_order check (first_advice_on >= received_on),
    constraint support_request_assessment_in_order check (assessment_on >= received_on),
    constraint support_request_intervention_in_order check (intervention_start_on >= received_on),
    constraint support_request_closed_in_order check (closed_on >= received_on),
    constraint support_request_closed_has_day check ((status = 'CLOSED') = (closed_on is not null)),
    constraint support_request_waiting_until_started check (status <> 'WAITING' or intervention_start_on is null),
    constraint support_request_in_progress_started check (status <> 'IN_PROGRESS' or intervention_start_on is not null)
);
-- the waiting times report reads a period of an area's requests from this index alone (index-only scan)
create index support_request_report on support_request (area_id, received_on)
    include (route, locality, first_advice_on, intervention_start_on);
-- the waiting list and its bands: only the requests still waiting
create index support_request_waiting on support_request (area_id, received_on) include (route, locality) where status = 'WAITING';
create index support_request_contact on support_request (contact_id);

create table support_appointment (
    id          bigint generated always as identity primary key,
    request_id  bigint not null references support_request (id) on delete cascade,
    on_date     date not null,
    attendance  text not null check (attendance in ('ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED_BY_FAMILY', 'CANCELLED_BY_SERVICE')),
    note        text constraint support_appointment_note_length check (char_length(note) <= 10000),
    recorded_by text not null constraint support_appointment_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at timestamptz not null default now()
);
create index support_appointment_request on support_appointment (request_id, on_date);

-- EHC_ADVICE: therapy advice for an EHC needs assessment, due 6 weeks after the request for advice (SEND Regulations
-- 2014, reg. 8). PLAN_THERAPY: therapy named in a final EHC plan, due to start within the area's standard of the plan's
-- issue. An exception (the regulations' exceptions, a missed appointment among them) stops the clock counting as missed.
create table statutory_clock (
    id                bigint generated always as identity primary key,
    area_id           bigint not null,
    kind              text not null check (kind in ('EHC_ADVICE', 'PLAN_THERAPY')),
    child_ref         text not null constraint statutory_clock_child_ref_length check (char_length(child_ref) <= 200),
    request_id        bigint references support_request (id),
    started_on        date not null,
    due_on            date not null,
    met_on            date,
    exception_reason  text constraint statutory_clock_exception_reason_length check (char_length(exception_reason) <= 5000),
    recorded_by       text not null constraint statutory_clock_recorded_by_length check (char_length(recorded_by) <= 200),
    recorded_at       timestamptz not null default now(),
    changed_by        text constraint statutory_clock_changed_by_length check (char_length(changed_by) <= 200),
    changed_at        timestamptz,
    constraint statutory_clock_due_after_start check (due_on > started_on),
    constraint statutory_clock_met_after_start check (met_on >= started_on)
);
create index statutory_clock_due on statutory_clock (area_id, due_on);

-- The area's service standards for easy access; one row per area, the defaults apply without one.
create table access_setting (
    area_id             bigint primary key,
    plan_therapy_weeks  integer not null check (plan_therapy_weeks between 1 and 52),
    changed_by          text not null constraint access_setting_changed_by_length check (char_length(changed_by) <= 200),
    changed_at          timestamptz not null default now()
);
