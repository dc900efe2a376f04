#!/usr/bin/env python3
"""Nearby-site lookup and hot-spot aggregation at 100,000 sites.

Starts the packaged service (shared set-up in benchlib.py), inserts --sites sites spread over
Jiangmen (all in 白沙街道's scope, so the bench officer's hot spots cover them all), then measures:
- the nearby lookup a patrol report makes (the GiST box query of SiteService.openSitesNear, at
  random points), with pgbench on the same database, per-transaction latencies logged: p50/p99;
- POST /api/v1/sites/reports end to end with wrk at random points (creates sites as it goes);
- GET /api/v1/hotspots (500 m cells over the whole set) with wrk: throughput and p99.

    ./mvnw package -DskipTests
    python3 bench/patrols/run.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset
"""
import argparse, glob, os, re, subprocess, sys, tempfile, uuid
from urllib.parse import urlparse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import Stack, psql, wrk  # noqa: E402
from seed import EAST, NORTH, SOUTH, WEST, insert_sites  # noqa: E402



def percentiles(values, *ps):
    values = sorted(values)
    return [values[min(len(values) - 1, int(len(values) * p))] for p in ps]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--sites", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=20)
    a = parser.parse_args()
    stack = Stack(a.db, reset=a.reset, violations=10, log_name="bench-patrols")
    try:
        insert_sites(a.db, a.sites)
        psql(a.db, "analyze site")
        count = subprocess.run(["psql", a.db, "-At", "-c", "select count(*) from site"], capture_output=True, text=True).stdout.strip()
        print(f"sites: {count}")

        nearby(stack, a.db, a.seconds)
        reports(stack, a.seconds)
        hotspots(stack, a.seconds)
    finally:
        stack.stop()


def nearby(stack, db, seconds):
    """The nearby lookup a patrol report makes, by pgbench at random points; answers lookups/s, p50 and p99 in ms."""
    # The lookup of SiteService.openSitesNear, at random points, with a 30 m attach distance.
    d_lat = 30 / 111_000.0 * 1.5
    script = os.path.join(stack.tmp, "nearby.sql")
    with open(script, "w") as f:
        f.write(f"""\\set lat random(0, 1000000)
\\set lon random(0, 1000000)
select id, latitude, longitude, status from site
where point(longitude, latitude) <@ box(point({WEST} + :lon * {(EAST - WEST) / 1e6} - {d_lat * 1.09}, {SOUTH} + :lat * {(NORTH - SOUTH) / 1e6} - {d_lat}),
                                    point({WEST} + :lon * {(EAST - WEST) / 1e6} + {d_lat * 1.09}, {SOUTH} + :lat * {(NORTH - SOUTH) / 1e6} + {d_lat}))
  and status <> 'CLOSED';
""")
    u = urlparse(db)
    logdir = tempfile.mkdtemp(prefix="pgbench-log-")
    out = subprocess.run(["pgbench", "-n", "-h", u.hostname, "-p", str(u.port or 5432), "-U", u.username, "-f", script,
                          "-c", "8", "-j", "2", "-T", str(seconds), "-l", "--log-prefix", os.path.join(logdir, "nearby"),
                          u.path.lstrip("/")], capture_output=True, text=True, env=dict(os.environ, PGPASSWORD=u.password or ""),
                         timeout=seconds + 60)
    latencies = []
    for name in glob.glob(os.path.join(logdir, "nearby*")):
        with open(name) as f:
            latencies += [int(line.split()[2]) / 1000.0 for line in f if line.strip()]
    tps = re.search(r"tps = ([\d.]+)", out.stdout).group(1)
    p50, p99 = percentiles(latencies, 0.5, 0.99)
    print(f"nearby lookup (pgbench, 8 clients): {float(tps):.0f} lookups/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms over {len(latencies)}")
    return {"rate": float(tps), "p50": p50, "p99": p99}


def reports(stack, seconds, warmup=20):
    """POST /api/v1/sites/reports end to end with wrk at random points; answers req/s and p99."""
    lua = os.path.join(stack.tmp, "report.lua")
    with open(lua, "w") as f:
        f.write(f"""
counter = 0
setup = function(thread) counter = counter + 1; thread:set("id", counter) end
init = function(args) math.randomseed(os.time() * 100 + id) end
local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    return string.format("%x", c == "x" and math.random(0, 15) or math.random(8, 11)) end))
end
request = function()
  local body = '{{"siteId":"' .. uuid() .. '","visitId":"' .. uuid() .. '","placeCode":"440703001","address":"基准测试巡查",' ..
    '"planningArea":"TOWNSHIP_OR_VILLAGE","visitedAt":"2026-11-20T09:00:00+08:00","point":{{"latitude":' ..
    ({SOUTH} + math.random() * {NORTH - SOUTH}) .. ',"longitude":' .. ({WEST} + math.random() * {EAST - WEST}) .. '}},' ..
    '"observation":{{"kind":"NEW_BUILDING","floors":1,"constructionInProgress":true,"permitStatus":"NONE"}}}}'
  return wrk.format("POST", "/api/v1/sites/reports", {{["Authorization"] = "Bearer {stack.officer_token}",
    ["Content-Type"] = "application/json"}}, body)
end
""")
    wrk([stack.base + "/api/v1/sites/reports"], warmup, lua)  # warm-up
    rps, p99, non2xx, _ = wrk([stack.base + "/api/v1/sites/reports"], seconds, lua)
    print(f"POST /api/v1/sites/reports (wrk, 32 connections): {rps:.0f} req/s, p99 {p99}" + (f", non-2xx {non2xx}" if non2xx else ""))
    return {"rate": rps, "p99": p99, "non2xx": non2xx}


def hotspots(stack, seconds, warmup=10, only=None):
    """GET /api/v1/hotspots as the console map asks; answers req/s, p50 and p99 per question."""
    supervisor = stack.token("supervisor")
    # What the console map asks for: the whole city zoomed out (2 km cells), a town zoomed in (500 m cells
    # in a 10 km viewport), and, for the record, the whole city at 500 m cells. Whole past days are cached
    # in the service, so the same question asked again is cheap; "cold" asks each time from another start
    # date (one of 1,400 in 2022–2025, within the five-year limit), so nearly every request counts the sites afresh.
    cold_from = "os.date('%Y-%m-%d', 1640995200 + math.random(0, 1400) * 86400)"
    answers = {}
    for label, query, from_expr in [
            ("city view, 2 km cells, repeated", "cell=2000", "'2025-01-01'"),
            ("city view, 2 km cells, cold (random start date)", "cell=2000", cold_from),
            ("town viewport 10 km, 500 m cells", "cell=500&bbox=113.00,22.55,113.10,22.64", "'2025-01-01'"),
            ("town viewport 10 km, 500 m cells, cold", "cell=500&bbox=113.00,22.55,113.10,22.64", cold_from),
            ("whole city at 500 m cells (no map asks this), cold", "cell=500", cold_from)]:
        if only and label not in only:
            continue
        hot = os.path.join(stack.tmp, "hot.lua")
        with open(hot, "w") as f:
            f.write(f"""
init = function(args) math.randomseed(os.time()) end
request = function()
  return wrk.format("GET", "/api/v1/hotspots?from=" .. {from_expr} .. "&{query}", {{["Authorization"] = "Bearer {supervisor}"}})
end
""")
        wrk([stack.base + "/api/v1/hotspots", "-c", "4"], warmup, hot)  # warm-up
        rps, p99, non2xx, out = wrk([stack.base + "/api/v1/hotspots", "-c", "4"], seconds, hot)
        p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
        print(f"GET /api/v1/hotspots {label} (wrk, 4 connections): {rps:.1f} req/s, p50 {p50}, p99 {p99}"
              + (f", non-2xx {non2xx}" if non2xx else ""))
        answers[label] = {"rate": rps, "p50": p50, "p99": p99, "non2xx": non2xx}
    return answers


if __name__ == "__main__":
    main()
