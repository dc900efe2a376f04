-- A demolition order whose deadline passed with the building still standing escalates by itself
-- (Planning Law Art 68): an alarm of its own kind, raised once per order by the service, with no
-- visits behind it. A continued-building alarm still names the two visits it compared.
alter table site_alarm
    add column kind           varchar(24) not null default 'CONTINUED_BUILDING'
        check (kind in ('CONTINUED_BUILDING', 'DEMOLITION_OVERDUE')),
    add column order_deadline date,
    alter column earlier_visit_id drop not null,
    alter column later_visit_id drop not null,
    add constraint site_alarm_kind_shape check (
        kind = 'CONTINUED_BUILDING' and earlier_visit_id is not null and later_visit_id is not null
        or kind = 'DEMOLITION_OVERDUE' and order_deadline is not null);

-- Once per order, however many replicas look.
create unique index site_alarm_overdue_once on site_alarm (site_id, order_deadline) where kind = 'DEMOLITION_OVERDUE';
-- The sweep reads the overdue orders only.
create index site_demolition_due_idx on site (order_deadline) where status = 'DEMOLITION_ORDERED';
