-- The kinds of school and setting an area gives a link therapist. No row: the defaults (state-funded schools,
-- special schools, alternative provision, nurseries, family hubs and children's centres). The area is referred
-- to by id only: linking keeps no foreign key into another module's tables.

create table link_setting_kinds (
    area_id    bigint primary key,
    kinds      text[] not null check (cardinality(kinds) > 0),
    chosen_by  text not null,
    chosen_at  timestamptz not null
);
