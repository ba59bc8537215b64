-- Each area's planning model for need, and every change to it.
create table need_model (
    area_id                 bigint primary key,
    targeted_rate           numeric(6,4) not null check (targeted_rate between 0 and 1),
    deprivation_multiplier  numeric(6,3) not null check (deprivation_multiplier >= 1),
    specialist_rate         numeric(6,4) not null check (specialist_rate between 0 and 1),
    specialist_weight       numeric(6,2) not null check (specialist_weight >= 0),
    updated_by              text not null,
    updated_at              timestamptz not null
);

create table need_model_change (
    id          bigint generated always as identity primary key,
    area_id     bigint not null,
    changed_by  text not null,
    changed_at  timestamptz not null,
    parameters  jsonb not null
);
create index need_model_change_area on need_model_change (area_id, changed_at);
