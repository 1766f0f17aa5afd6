-- A contact person's personal data can be erased on request while the register entry stays:
-- the contact columns become nullable and the time of erasure is recorded.
-- (Numbered V3: V2 is reserved for the public submission path on another branch.)
alter table accession alter column contact_name drop not null;
alter table accession alter column contact_title drop not null;
alter table accession alter column contact_email drop not null;
alter table accession alter column contact_phone drop not null;
alter table accession add column contact_erased_at timestamp with time zone;
