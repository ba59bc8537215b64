-- What a family said some weeks after an easy-access contact that no journey started from, published with the contact
-- (as journey_summary publishes a journey's): the impact report counts these families' satisfaction and change too.
alter table journey_contact add column family_satisfaction numeric(4, 3) check (family_satisfaction between 0 and 1);
alter table journey_contact add column family_change numeric(4, 3) check (family_change between 0 and 1);
