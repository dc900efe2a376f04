-- 听证通知 (APL Art 64): the party is told the time and place of the hearing at least seven working
-- days ahead. A hearing held before this migration was entered without it; the columns stay empty.
alter table enforcement_case
    add column hearing_noticed_on   date,
    add column hearing_scheduled_on date,
    add constraint hearing_scheduled_after_notice check (hearing_scheduled_on is null or hearing_scheduled_on > hearing_noticed_on);
