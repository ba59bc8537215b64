-- Background jobs. db-scheduler's own table (its PostgreSQL DDL for 16.x) holds what is due and who has picked it,
-- with heartbeats so that an execution cut off by a restart is found dead and run again; our job table holds what
-- people see: kind, status, progress, message and where the outcome is.

create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- area_id is null for the system administrator's jobs (national reference data).
create table job (
    id           uuid primary key,
    area_id      bigint references area (id) on delete cascade,
    kind         text not null,
    input        text not null default '',
    status       text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress     smallint not null default 0 check (progress between 0 and 100),
    message      text not null default '',
    result       text,
    result_page  text,
    attempts     int not null default 0,
    created_by   text not null,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    updated_at   timestamptz not null
);
create index job_area on job (area_id, created_at desc);

-- What was wrong with a job's input, row by row (a rejected file), for its errors page and API.
create table job_error (
    job_id    uuid not null references job (id) on delete cascade,
    position  int not null,
    row_number bigint not null,
    field     text not null,
    message   text not null,
    primary key (job_id, position)
);

-- Files a job works on (an uploaded reference data file), kept until the job has finished with them.
create table job_file (
    job_id   uuid primary key references job (id) on delete cascade,
    name     text not null,
    content  bytea not null
);
