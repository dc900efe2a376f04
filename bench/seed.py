"""The data generator of the suite (suite.py): a city's enforcement data at a chosen scale, written straight into
PostgreSQL while the service is stopped, so the next start loads it as a replica would after years of use.

At scale 1 it is the volume the issues state their targets at: 5,000 violations in the city baseline (published
through the bureau API by Stack, not here), 100,000 cases of 30,000 parties (a third of them decided, which is the
party history every assessment counts), 100,000 construction sites and 1,000,000 changes in the sync feed (the cases'
and sites' own changes plus generated ones spread over the city's 26 places). Scale 10 is ten times each, except the
baseline: a city department's baseline is a few thousand rows (5,000 is already more than Guangdong's), and one bundle
of 50,000 would pass the 8 MB body limit; what grows with the years is the cases, the history, the sites and the feed.

Every row is cloned from one case the service itself created (suite.py makes it through the API), so the generated
cases carry a real stored request; identifiers, parties, dates, violations and points vary. Deterministic apart from
the database's gen_random_uuid() and random(): the parties and the counts are the same on every run.
"""
import subprocess, time

from benchlib import OFFICER, resident_ids

SOUTH, NORTH, WEST, EAST = 21.8, 22.9, 112.3, 113.3


def volumes(scale):
    return {"violations": 5_000, "parties": 30_000 * scale, "cases": 100_000 * scale, "decided": 33_000 * scale,
            "sites": 100_000 * scale, "changes": 1_000_000 * scale}


def run_sql(db, sql, stdin=None, timeout=3600):
    subprocess.run(["psql", db, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], input=stdin, text=True, check=True, timeout=timeout)


def scalar(db, sql):
    return subprocess.run(["psql", db, "-At", "-c", sql], capture_output=True, text=True, check=True).stdout.strip()


def insert_sites(db, count):
    """Sites spread over Jiangmen, all in 白沙街道's scope (so the bench officer's hot spots cover them all): 60% in
    village planning areas, 15% villa areas, statuses mixed, created over the last 300 days."""
    for first in range(1, count + 1, 100_000):
        last = min(count, first + 99_999)
        run_sql(db, f"""
            insert into site (id, place_code, address, latitude, longitude, planning_area, villa_area, status, created_by,
                              created_at, updated_at, version)
            select gen_random_uuid(), '440703001', '基准测试地块 ' || g,
                   {SOUTH} + random() * {NORTH - SOUTH}, {WEST} + random() * {EAST - WEST},
                   case when random() < 0.6 then 'TOWNSHIP_OR_VILLAGE' else 'URBAN_OR_TOWN' end, random() < 0.15,
                   (array['SUSPECTED','CONFIRMED_ILLEGAL','STOP_ORDER_ISSUED','CLOSED'])[1 + floor(random() * 4)::int],
                   '{OFFICER}', now() - random() * interval '300 days', now(), 0
            from generate_series({first}, {last}) g;""")


def pad_changes(db, count):
    """count more changes in the sync feed, 1,000 a transaction (so its (xid, seq) order has real transaction ids to
    walk), 40% in 白沙街道 and the rest over the other places, as phones' writes over the years would leave them."""
    if count < 1000:
        return
    run_sql(db, f"""
        do $$
        declare places text[] := array(select code from jurisdiction where code <> '440703001' order by code);
        begin
          for b in 1..{count // 1000} loop
            insert into change_log (place_code, entity, entity_id, version)
            select case when random() < 0.4 then '440703001' else places[1 + floor(random() * array_length(places, 1))::int] end,
                   (array['CASE','SITE','VISIT','PATROL'])[1 + floor(random() * 4)::int], gen_random_uuid(), 1
            from generate_series(1, 1000);
            commit;
          end loop;
        end $$;""")


def seed(db, scale, model_case, log=print):
    """Writes the generated data; answers the counts found afterwards and the seconds each part took."""
    v = volumes(scale)
    took = {}

    started = time.monotonic()
    run_sql(db, "create table if not exists bench_party (n integer primary key, id varchar(18) not null); truncate bench_party;")
    rows = "".join(f"{n}\t{p}\n" for n, p in enumerate(resident_ids(v["parties"]), start=1))
    run_sql(db, "copy bench_party from stdin", stdin=rows)
    took["parties"] = time.monotonic() - started

    # Every column copied from the model case except those that make each case its own.
    columns = scalar(db, "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns "
                         "where table_schema = 'public' and table_name = 'enforcement_case' and is_generated = 'NEVER'").split(",")
    varied = {
        "id": "gen_random_uuid()",
        "violation_code": f"'BM-' || lpad((1 + g % {v['violations']})::text, 5, '0')",
        "latitude": f"{SOUTH} + random() * {NORTH - SOUTH}",
        "longitude": f"{WEST} + random() * {EAST - WEST}",
        "act_date": "date '2023-01-01' + (g % 1000)",
        "party_identifier": "p.id",
        "party_birth_date": "to_date(substr(p.id, 7, 8), 'YYYYMMDD')",
        "create_digest": "md5(g::text) || md5((g + 1)::text)",
        "created_at": "timestamptz '2023-01-02 09:00+08' + (g % 1000) * interval '1 day'",
        "updated_at": "timestamptz '2023-01-02 09:00+08' + (g % 1000) * interval '1 day'",
    }
    select = ", ".join(varied.get(c, "m." + c) for c in columns)
    started = time.monotonic()
    # In batches of 100,000 so no single transaction holds millions of trigger events.
    for first in range(1, v["cases"] + 1, 100_000):
        last = min(v["cases"], first + 99_999)
        run_sql(db, f"""
            insert into enforcement_case ({", ".join(columns)})
            select {select} from enforcement_case m, generate_series({first}, {last}) g
              join bench_party p on p.n = 1 + g % {v["parties"]}
            where m.id = '{model_case}';""")
    took["cases"] = time.monotonic() - started

    started = time.monotonic()
    run_sql(db, f"""
        insert into decided_case_record (id, party_identifier, violation_code, field, decided_on, source, penalised)
        select id, party_identifier, violation_code, field, act_date + 30, 'bench', random() < 0.8
        from enforcement_case where id <> '{model_case}' and party_identifier is not null
        order by created_at, id limit {v["decided"]};""")
    took["decided"] = time.monotonic() - started

    started = time.monotonic()
    insert_sites(db, v["sites"])
    took["sites"] = time.monotonic() - started

    started = time.monotonic()
    pad_changes(db, v["changes"] - int(scalar(db, "select count(*) from change_log")))
    took["changes"] = time.monotonic() - started

    started = time.monotonic()
    run_sql(db, "drop table bench_party")
    run_sql(db, "vacuum analyze")
    took["vacuum"] = time.monotonic() - started
    found = dict(zip(["cases", "decided", "sites", "changes"], map(int, scalar(db, """
        select (select count(*) from enforcement_case) || '|' || (select count(*) from decided_case_record) || '|' ||
               (select count(*) from site) || '|' || (select count(*) from change_log)""").split("|"))))
    found["database"] = scalar(db, "select pg_size_pretty(pg_database_size(current_database()))")
    log(f"seeded at {scale}x: " + ", ".join(f"{k} {val:,}" if isinstance(val, int) else f"{k} {val}" for k, val in found.items())
        + " (" + ", ".join(f"{k} {s:.0f} s" for k, s in took.items()) + ")")
    return found
