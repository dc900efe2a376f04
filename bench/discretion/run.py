#!/usr/bin/env python3
"""Load run of the discretion assessment against a trivial JSON endpoint of the same service.

Starts the packaged service (target/quarkus-app) against a PostgreSQL you name, with a local
static OpenID Connect provider (discovery document and key set on 127.0.0.1) whose key signs the
officer's token; publishes a city baseline of --violations violations as a signed bundle through
the bureau API (timed); then runs wrk on GET /api/v1/time and POST /api/v1/discretion/assessments
for the same duration each and prints throughput, p99 and their ratio.

    ./mvnw package -DskipTests
    python3 bench/discretion/run.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset

--reset drops and recreates the public schema of that database: give it a database of its own.
Everything binds 127.0.0.1; every run is bounded in time and stops the processes it started.
"""
import argparse, os, random, sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import PIN, Stack, resident_ids, wrk  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="postgresql://user:password@host:port/database")
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--violations", type=int, default=5000)
    parser.add_argument("--seconds", type=int, default=20, help="length of each measured run")
    parser.add_argument("--rounds", type=int, default=3, help="alternating trivial/assessment runs: noise on a shared machine hits both")
    parser.add_argument("--jvm", default="", help="extra JVM options, e.g. a flight recording")
    parser.add_argument("--parties", type=int, default=1000, help="distinct parties the requests cycle through")
    parser.add_argument("--pin", action="store_true",
                        help="service on CPU 1, wrk (one thread) and PostgreSQL's share on CPU 0: the load generator stops taking the service's CPU")
    a = parser.parse_args()
    if a.pin:
        PIN["service"], PIN["wrk"] = ["taskset", "-c", "1"], ["taskset", "-c", "0"]
    stack = Stack(a.db, reset=a.reset, jvm=a.jvm, violations=a.violations, log_name="bench-discretion")
    try:
        measure(stack, a.violations, a.seconds, a.rounds, parties=a.parties)
    finally:
        stack.stop()


def measure(stack, violations, seconds, rounds, parties=1000, warmup=20):
    """Alternating wrk runs on the trivial endpoint and the assessment; answers the mean of each and their ratio."""
    base, officer_token, oidc_dir = stack.base, stack.officer_token, stack.tmp
    script = os.path.join(oidc_dir, "assess.lua")
    codes = ",".join(f'"BM-{random.Random(i).randint(1, violations):05d}"' for i in range(997))
    party_list = ",".join(f'"{p}"' for p in resident_ids(parties))
    # Both runs cycle through requests built once in init(): wrk's Lua work per request is the same
    # for both endpoints, so the ratio compares the service, not the load generator.
    with open(script, "w") as f:
        f.write(f"""
local codes = {{{codes}}}
local parties = {{{party_list}}}
local requests = {{}}
local i = 0
init = function(args)
  for n = 1, 1000 do
    local body = '{{"violationCode":"' .. codes[(n % #codes) + 1] .. '","actDate":"2026-03-02","decisionDate":"2026-03-20",' ..
      '"party":{{"kind":"PERSON","idNumber":"' .. parties[(n % #parties) + 1] .. '"}},"circumstances":["CORRECTED_PROMPTLY"]}}'
    requests[n] = wrk.format("POST", "/api/v1/discretion/assessments",
      {{["Authorization"] = "Bearer {officer_token}", ["Content-Type"] = "application/json"}}, body)
  end
end
request = function()
  i = i + 1
  return requests[(i % 1000) + 1]
end
""")
    trivial_script = os.path.join(oidc_dir, "time.lua")
    with open(trivial_script, "w") as f:
        f.write(f"""
local requests = {{}}
local i = 0
init = function(args)
  for n = 1, 1000 do
    requests[n] = wrk.format("GET", "/api/v1/time", {{["Authorization"] = "Bearer {officer_token}"}})
  end
end
request = function()
  i = i + 1
  return requests[(i % 1000) + 1]
end
""")
    wrk([base + "/api/v1/time"], warmup, trivial_script)  # warm-up of both paths (JIT)
    wrk([base + "/api/v1/discretion/assessments"], warmup, script)
    done = []
    for r in range(rounds):
        trivial = wrk([base + "/api/v1/time"], seconds, trivial_script)
        assess = wrk([base + "/api/v1/discretion/assessments"], seconds, script)
        done.append((trivial, assess))
        print(f"round {r + 1}: GET /api/v1/time {trivial[0]:7.0f} req/s p99 {trivial[1]:>8} | "
              f"POST /api/v1/discretion/assessments {assess[0]:7.0f} req/s p99 {assess[1]:>8} | ratio {assess[0] / trivial[0]:.2f}"
              + (f" | non-2xx {trivial[2]}/{assess[2]}" if trivial[2] or assess[2] else ""))
    t = sum(x[0][0] for x in done) / len(done)
    s_ = sum(x[1][0] for x in done) / len(done)
    print(f"mean over {len(done)} rounds: trivial {t:.0f} req/s, assessment {s_:.0f} req/s, ratio {s_ / t:.2f}")
    return {"trivial": t, "assessment": s_, "ratio": s_ / t, "p99": done[-1][1][1]}


if __name__ == "__main__":
    main()
