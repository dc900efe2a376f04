#!/usr/bin/env python3
"""The change feed at 1,000,000 changed records: a page of 1,000 changes (target: p99 < 50 ms).

Starts the packaged service (shared set-up in benchlib.py), writes 1,000,000 change rows in 1,000
transactions of 1,000 (40% in 白沙街道, the rest spread over the other 25 jurisdictions; cases,
sites, visits, patrols), then asks GET /api/v1/sync/changes?limit=1000 with wrk from cursors
spread evenly along the feed, as phones catching up from different points would:
- as the 白沙 officer (its town's changes and the baselines above it);
- as a city-level officer (every jurisdiction: 26 ordered branches merged);
- from the start (no cursor).

    ./mvnw package -DskipTests
    python3 bench/sync/run.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset
"""
import argparse, base64, os, random, re, subprocess, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import CITY_BUREAU, OFFICER, Stack, psql, wrk  # noqa: E402
from seed import pad_changes  # noqa: E402


def cursor(xid, seq):
    return base64.urlsafe_b64encode(f"{xid}|{seq}".encode()).decode().rstrip("=")


def cursors(db, where, count):
    out = subprocess.run(["psql", db, "-At", "-F", " ", "-c",
                          f"select xid::text, seq from (select xid, seq, row_number() over (order by xid, seq) n from change_log {where}) r "
                          f"where n % 1000 = 1"], capture_output=True, text=True, check=True).stdout.split()
    pairs = list(zip(out[0::2], out[1::2]))
    random.seed(7)
    return [cursor(x, s) for x, s in random.sample(pairs, min(count, len(pairs)))]


def measure(stack, label, token, cursor_list, seconds, warmup=10):
    """wrk on pages of 1,000 from the given cursors; answers pages/s, p50 and p99."""
    script = os.path.join(stack.tmp, "feed.lua")
    with open(script, "w") as f:
        f.write("cursors = {" + ",".join(f'"{c}"' for c in cursor_list) + "}\n")
        f.write(f"""
init = function(args) math.randomseed(os.time()) end
request = function()
  local c = #cursors > 0 and cursors[math.random(1, #cursors)] or ""
  return wrk.format("GET", "/api/v1/sync/changes?limit=1000&since=" .. c, {{["Authorization"] = "Bearer {token}"}})
end
""")
    wrk([stack.base + "/api/v1/sync/changes", "-c", "4"], warmup, script)  # warm-up
    rps, p99, non2xx, out = wrk([stack.base + "/api/v1/sync/changes", "-c", "4"], seconds, script)
    p50 = re.search(r"50%\s+([\d.]+\w+)", out).group(1)
    print(f"{label} (wrk, 4 connections): {rps:.1f} pages/s, p50 {p50}, p99 {p99}" + (f", non-2xx {non2xx}" if non2xx else ""))
    return {"rate": rps, "p50": p50, "p99": p99, "non2xx": non2xx}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--changes", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=int, default=20)
    a = parser.parse_args()
    stack = Stack(a.db, reset=a.reset, violations=10, log_name="bench-sync")
    try:
        started = time.time()
        pad_changes(a.db, a.changes)
        psql(a.db, "analyze change_log;")
        count = subprocess.run(["psql", a.db, "-At", "-c", "select count(*), count(distinct xid) from change_log"], capture_output=True,
                               text=True).stdout.strip()
        print(f"change_log rows, transactions: {count} (written in {time.time() - started:.0f} s)")

        town = stack.token("officer")
        measure(stack, "a page of 1,000 as the 白沙 officer, from random points", town,
                cursors(a.db, "where place_code = '440703001' or place_code in ('440703', '440700', '440000')", 400), a.seconds)
        measure(stack, "a page of 1,000 as the 白沙 officer, from the start", town, [], a.seconds)
        # The same officer moved to the city bureau: the whole city's feed (the service's officer cache lasts 30 s).
        psql(a.db, f"update officer set body_id = '{CITY_BUREAU}' where id = '{OFFICER}'")
        time.sleep(31)
        city = stack.token("supervisor")
        measure(stack, "a page of 1,000 as a city-level officer (26 places), from random points", city, cursors(a.db, "", 400), a.seconds)
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
