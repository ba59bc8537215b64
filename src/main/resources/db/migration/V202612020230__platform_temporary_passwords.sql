-- A password an area administrator sets for someone is temporary: they choose their own at their next sign-in.
alter table person add column must_change_password boolean not null default false;
