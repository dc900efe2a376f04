-- A party's history answers two questions (docs/domain.md §3): was there an earlier case of this
-- violation (first violation: any decided case counts, penalised or not), and how many penalties
-- within a year (一年内…三次以上: decided penalties only). A decision revoked on reconsideration or
-- in court leaves the history: it is as if it had never been made.

alter table decided_case_record add column penalised boolean not null default true;

-- Cases decided without a penalty before this migration.
update decided_case_record d set penalised = false
where exists (select 1 from enforcement_case c where c.id = d.id and c.state = 'NO_PENALTY');

-- Decisions revoked before this migration (a revoked decision's publication is withdrawn, not re-queued).
delete from decided_case_record d
where exists (select 1 from publication p where p.case_id = d.id and p.status = 'WITHDRAWN');

-- Every replica keeps the history in memory: it hears of each new row, and of each row removed.
create or replace function decided_case_notify() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform pg_notify('decided_case', json_build_object('removed', old.id)::text);
        return old;
    end if;
    perform pg_notify('decided_case', json_build_object(
        'party', new.party_identifier, 'violation', new.violation_code,
        'field', new.field, 'decidedOn', new.decided_on, 'penalised', new.penalised)::text);
    return new;
end
$$;

create trigger decided_case_removed after delete on decided_case_record
    for each row execute function decided_case_notify();
