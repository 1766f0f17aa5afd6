-- The register of joined organisations as a table of its own: one row per organisation and strategy period,
-- pointing at the organisation's latest formal registration in that period (ties broken by the case's id).
-- Written in the same transaction as the registration (AccessionService -> register.RegisterEntries) and kept
-- in step with the organisation's name and type; the public register (/anslutna, /api/register) pages and
-- counts it instead of searching all cases. No personal data: the contact person stays in accession.
-- Written in the SQL subset that H2 2.x and PostgreSQL 14+ both accept.

create table register_entry (
    -- the case's period (accession.period_code refers to strategy_period); no foreign key here, which in H2
    -- would bring an index on the period alone that H2 prefers to the ordered indexes below
    period_code         varchar(40)  not null,
    organisation_id     bigint       not null references organisation (id),
    accession_id        bigint       not null references accession (id),
    organisation_number varchar(11)  not null,
    -- organisation.name_sort_key (Swedish order), copied so that the name order is an index of this table
    name_sort_key       bytea        not null,
    organisation_type   varchar(40)  not null,
    -- the type's place in Swedish order of its label: Kommun 0, Lärosäte 1, Region 2, Statlig myndighet 3
    type_rank           integer      not null,
    -- the day of registration in Swedish time, as the register shows it
    joined_on           date         not null,
    registered_at       timestamp with time zone not null,
    constraint pk_register_entry primary key (organisation_id, period_code),
    constraint uk_register_entry_accession unique (accession_id)
);

-- One index per order and direction the register offers (name, type, date; ascending, descending), each ending
-- with the tie-breakers (name ascending, organisation number ascending): a page is an index scan with a limit.
create index ix_register_name on register_entry (period_code, name_sort_key, organisation_number);
create index ix_register_name_desc on register_entry (period_code, name_sort_key desc, organisation_number);
create index ix_register_type on register_entry (period_code, type_rank, name_sort_key, organisation_number);
create index ix_register_type_desc on register_entry (period_code, type_rank desc, name_sort_key, organisation_number);
create index ix_register_date on register_entry (period_code, joined_on, name_sort_key, organisation_number);
create index ix_register_date_desc on register_entry (period_code, joined_on desc, name_sort_key, organisation_number);

-- The register as the application read it until now: per organisation and period the newest registration.
-- The day of joining is the day in Swedish time: the session's time zone is Swedish while the rows are copied
-- (in H2, "at time zone" keeps an offset and a cast to date then uses the session's zone; both databases cast a
-- timestamp with time zone to the date in the session's zone), then back to the connection's own.
set time zone 'Europe/Stockholm';
insert into register_entry (period_code, organisation_id, accession_id, organisation_number, name_sort_key,
                            organisation_type, type_rank, joined_on, registered_at)
select a.period_code, a.organisation_id, a.id, o.organisation_number, o.name_sort_key, o.organisation_type,
       case o.organisation_type when 'KOMMUN' then 0 when 'LAROSATE' then 1 when 'REGION' then 2 else 3 end,
       cast(a.registered_at as date), a.registered_at
  from accession a
  join organisation o on o.id = a.organisation_id
 where a.status = 'REGISTERED' and a.registered_at is not null
   and not exists (select 1 from accession b
                    where b.organisation_id = a.organisation_id and b.status = 'REGISTERED'
                      and b.period_code = a.period_code and b.registered_at is not null
                      and (b.registered_at > a.registered_at or (b.registered_at = a.registered_at and b.id > a.id)));
set time zone local;
