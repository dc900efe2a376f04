-- A stop order stands through the correction or demolition order that follows it (Planning Law
-- Arts 64, 68): building before that order's deadline is still building under a stop order.
alter table site add column stop_ordered_on date;

-- Sites restrained today: the day the record first shows the stop order, else (a site registered
-- already stopped) the day it was registered.
update site s
   set stop_ordered_on = coalesce(
         (select min((r.recorded_at at time zone 'Asia/Shanghai')::date)
            from record_entry r
           where r.owner_id = s.id and r.action = 'STATUS_CHANGED' and r.detail::jsonb ->> 'to' = 'STOP_ORDER_ISSUED'),
         case when s.status in ('STOP_ORDER_ISSUED', 'SEALED') then (s.created_at at time zone 'Asia/Shanghai')::date end)
 where s.status in ('STOP_ORDER_ISSUED', 'SEALED', 'CORRECTION_ORDERED', 'DEMOLITION_ORDERED');
