-- A site's full-process record (reports, visits, status changes, alarms, evidence, conversion to a
-- case), hash-chained and append-only like a case's; the case a confirmed site became; photos and
-- video of a site visit, uploaded like a case's evidence and carried into the case on conversion.

create table site_record_entry (
    site_id       uuid         not null references site (id),
    seq           integer      not null,
    recorded_at   timestamptz  not null,
    actor_id      uuid,
    actor_name    varchar(64)  not null,
    action        varchar(48)  not null,
    detail        text         not null,
    latitude      double precision,
    longitude     double precision,
    previous_hash varchar(64)  not null,
    hash          varchar(64)  not null,
    primary key (site_id, seq)
);

create function site_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the site record is append-only';
end
$$;
create trigger site_record_no_update before update or delete on site_record_entry
    for each row execute function site_record_append_only();

alter table site add column case_id uuid unique references enforcement_case (id);
alter table site add column construction_cost numeric(14, 2) check (construction_cost >= 0);
-- the site's outline where it was drawn: a JSON ring of [longitude, latitude]; the point stays its reference
alter table site add column outline text;

alter table evidence_upload alter column case_id drop not null;
alter table evidence_upload add column site_visit_id uuid references site_visit (id);
alter table evidence_upload add constraint evidence_upload_owner check (case_id is not null or site_visit_id is not null);
create index evidence_upload_visit_idx on evidence_upload (site_visit_id) where site_visit_id is not null;
