-- Cash collected on the spot and its hand-in (APL Arts 68, 71), and the written reminder before
-- compulsory enforcement (催告, Administrative Compulsion Law Art 54). Nothing earlier recorded
-- either, so existing cases keep nulls.
alter table enforcement_case
    add column cash_collected_on  date,
    add column cash_handed_in_on  date,
    add column reminder_served_on date,
    add constraint cash_handed_in_after_collected check (cash_handed_in_on is null or cash_collected_on is not null);
