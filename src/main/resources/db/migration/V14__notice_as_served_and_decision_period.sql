-- The notice as the party received it (APL Arts 44, 45, 63, 64) and the decision period's
-- extension (Art 60). A decision may not go beyond the notice in amount or type, is not made
-- while the party's windows are open, and needs the hearing right in the notice where the
-- penalty reaches a hearing.
alter table enforcement_case
    add column proposed_confiscated_value numeric(14, 2) check (proposed_confiscated_value >= 0),
    add column noticed_types              text[],
    add column noticed_confiscated_value  numeric(14, 2) check (noticed_confiscated_value >= 0),
    add column notice_served_on           date,
    add column hearing_offered            boolean not null default false,
    add column decision_extended_to       date;

-- Notices given before this migration were served on the day they were recorded. Until the
-- decision the proposal could not change after the notice, so an undecided case's proposal is what
-- was notified. A hearing was offered where the party asked for one (the request was accepted only
-- for a penalty in the hearing range); otherwise it was not recorded: false, so a decision that
-- reaches a hearing asks for a new notice rather than assume the right was given.
update enforcement_case
   set notice_served_on = notified_on,
       noticed_types = coalesce(proposed_types, '{}'),
       hearing_offered = hearing_requested_on is not null
 where notified_on is not null;
