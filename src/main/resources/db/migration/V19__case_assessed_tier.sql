-- The tier and the no-penalty reason of the assessment pinned on each case, as columns: the
-- discretion oversight counts 从轻, 减轻 and 首违不罚 per town over a year of cases without reading
-- every case's pinned JSON. Filled from that JSON for cases pinned before.
alter table enforcement_case add column assessed_tier varchar(16);
alter table enforcement_case add column no_penalty_reason varchar(32);

update enforcement_case
   set assessed_tier = assessment::jsonb #>> '{assessment,tier}',
       no_penalty_reason = assessment::jsonb #>> '{assessment,noPenaltyReason}'
 where assessment is not null;

create index enforcement_case_decided_idx on enforcement_case (decided_on, place_code) where decided_on is not null;
