-- The day a case was sent to legal review (APL Art 58), so the statistics can show how long reviews take.
-- Cases sent before this column existed take the day of their last "sent to legal review" record entry
-- (its time in the legal zone).
alter table enforcement_case add column legal_review_requested_on date;

update enforcement_case c
   set legal_review_requested_on = (select max((r.recorded_at at time zone 'Asia/Shanghai')::date)
                                      from record_entry r
                                     where r.owner_id = c.id and r.owner_kind = 'CASE' and r.action = 'STEP_LEGAL_REVIEW')
 where c.legal_review_required;
