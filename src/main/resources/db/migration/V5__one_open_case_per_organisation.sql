-- At most one open case (SUBMITTED, UNDER_REVIEW, COMPLETION_REQUESTED, APPROVED) per organisation,
-- held by the database: open_organisation_id is the organisation's id while the case is open and NULL
-- once it is closed; NULLs do not collide in a unique index (H2 and PostgreSQL alike).
alter table accession add column open_organisation_id bigint;

-- Existing data: only the newest open case of each organisation takes the slot, so the index can be
-- created even where an earlier version let two open cases exist (the older one stays open, unguarded).
update accession a set open_organisation_id = a.organisation_id
 where a.status in ('SUBMITTED', 'UNDER_REVIEW', 'COMPLETION_REQUESTED', 'APPROVED')
   and a.id = (select max(b.id) from accession b
                where b.organisation_id = a.organisation_id
                  and b.status in ('SUBMITTED', 'UNDER_REVIEW', 'COMPLETION_REQUESTED', 'APPROVED'));

create unique index ux_accession_open_organisation on accession (open_organisation_id);
