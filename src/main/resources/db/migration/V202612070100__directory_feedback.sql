-- Families' feedback on a published directory entry, left without an account, and the area's answer. What a family
-- wrote is read by the area's curators only: it may hold personal data by mistake, so it is never published as it is.
-- The area publishes its own summary of what families said with what it changed ("you said, we did").
create table directory_feedback (
    id          uuid primary key,
    area_id     bigint not null,
    entry_id    uuid not null references directory_entry (id) on delete cascade,
    helpful     text not null constraint directory_feedback_helpful_length check (helpful in ('YES', 'PARTLY', 'NO')),
    said        text constraint directory_feedback_said_length check (char_length(said) <= 1000),
    created_at  timestamptz not null default now(),
    -- the area's answer: what families said, in the area's words for everyone to read, and what it changed
    public_said text constraint directory_feedback_public_said_length check (char_length(public_said) <= 500),
    answer      text constraint directory_feedback_answer_length check (char_length(answer) <= 2000),
    published   boolean not null default false,
    answered_by text constraint directory_feedback_answered_by_length check (char_length(answered_by) <= 200),
    answered_at timestamptz,
    constraint directory_feedback_published_answer check (not published or (answer is not null and public_said is not null)),
    constraint directory_feedback_answered check ((answer is null) = (answered_at is null))
);
create index directory_feedback_area on directory_feedback (area_id, created_at desc);
create index directory_feedback_entry on directory_feedback (entry_id);
create index directory_feedback_published on directory_feedback (area_id, answered_at desc) where published;
