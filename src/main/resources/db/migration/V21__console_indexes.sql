-- The console's lists over a city's cases: deviations awaiting a supervisor's approval, newest change
-- first, read from an index in that order (measured with 100,000 cases: bench/console).
create index enforcement_case_awaiting_approval_idx on enforcement_case (updated_at desc, id)
    where deviation_reasons is not null and deviation_approved_by is null;

-- The day a case was opened (filed, or decided on the spot), kept by the database itself so that
-- statistics by month read a column the planner has statistics for, through an index.
alter table enforcement_case add column opened_on date generated always as (coalesce(filed_on, decided_on)) stored;
create index enforcement_case_opened_idx on enforcement_case (opened_on, place_code);
