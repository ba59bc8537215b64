-- A practitioner's account linked to a therapist of the link team: the practitioner then sees "my settings" (the
-- therapist's links) and "my sessions". One account per therapist and one therapist per account in an area.
create table link_therapist_account (
    therapist_id  bigint primary key references link_therapist (id) on delete cascade,
    area_id       bigint not null,
    username      text not null constraint link_therapist_account_username_length check (char_length(username) <= 200),
    linked_by     text not null constraint link_therapist_account_linked_by_length check (char_length(linked_by) <= 200),
    linked_at     timestamptz not null default now(),
    unique (area_id, username)
);
