#!/usr/bin/env python3
"""Evidence ingestion from outside: unique 1 MiB photos uploaded by tus (one POST, one PATCH each) by 8 and 32
concurrent clients to a few cases, through the packaged service, with the evidence in PostgreSQL or in an
S3-compatible object store (s3proxy on the local filesystem, started here). Reports photos/s, p50/p99 of a whole
photo, the service's resident memory (VmRSS after the run, VmHWM), and checks in the database that every
acknowledged photo is there exactly once and complete, and that nothing was kept twice.

    ./mvnw package -DskipTests        # and ./mvnw generate-test-resources for target/s3proxy/s3proxy.jar
    python3 bench/evidence/ingest.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset --store s3

--reset drops and recreates the public schema of that database: give it a database of its own. Everything binds
127.0.0.1; every run is bounded (--seconds per client count) and the service is stopped at the end.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, time, urllib.request, uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import ROOT, Stack, case_body, memory, resident_ids, start_s3proxy  # noqa: E402


def cpu_seconds(pids):
    """User plus system CPU time of the given processes, in seconds."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def postgres_pids():
    out = subprocess.run(["pgrep", "-u", "postgres"], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--reset", action="store_true")
    ap.add_argument("--store", choices=["postgres", "s3"], default="s3")
    ap.add_argument("--clients", default="8,32")
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--cases", type=int, default=4)
    ap.add_argument("--size", type=int, default=1 << 20)
    ap.add_argument("--warmup", type=int, default=20, help="seconds of 8 clients first, not reported (the JIT compilers take a core)")
    ap.add_argument("--jvm", default="-Xmx160m -XX:+UseSerialGC")
    args = ap.parse_args()

    s3proxy, env = (None, {})
    if args.store == "s3":
        work = os.path.join(ROOT, "target", "bench-s3proxy")
        shutil.rmtree(work, ignore_errors=True)
        s3proxy, env = start_s3proxy(work, "bench", "bench-secret")
    stack = Stack(args.db, reset=args.reset, jvm=args.jvm, violations=50, log_name="bench-ingest", env_extra=env)
    try:
        ids = []
        for party in resident_ids(args.cases):
            case_id = str(uuid.uuid4())
            request = urllib.request.Request(stack.base + "/api/v1/cases/" + case_id, data=json.dumps(case_body(party), ensure_ascii=False).encode(),
                                             method="PUT", headers={"Authorization": "Bearer " + stack.officer_token,
                                                                    "Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=30).read()
            ids.append(case_id)
        client = os.path.join(ROOT, "bench", "evidence", "Ingest.java")
        print(f"store={args.store} photo={args.size} bytes cases={args.cases} jvm='{args.jvm}'")
        runs = [(8, args.warmup, False)] if args.warmup else []
        runs += [(int(c), args.seconds, True) for c in args.clients.split(",")]
        for clients, seconds, reported in runs:
            before = {"service": cpu_seconds([stack.app.pid]), "store": cpu_seconds([s3proxy.pid]) if s3proxy else 0,
                      "postgres": cpu_seconds(postgres_pids())}
            # The acknowledged ids go to a file: a pipe left unread while polling would fill and stall the client.
            with tempfile.TemporaryFile("w+") as sink:
                runner = subprocess.Popen(["java", "-Xmx512m", client, stack.base, stack.officer_token, ",".join(ids), str(clients),
                                           str(seconds), str(args.size)], stdout=sink, text=True)
                client_cpu = 0
                while runner.poll() is None:
                    client_cpu = max(client_cpu, cpu_seconds([runner.pid]))
                    time.sleep(0.5)
                sink.seek(0)
                out = sink.read()
            after = {"service": cpu_seconds([stack.app.pid]), "store": cpu_seconds([s3proxy.pid]) if s3proxy else 0,
                     "postgres": cpu_seconds(postgres_pids())}
            if not reported:
                continue
            summary, _, rest = out.partition("ACKED\n")
            acked = [line for line in rest.split() if line]
            mem = memory(stack.app.pid)
            found = subprocess.run(["psql", args.db, "-At", "-c", f"""
                with acked(id) as (select unnest(array[{','.join("'" + a + "'" for a in acked) or "null"}]::uuid[]))
                select count(u.id), count(*) filter (where u.id is null), count(distinct u.sha256),
                       count(*) filter (where u.sha256 is null and u.id is not null)
                from acked a left join evidence_upload u on u.id = a.id"""], capture_output=True, text=True).stdout.strip()
            present, lost, distinct, incomplete = (int(x) for x in found.split("|"))
            print(summary.strip(), f"RSS={mem['VmRSS']}MB HWM={mem['VmHWM']}MB", f"found={present} lost={lost} distinct_files={distinct} "
                  f"incomplete={incomplete} duplicates={present - distinct}")
            per = max(1, len(acked))
            print("  CPU ms per photo: " + " ".join(f"{k}={(after[k] - before[k]) * 1000 / per:.1f}" for k in after)
                  + f" client={client_cpu * 1000 / per:.1f} (client includes its start)")
        sizes = subprocess.run(["psql", args.db, "-At", "-c", "select pg_size_pretty(pg_database_size(current_database()))"],
                               capture_output=True, text=True).stdout.strip()
        print(f"database size after the run: {sizes}")
    finally:
        stack.stop()
        if s3proxy:
            s3proxy.terminate()
            s3proxy.wait(timeout=20)


if __name__ == "__main__":
    main()
