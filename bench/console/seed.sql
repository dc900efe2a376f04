-- 100,000 cases and 100,000 sites spread over every town of Jiangmen and over 2026, for the console's
-- page timings (run.py). Officers and bodies are the bench stack's; violations are its generated
-- baseline's (BM-00001 ... BM-00100). Cases: a fifth still open in the procedure, the rest decided,
-- served, paid or closed, one decided fine in eight outside its assessed range (100-140), some with
-- no penalty; deadlines spread so the overdue and due-soon queues hold thousands.
\set ON_ERROR_STOP on
insert into officer (id, username, name, body_id, created_at, updated_at) values
  ('0b7e2c1a-0000-4000-8000-0000000000c1', 'bench-city', '基准测试市局', '0b7e2c1a-0000-4000-8000-0000000000b1', now(), now())
  on conflict do nothing;

create temporary table towns as select row_number() over (order by code) - 1 as n, code from jurisdiction where level = 'TOWN';

insert into enforcement_case (id, body_id, case_number, number_year, number_seq, procedure, state, source, violation_code, field,
    matter_code, place_code, address, latitude, longitude, act_date, continuing, discovered_on, party_kind, party_name,
    party_identifier, circumstances, bases, create_request, create_digest, created_by, filed_on, assessment, assessed_min,
    assessed_max, assessed_tier, no_penalty_reason, proposed_fine, proposed_types, deviation_reasons, decided_on, decided_fine,
    decided_types, served_on, paid_on, closed_on, next_due_on, next_due_kind, created_at, updated_at)
select gen_random_uuid(), '0b7e2c1a-0000-4000-8000-0000000000b2', '基准案〔2026〕' || i || '号', 2026, i, 'GENERAL',
       s.state, 'PATROL', 'BM-' || lpad((1 + i % 100)::text, 5, '0'), 'city-management', null,
       (select code from towns where n = i % (select count(*) from towns)), '基准测试地址 ' || i || ' 号',
       22.3 + (i % 1000) * 0.0006, 112.6 + (i % 997) * 0.0006, d.opened - 3, false, d.opened - 1, 'PERSON', '基准当事人' || i,
       '4407031985' || lpad((i % 100000000)::text, 8, '0'), '{}', '{}', '{}', 'bench', '0b7e2c1a-0000-4000-8000-0000000000b3', d.opened,
       '{"placeCode":"440703001","assessment":{"outcome":"PENALTY","tier":"GENERAL","steps":["基准测试"]}}', 100, 140,
       case when i % 11 = 0 then 'LIGHTER' when i % 17 = 0 then 'MITIGATED' else 'GENERAL' end,
       case when i % 23 = 0 then 'FIRST_VIOLATION' end,
       f.fine, '{FINE}', case when f.fine not between 100 and 140 then '基准测试偏离理由' end,
       case when s.decided then d.opened + 20 end,
       case when s.decided and i % 23 <> 0 then f.fine end,
       case when s.decided and i % 23 <> 0 then '{FINE}'::text[] end,
       case when s.state in ('SERVED', 'PAID', 'CLOSED') then d.opened + 22 end,
       case when s.state in ('PAID', 'CLOSED') then d.opened + 30 end,
       case when s.state = 'CLOSED' then d.opened + 31 end,
       case when s.state in ('INVESTIGATING', 'PROPOSED', 'NOTIFIED', 'LEGAL_REVIEW') then d.opened + 90
            when s.state = 'DECIDED' then d.opened + 27 end,
       case when s.state in ('INVESTIGATING', 'PROPOSED', 'NOTIFIED', 'LEGAL_REVIEW') then 'DECISION'
            when s.state = 'DECIDED' then 'SERVICE' end,
       d.opened::timestamptz, d.opened::timestamptz + interval '20 days'
  from generate_series(1, 100000) as i
  cross join lateral (select date '2026-01-02' + (i % 330) as opened) d
  cross join lateral (select (100 + (i * 7) % 41 + case when i % 8 = 0 then 60 else 0 end)::numeric(14, 2) as fine) f
  cross join lateral (select st as state, st not in ('INVESTIGATING', 'PROPOSED', 'NOTIFIED', 'LEGAL_REVIEW') as decided
                        from (select (array['INVESTIGATING', 'PROPOSED', 'NOTIFIED', 'LEGAL_REVIEW', 'DECIDED', 'SERVED', 'PAID',
                                            'CLOSED', 'CLOSED', 'CLOSED'])[1 + i % 10] as st) x) s;

insert into case_officer (case_id, officer_id, investigator, position)
select id, '0b7e2c1a-0000-4000-8000-0000000000b3'::uuid, true, 0 from enforcement_case where case_number like '基准案%'
union all
select id, '0b7e2c1a-0000-4000-8000-0000000000b4'::uuid, true, 1 from enforcement_case where case_number like '基准案%';

insert into site (id, place_code, address, latitude, longitude, planning_area, villa_area, status, created_by, created_at, updated_at,
    stop_ordered_on, next_inspection_due)
select gen_random_uuid(), (select code from towns where n = i % (select count(*) from towns)), '基准测试违建点 ' || i,
       21.9 + (i % 1000) * 0.001, 112.4 + (i % 991) * 0.001,
       case when i % 4 = 0 then 'TOWNSHIP_OR_VILLAGE' else 'URBAN_OR_TOWN' end, i % 9 = 0,
       (array['SUSPECTED', 'CONFIRMED_ILLEGAL', 'STOP_ORDER_ISSUED', 'DEMOLITION_ORDERED', 'DEMOLISHED', 'CLOSED'])[1 + i % 6],
       '0b7e2c1a-0000-4000-8000-0000000000b3', (date '2026-01-02' + (i % 330))::timestamptz, (date '2026-01-02' + (i % 330) + 5)::timestamptz,
       case when i % 6 in (2, 3) then date '2026-01-02' + (i % 330) + 2 end,
       case when i % 6 in (0, 1, 2, 3) then date '2026-01-02' + (i % 330) + 14 end
  from generate_series(1, 100000) as i;

-- 300 patrols on 30 November with a three-hour track each (a fix a minute), for the map's day of tracks
insert into patrol (id, place_code, planned_area, started_at, ended_at, created_by, created_at, updated_at)
select md5('bench-patrol-' || i)::uuid, (select code from towns where n = i % (select count(*) from towns)), '基准测试巡查片区 ' || i,
       timestamptz '2026-11-30 09:00+08' + (i % 60) * interval '1 minute', timestamptz '2026-11-30 12:30+08',
       '0b7e2c1a-0000-4000-8000-0000000000b3', now(), now()
  from generate_series(1, 300) as i
    on conflict do nothing;
insert into patrol_officer (patrol_id, officer_id, position)
select md5('bench-patrol-' || i)::uuid, '0b7e2c1a-0000-4000-8000-0000000000b3', 0 from generate_series(1, 300) as i
    on conflict do nothing;
insert into patrol_track_point (patrol_id, recorded_at, latitude, longitude, accuracy_m)
select md5('bench-patrol-' || i)::uuid, timestamptz '2026-11-30 09:00+08' + (i % 60) * interval '1 minute' + j * interval '1 minute',
       21.9 + (i % 30) * 0.03 + j * 0.0002, 112.4 + (i / 30) * 0.09 + j * 0.0001, 5
  from generate_series(1, 300) as i, generate_series(0, 179) as j
    on conflict do nothing;

analyze;
