-- A person's email address: how someone who signs in with OpenID Connect is matched to their Strands account.
-- Optional (accounts made before it have none), at most 320 characters, and one account per address whatever its case.
alter table person add column email text constraint person_email_length check (char_length(email) between 3 and 320);
create unique index person_email_unique on person (lower(email));
