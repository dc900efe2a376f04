-- Evidence (证据) belongs to owners that features register (a case, a patrol's site visit), not to
-- a pair of nullable columns, one per feature. Each upload names the owner it was uploaded for,
-- whose visibility guards it; evidence_owner lists every owner a file belongs to: that one, and any
-- it was shared with later (a visit's photos are also the evidence of the case its site became).

alter table evidence_upload add column owner_kind varchar(32);
alter table evidence_upload add column owner_id uuid;
update evidence_upload
set owner_kind = case when site_visit_id is not null then 'SITE_VISIT' else 'CASE' end,
    owner_id = coalesce(site_visit_id, case_id);
alter table evidence_upload alter column owner_kind set not null;
alter table evidence_upload alter column owner_id set not null;

create table evidence_owner (
    owner_kind  varchar(32) not null,
    owner_id    uuid        not null,
    evidence_id uuid        not null references evidence_upload (id),
    linked_at   timestamptz not null,
    primary key (owner_kind, owner_id, evidence_id)
);
create index evidence_owner_evidence_idx on evidence_owner (evidence_id);

insert into evidence_owner (owner_kind, owner_id, evidence_id, linked_at)
select owner_kind, owner_id, id, created_at from evidence_upload;
-- a visit's photo that became a case's evidence
insert into evidence_owner (owner_kind, owner_id, evidence_id, linked_at)
select 'CASE', case_id, id, created_at from evidence_upload where site_visit_id is not null and case_id is not null;

alter table evidence_upload drop constraint evidence_upload_owner;
alter table evidence_upload drop column case_id;
alter table evidence_upload drop column site_visit_id;
