-- An offer can be withdrawn: kept with its history, no longer provision.
alter table offer drop constraint offer_status_check;
alter table offer add constraint offer_status_check check (status in ('CURRENT','PLANNED','DECOMMISSIONED','WITHDRAWN'));
