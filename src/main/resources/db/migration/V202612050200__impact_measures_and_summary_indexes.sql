-- The measures an area has chosen for each outcome cell, kept with their history: a removed measure keeps who
-- removed it and when.
create table impact_measure (
    id            bigint generated always as identity primary key,
    area_id       bigint not null,
    outcome_code  text not null constraint impact_measure_outcome_code_length check (char_length(outcome_code) <= 200),
    measure       text not null constraint impact_measure_measure_length check (char_length(measure) <= 200),
    chosen_by     text not null constraint impact_measure_chosen_by_length check (char_length(chosen_by) <= 200),
    chosen_at     timestamptz not null,
    removed_by    text constraint impact_measure_removed_by_length check (char_length(removed_by) <= 200),
    removed_at    timestamptz,
    constraint impact_measure_outcome_known check (outcome_code ~ '^(FS|EE|WW|ID|IN)[123]$'),
    constraint impact_measure_removed_with_who check ((removed_at is null) = (removed_by is null))
);
create index impact_measure_area on impact_measure (area_id, outcome_code) where removed_at is null;

-- The cells with impact evidence (a scored goal, or a rating at the start and later) read from a small index of the
-- journeys that have any, instead of every journey of the area, whenever the provision map is drawn.
create index journey_summary_evidence on journey_summary (area_id) include (outcome_codes)
    where goals_scored > 0 or (impairment_first is not null and impairment_latest is not null)
       or (activity_first is not null and activity_latest is not null)
       or (participation_first is not null and participation_latest is not null)
       or (wellbeing_first is not null and wellbeing_latest is not null)
       or (carer_wellbeing_first is not null and carer_wellbeing_latest is not null);

-- The children with more than one journey in a period, whom the report counts once, found without reading every
-- journey's row; and their journeys found by child.
create index journey_summary_child on journey_summary (area_id, child_id) include (started_on, discharged_on);
