-- Discretion oversight at city scale: a city's year is some 60,000 decided cases and twice as many
-- officer links, too many to count on every page view. These tallies keep the counts per month, town and
-- violation (and per month, town and officer); the page reads whole months from them and only the days
-- at the edges of the period from the cases. Triggers keep them, so no write path can forget to.

-- What one decided case adds to the tallies. The one definition of a deviation, a lighter outcome and the
-- place of a fine in its range: the triggers and the page's edge days both use it.
create type oversight_counts as (
    month            date,
    place_code       varchar(12),
    violation_code   varchar(64),
    decided          integer,
    with_fine        integer,
    deviations       integer,
    first_violation  integer,
    lighter          integer,
    mitigated        integer,
    no_penalty       integer,
    below_range      integer,
    fifth_1          integer,
    fifth_2          integer,
    fifth_3          integer,
    fifth_4          integer,
    fifth_5          integer,
    above_range      integer
);

create function oversight_counts(c enforcement_case) returns oversight_counts
language plpgsql immutable as $$
declare
    r oversight_counts;
    ranged boolean := c.decided_fine is not null and c.assessed_min is not null;
    place_in_range integer;
begin
    r.month := date_trunc('month', c.decided_on)::date;
    r.place_code := c.place_code;
    r.violation_code := c.violation_code;
    r.decided := 1;
    r.with_fine := (c.decided_fine is not null)::integer;
    r.deviations := (ranged and (c.decided_fine < c.assessed_min or c.decided_fine > c.assessed_max))::integer;
    r.first_violation := (c.decided_types is null and c.no_penalty_reason is not distinct from 'FIRST_VIOLATION')::integer;
    r.lighter := (c.decided_types is not null and c.assessed_tier is not distinct from 'LIGHTER')::integer;
    r.mitigated := (c.decided_types is not null and c.assessed_tier is not distinct from 'MITIGATED')::integer;
    r.no_penalty := (c.decided_types is null)::integer;
    place_in_range := case when not ranged then null
                     when c.decided_fine < c.assessed_min then -1
                     when c.decided_fine > c.assessed_max then 5
                     when c.assessed_max = c.assessed_min then 2
                     else least(4, floor((c.decided_fine - c.assessed_min) * 5 / (c.assessed_max - c.assessed_min)))::integer end;
    r.below_range := (place_in_range is not distinct from -1)::integer;
    r.fifth_1 := (place_in_range is not distinct from 0)::integer;
    r.fifth_2 := (place_in_range is not distinct from 1)::integer;
    r.fifth_3 := (place_in_range is not distinct from 2)::integer;
    r.fifth_4 := (place_in_range is not distinct from 3)::integer;
    r.fifth_5 := (place_in_range is not distinct from 4)::integer;
    r.above_range := (place_in_range is not distinct from 5)::integer;
    return r;
end $$;

create table oversight_tally (
    month            date        not null,
    place_code       varchar(12) not null,
    violation_code   varchar(64) not null,
    decided          bigint      not null,
    with_fine        bigint      not null,
    deviations       bigint      not null,
    first_violation  bigint      not null,
    lighter          bigint      not null,
    mitigated        bigint      not null,
    no_penalty       bigint      not null,
    below_range      bigint      not null,
    fifth_1          bigint      not null,
    fifth_2          bigint      not null,
    fifth_3          bigint      not null,
    fifth_4          bigint      not null,
    fifth_5          bigint      not null,
    above_range      bigint      not null,
    primary key (month, place_code, violation_code)
);

create table oversight_officer_tally (
    month       date        not null,
    place_code  varchar(12) not null,
    officer_id  uuid        not null,
    decided     bigint      not null,
    deviations  bigint      not null,
    primary key (month, place_code, officer_id)
);

-- Adds (sign 1) or takes away (sign -1) one case's counts.
create function oversight_tally_add(k oversight_counts, sign integer) returns void
language sql as $$
    insert into oversight_tally as t (month, place_code, violation_code, decided, with_fine, deviations, first_violation, lighter,
                                      mitigated, no_penalty, below_range, fifth_1, fifth_2, fifth_3, fifth_4, fifth_5, above_range)
    values (k.month, k.place_code, k.violation_code, sign * k.decided, sign * k.with_fine, sign * k.deviations,
            sign * k.first_violation, sign * k.lighter, sign * k.mitigated, sign * k.no_penalty, sign * k.below_range,
            sign * k.fifth_1, sign * k.fifth_2, sign * k.fifth_3, sign * k.fifth_4, sign * k.fifth_5, sign * k.above_range)
    on conflict (month, place_code, violation_code) do update set
        decided = t.decided + excluded.decided, with_fine = t.with_fine + excluded.with_fine,
        deviations = t.deviations + excluded.deviations, first_violation = t.first_violation + excluded.first_violation,
        lighter = t.lighter + excluded.lighter, mitigated = t.mitigated + excluded.mitigated,
        no_penalty = t.no_penalty + excluded.no_penalty, below_range = t.below_range + excluded.below_range,
        fifth_1 = t.fifth_1 + excluded.fifth_1, fifth_2 = t.fifth_2 + excluded.fifth_2, fifth_3 = t.fifth_3 + excluded.fifth_3,
        fifth_4 = t.fifth_4 + excluded.fifth_4, fifth_5 = t.fifth_5 + excluded.fifth_5, above_range = t.above_range + excluded.above_range;
$$;

create function oversight_officer_tally_add(k oversight_counts, officer uuid, sign integer) returns void
language sql as $$
    insert into oversight_officer_tally as t (month, place_code, officer_id, decided, deviations)
    values (k.month, k.place_code, officer, sign, sign * k.deviations)
    on conflict (month, place_code, officer_id) do update set
        decided = t.decided + excluded.decided, deviations = t.deviations + excluded.deviations;
$$;

-- A case's counts go in when it is decided and move when a counted column changes; its officers count with it.
create function oversight_case_changed() returns trigger
language plpgsql as $$
declare
    link record;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.decided_on is not null then
        perform oversight_tally_add(oversight_counts(old), -1);
        for link in select officer_id from case_officer where case_id = old.id order by officer_id loop
            perform oversight_officer_tally_add(oversight_counts(old), link.officer_id, -1);
        end loop;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.decided_on is not null then
        perform oversight_tally_add(oversight_counts(new), 1);
        for link in select officer_id from case_officer where case_id = new.id order by officer_id loop
            perform oversight_officer_tally_add(oversight_counts(new), link.officer_id, 1);
        end loop;
    end if;
    return null;
end $$;

-- An officer joining or leaving a case already decided (on-the-spot cases are decided before their officers are written).
create function oversight_case_officer_changed() returns trigger
language plpgsql as $$
declare
    c enforcement_case;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into c from enforcement_case where id = old.case_id and decided_on is not null;
        if found then
            perform oversight_officer_tally_add(oversight_counts(c), old.officer_id, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into c from enforcement_case where id = new.case_id and decided_on is not null;
        if found then
            perform oversight_officer_tally_add(oversight_counts(c), new.officer_id, 1);
        end if;
    end if;
    return null;
end $$;

create trigger enforcement_case_oversight_insert after insert on enforcement_case
    for each row when (new.decided_on is not null) execute function oversight_case_changed();
create trigger enforcement_case_oversight_delete after delete on enforcement_case
    for each row when (old.decided_on is not null) execute function oversight_case_changed();
-- Only the columns oversight_counts reads.
create trigger enforcement_case_oversight_update after update on enforcement_case
    for each row when ((old.decided_on, old.place_code, old.violation_code, old.decided_fine, old.assessed_min, old.assessed_max,
                        old.no_penalty_reason, old.assessed_tier, old.decided_types is null)
                       is distinct from
                       (new.decided_on, new.place_code, new.violation_code, new.decided_fine, new.assessed_min, new.assessed_max,
                        new.no_penalty_reason, new.assessed_tier, new.decided_types is null))
    execute function oversight_case_changed();
create trigger case_officer_oversight after insert or update of case_id, officer_id or delete on case_officer
    for each row execute function oversight_case_officer_changed();

-- The cases decided before this migration.
insert into oversight_tally (month, place_code, violation_code, decided, with_fine, deviations, first_violation, lighter, mitigated,
                             no_penalty, below_range, fifth_1, fifth_2, fifth_3, fifth_4, fifth_5, above_range)
select (k).month, (k).place_code, (k).violation_code, sum((k).decided), sum((k).with_fine), sum((k).deviations),
       sum((k).first_violation), sum((k).lighter), sum((k).mitigated), sum((k).no_penalty), sum((k).below_range),
       sum((k).fifth_1), sum((k).fifth_2), sum((k).fifth_3), sum((k).fifth_4), sum((k).fifth_5), sum((k).above_range)
  from (select oversight_counts(c) as k from enforcement_case c where c.decided_on is not null) counted
 group by 1, 2, 3;

insert into oversight_officer_tally (month, place_code, officer_id, decided, deviations)
select (k).month, (k).place_code, o.officer_id, count(*), sum((k).deviations)
  from (select c.id, oversight_counts(c) as k from enforcement_case c where c.decided_on is not null) counted
  join case_officer o on o.case_id = counted.id
 group by 1, 2, 3;
