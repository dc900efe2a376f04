#!/usr/bin/env python3
"""Case creation through the service against pgbench doing the same inserts, on the same PostgreSQL,
in alternating rounds of one run.

The service side: wrk sends PUT /api/v1/cases/{new uuid} (an idempotent create from the phone:
token check, validation against the baseline, party ID check, officers, the case row, its two
officers and the first entry of its hash-chained record, all in one transaction). The database
side: pgbench runs, per transaction, the same INSERT statements into the same tables (same row
sizes, indexes, foreign keys and triggers), so the ratio tells how much of the database's own
insert rate the service keeps after HTTP, security, validation and its own queries.

    ./mvnw package -DskipTests
    python3 bench/cases/run.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset

--reset drops and recreates the public schema of that database: give it a database of its own.
Everything binds 127.0.0.1; every run is bounded in time and stops the processes it started.
"""
import argparse, json, os, re, subprocess, sys, urllib.request, uuid
from urllib.parse import urlparse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import OFFICER, SECOND_OFFICER, Stack, psql, resident_ids, wrk  # noqa: E402


def case_body(violation, party):
    return {"procedure": "GENERAL", "source": "PATROL", "violationCode": violation,
            "place": {"code": "440703001", "address": "江门市蓬江区白沙大道西 1 号",
                      "point": {"latitude": 22.5895, "longitude": 113.0817, "accuracyM": 8.0}},
            "actDate": "2026-03-02",
            "party": {"kind": "PERSON", "name": "基准测试当事人", "idNumber": party},
            "officers": [{"officerId": OFFICER, "investigator": True}, {"officerId": SECOND_OFFICER, "investigator": True}],
            "summary": "在白沙大道西人行道摆卖水果，经劝导未离开（基准测试）。"}


def pgbench(db, script, seconds, clients):
    u = urlparse(db)
    env = dict(os.environ, PGPASSWORD=u.password or "")
    out = subprocess.run(["pgbench", "-n", "-h", u.hostname, "-p", str(u.port or 5432), "-U", u.username, "-f", script,
                          "-c", str(clients), "-j", "2", "-T", str(seconds), u.path.lstrip("/")],
                         capture_output=True, text=True, env=env, timeout=seconds + 60)
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", out.stdout)
    if not tps:
        sys.exit("pgbench failed:\n" + out.stdout + out.stderr)
    latency = re.search(r"latency average = ([\d.]+) ms", out.stdout)
    return float(tps.group(1)), latency.group(1) + " ms avg" if latency else "?"


def sql_text(value):
    return "'" + value.replace("'", "''") + "'"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="postgresql://user:password@host:port/database")
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--seconds", type=int, default=20, help="length of each measured run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32, help="wrk connections and pgbench clients alike")
    parser.add_argument("--jvm", default="")
    parser.add_argument("--warmup", type=int, default=60, help="seconds of creates before measuring")
    a = parser.parse_args()
    stack = Stack(a.db, reset=a.reset, jvm=a.jvm, violations=100, log_name="bench-cases")
    try:
        measure(stack, a.db, a.seconds, a.rounds, a.connections, a.warmup)
    finally:
        stack.stop()


def measure(stack, db, seconds, rounds, connections, warmup, violations=100):
    """Alternating rounds of creates through the service and the same inserts by pgbench; answers the means and the
    ratio against pgbench statement by statement."""
    parties = resident_ids(1000)
    # One case through the API first: its stored row is the model of the rows pgbench inserts.
    model_id = str(uuid.uuid4())
    request = urllib.request.Request(stack.base + "/api/v1/cases/" + model_id, method="PUT",
                                     data=json.dumps(case_body("BM-00001", parties[0]), ensure_ascii=False).encode(),
                                     headers={"Authorization": "Bearer " + stack.officer_token, "Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=30)
    row = subprocess.run(["psql", db, "-At", "-c",
                          f"select create_request, create_digest from enforcement_case where id = '{model_id}'"],
                         capture_output=True, text=True, check=True).stdout.strip().split("|")
    entry = subprocess.run(["psql", db, "-At", "-c", f"select detail from record_entry where owner_id = '{model_id}'"],
                           capture_output=True, text=True, check=True).stdout.strip()
    script = os.path.join(stack.tmp, "cases.sql")
    with open(script, "w") as f:
        # One statement (a CTE) per transaction: the database's best case, one round trip for all four rows.
        f.write(f"""\\set n random(1, {violations})
WITH c AS (
INSERT INTO enforcement_case (id, body_id, procedure, state, source, violation_code, field, matter_code, place_code, address,
  latitude, longitude, accuracy_m, act_date, continuing, party_kind, party_name, party_identifier, party_birth_date,
  circumstances, bases, summary, create_request, create_digest, created_by, created_at, updated_at, version)
VALUES (gen_random_uuid(), '0b7e2c1a-0000-4000-8000-0000000000b2', 'GENERAL', 'RECORDED', 'PATROL', 'BM-' || lpad(:n::text, 5, '0'),
  'city-management', null, '440703001', '江门市蓬江区白沙大道西 1 号', 22.5895, 113.0817, 8.0, '2026-03-02', false, 'PERSON',
  '基准测试当事人', '{parties[1]}', '1985-06-12', '{{}}', '{{}}', '在白沙大道西人行道摆卖水果，经劝导未离开（基准测试）。',
  {sql_text(row[0])}, md5(random()::text) || md5(random()::text), '{OFFICER}', now(), now(), 0) RETURNING id),
o AS (INSERT INTO case_officer (case_id, officer_id, investigator, position)
  SELECT id, '{OFFICER}'::uuid, true, 0 FROM c UNION ALL SELECT id, '{SECOND_OFFICER}'::uuid, true, 1 FROM c)
INSERT INTO record_entry (owner_id, seq, owner_kind, recorded_at, actor_id, actor_name, action, detail, latitude, longitude, previous_hash, hash)
SELECT id, 1, 'CASE', now(), '{OFFICER}'::uuid, '基准测试', 'CREATED', {sql_text(entry)}, 22.5895, 113.0817, repeat('0', 64),
  md5(random()::text) || md5(random()::text) FROM c;
""")

    # The same rows, one statement at a time inside a transaction, as a client that sends each statement does.
    stepwise = os.path.join(stack.tmp, "cases-stepwise.sql")
    with open(script) as f:
        cte = f.read()
    with open(stepwise, "w") as f:
        case_insert = cte[cte.index("INSERT INTO enforcement_case"):cte.index(" RETURNING id),")]
        f.write(f"""\\set n random(1, {violations})
\\set k random(1, 9000000000000000000)
BEGIN;
{case_insert.replace("gen_random_uuid()", "md5(:k::text)::uuid")};
INSERT INTO case_officer (case_id, officer_id, investigator, position) VALUES
  (md5(:k::text)::uuid, '{OFFICER}', true, 0), (md5(:k::text)::uuid, '{SECOND_OFFICER}', true, 1);
INSERT INTO record_entry (owner_id, seq, owner_kind, recorded_at, actor_id, actor_name, action, detail, latitude, longitude, previous_hash, hash)
VALUES (md5(:k::text)::uuid, 1, 'CASE', now(), '{OFFICER}', '基准测试', 'CREATED', {sql_text(entry)}, 22.5895, 113.0817, repeat('0', 64),
  md5(random()::text) || md5(random()::text));
END;
""")
    lua = os.path.join(stack.tmp, "cases.lua")
    template = json.dumps(case_body("VIOLATION", "PARTY"), ensure_ascii=False)
    with open(lua, "w") as f:
        f.write(f"""
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
end
local parties = {{{",".join(f'"{p}"' for p in parties)}}}
local bodies = {{}}
local n = 0
init = function(args)
  math.randomseed(os.time() * 100 + id)
  for i = 1, 1000 do
    local body = string.gsub([[{template}]], "VIOLATION", string.format("BM-%05d", (i % {violations}) + 1))
    bodies[i] = string.gsub(body, "PARTY", parties[i])
  end
end
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11))
  end))
end
request = function()
  n = n + 1
  return wrk.format("PUT", "/api/v1/cases/" .. uuid(),
    {{["Authorization"] = "Bearer {stack.officer_token}", ["Content-Type"] = "application/json"}}, bodies[(n % 1000) + 1])
end
""")
    wrk_args = ["-c", str(connections)]
    # Warm-up: the JIT is still compiling after 15 s at a few hundred creates a second (bench/README.md).
    wrk([stack.base + "/api/v1/cases/x"] + wrk_args, warmup, lua)
    pgbench(db, script, 5, connections)
    done = []
    for r in range(rounds):
        service = wrk([stack.base + "/api/v1/cases/x"] + wrk_args, seconds, lua)
        database = pgbench(db, script, seconds, connections)
        steps = pgbench(db, stepwise, seconds, connections)
        done.append((service, database, steps))
        print(f"round {r + 1}: PUT /api/v1/cases {service[0]:6.0f} creates/s p99 {service[1]:>8}"
              + (f" (non-2xx {service[2]})" if service[2] else "")
              + f" | pgbench one statement {database[0]:6.0f} tx/s: ratio {service[0] / database[0]:.2f}"
              + f" | pgbench statement by statement {steps[0]:6.0f} tx/s: ratio {service[0] / steps[0]:.2f}")
    s = sum(x[0][0] for x in done) / len(done)
    d = sum(x[1][0] for x in done) / len(done)
    t = sum(x[2][0] for x in done) / len(done)
    print(f"mean over {len(done)} rounds: service {s:.0f} creates/s; pgbench one statement {d:.0f} tx/s (ratio {s / d:.2f}), "
          f"statement by statement {t:.0f} tx/s (ratio {s / t:.2f})")
    count = subprocess.run(["psql", db, "-At", "-c", "select count(*) from enforcement_case"], capture_output=True, text=True).stdout.strip()
    print(f"cases in the table after the run: {count}")
    return {"service": s, "pgbench": d, "pgbench_stepwise": t, "ratio": s / t, "p99": done[-1][0][1], "cases": int(count)}


if __name__ == "__main__":
    main()
