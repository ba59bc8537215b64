-- No foreign key across modules: linking refers to platform's areas by id only.
alter table link_therapist drop constraint if exists link_therapist_area_id_fkey;
alter table link_assignment drop constraint if exists link_assignment_area_id_fkey;
alter table link_solve drop constraint if exists link_solve_area_id_fkey;
