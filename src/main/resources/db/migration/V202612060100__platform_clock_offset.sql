-- The demo's clock: how many whole days it runs ahead of the system clock (platform.DemoTime). One row, shared by
-- every node on the database and kept across restarts; only forward, at most ten years; 0 puts it back. Outside the
-- demo the row is never read.
create table platform_clock_offset (
    id          boolean primary key default true constraint platform_clock_offset_one_row check (id),
    offset_days integer not null default 0
                constraint platform_clock_offset_offset_days_range check (offset_days between 0 and 3650),
    changed_at  timestamptz not null default now(),
    changed_by  text constraint platform_clock_offset_changed_by_length check (char_length(changed_by) <= 200)
);
insert into platform_clock_offset (id, offset_days) values (true, 0);
