-- How many reasons a refused job input had in all: job_error keeps the first 1,000 of them (RowErrors.KEPT).
alter table job add column error_total bigint not null default 0;
update job j set error_total = (select count(*) from job_error e where e.job_id = j.id);
