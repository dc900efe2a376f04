#!/usr/bin/env python3
"""Every figure the issues ask for, on generated data, at 1x and 10x the volume: the one entry point of bench/.

    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw verify -Dquarkus.package.jar.aot.enabled=true \\
        -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false     # the package, and the AOT cache the image uses
    python3 bench/suite.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench [--scales 1,10]

For each scale: wipes the database's public schema (give it a database of its own), starts the packaged service as the
production image runs it (JDK 25 with the AOT cache when both are there, else `java` on the PATH), publishes a city
baseline through the bureau API, stops the service, writes the generated data (seed.py), then measures:
- start-up: three starts on that data, seconds to the first ready answer and resident memory then;
- the assessment ratio (discretion/run.py), the case creation ratio (cases/run.py), the change feed (sync/run.py),
  the nearby-site lookup and the hot spots (patrols/run.py), each shorter than its own script runs it;
- resident memory after all of that.
Results go to target/bench-suite/<scale>x.json and, at the end, a table comparing the scales (bench/README.md keeps
the one of record). Binds 127.0.0.1 only; each scale is bounded by --budget-minutes, every process it started is stopped.
"""
import argparse, importlib.util, json, os, re, sys, time, urllib.request, uuid

sys.path.insert(0, os.path.dirname(__file__))
from benchlib import ROOT, Stack, case_body, memory, resident_ids  # noqa: E402
from seed import seed, volumes  # noqa: E402

JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("/", "_"), os.path.join(os.path.dirname(__file__), name, "run.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


discretion, cases, sync, patrols = load("discretion"), load("cases"), load("sync"), load("patrols")


def ms(text):
    """wrk's '44.90ms', '1.20s' or '900.00us' in milliseconds."""
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", str(text)).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_scale(a, scale):
    v = volumes(scale)
    aot = os.path.exists(os.path.join(ROOT, "target", "quarkus-app", "app.aot")) and os.path.exists(JDK25)
    # The image's command in a pod limited to 640 MiB (k8s/base/deployment.yaml): MaxRAM stands in for the cgroup limit.
    java, jvm = (JDK25, "-XX:AOTCache=app.aot -XX:MaxRAMPercentage=60") if aot else ("java", "")
    jvm += " -XX:MaxRAM=640m"
    print(f"== {scale}x: {v} on {'JDK 25 with the AOT cache' if aot else 'java on the PATH'}", flush=True)
    deadline = time.monotonic() + a.budget_minutes * 60
    stack = Stack(a.db, reset=True, java=java, jvm=jvm, violations=v["violations"], log_name=f"bench-suite-{scale}x",
                  watchdog_minutes=a.budget_minutes)
    result = {"scale": scale, "date": time.strftime("%Y-%m-%d"), "jvm": f"{java} {jvm}".strip(), "volumes": v}
    try:
        model = str(uuid.uuid4())
        request = urllib.request.Request(stack.base + "/api/v1/cases/" + model, method="PUT",
                                         data=json.dumps(case_body(resident_ids(1)[0], "生成数据"), ensure_ascii=False).encode(),
                                         headers={"Authorization": "Bearer " + stack.officer_token, "Content-Type": "application/json"})
        urllib.request.urlopen(request, timeout=30)
        stack.stop_app()
        result["seeded"] = seed(a.db, scale, model)

        starts = []
        for _ in range(3):
            seconds = stack.start_app()
            starts.append({"ready_s": round(seconds, 2), "rss_mb": memory(stack.app.pid)["VmRSS"]})
            stack.stop_app()
        stack.start_app()
        result["startup"] = starts
        print("start-up: " + ", ".join(f"{s['ready_s']:.2f} s / {s['rss_mb']} MB" for s in starts), flush=True)

        figures = [
            ("assessment", lambda: discretion.measure(stack, v["violations"], a.seconds, 2, warmup=10)),
            ("case_creation", lambda: cases.measure(stack, a.db, a.seconds, 2, 32, 30, violations=v["violations"])),
            ("feed_town", lambda: sync.measure(stack, "change feed, 白沙 officer, random points", stack.token("officer"),
                                               sync.cursors(a.db, "where place_code = '440703001' or place_code in "
                                                                  "('440703', '440700', '440000')", 400), a.seconds)),
            ("feed_from_start", lambda: sync.measure(stack, "change feed, 白沙 officer, from the start", stack.token("officer"), [],
                                                     a.seconds)),
            ("nearby", lambda: patrols.nearby(stack, a.db, a.seconds)),
            ("hotspots", lambda: patrols.hotspots(stack, a.seconds, only={"city view, 2 km cells, cold (random start date)",
                                                                             "town viewport 10 km, 500 m cells, cold"})),
        ]
        for name, measure in figures:
            if time.monotonic() > deadline:
                print(f"{name}: skipped, the budget of {a.budget_minutes} min is spent", flush=True)
                continue
            result[name] = measure()
        result["memory_after_load"] = memory(stack.app.pid)
    finally:
        stack.stop()
    os.makedirs(os.path.join(ROOT, "target", "bench-suite"), exist_ok=True)
    with open(os.path.join(ROOT, "target", "bench-suite", f"{scale}x.json"), "w") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    return result


ROWS = [
    ("start-up, first ready answer (best of 3)", "< 1.5 s", lambda r: min(s["ready_s"] for s in r["startup"]), "{:.2f} s"),
    ("resident memory at ready (lowest of 3)", "< 250 MB", lambda r: min(s["rss_mb"] for s in r["startup"]), "{} MB"),
    ("resident memory after the load", "< 250 MB", lambda r: r["memory_after_load"]["VmRSS"], "{} MB"),
    ("assessment / trivial endpoint", ">= 0.70", lambda r: r["assessment"]["ratio"], "{:.2f}"),
    ("case creates / pgbench statement by statement", ">= 0.50", lambda r: r["case_creation"]["ratio"], "{:.2f}"),
    ("case creates per second", "", lambda r: r["case_creation"]["service"], "{:.0f}"),
    ("change feed page of 1,000, p99, random points", "< 50 ms", lambda r: ms(r["feed_town"]["p99"]), "{:.1f} ms"),
    ("change feed page of 1,000, p99, from the start", "< 50 ms", lambda r: ms(r["feed_from_start"]["p99"]), "{:.1f} ms"),
    ("nearby-site lookup, p99", "< 20 ms", lambda r: r["nearby"]["p99"], "{:.2f} ms"),
    ("hot spots, city at 2 km cells, cold, p99", "< 300 ms",
     lambda r: ms(r["hotspots"]["city view, 2 km cells, cold (random start date)"]["p99"]), "{:.0f} ms"),
    ("hot spots, town viewport at 500 m cells, cold, p99", "< 300 ms",
     lambda r: ms(r["hotspots"]["town viewport 10 km, 500 m cells, cold"]["p99"]), "{:.0f} ms"),
]


def table(results):
    head = "| figure | target | " + " | ".join(f"{r['scale']}x" for r in results) + (" | last / first |" if len(results) > 1 else " |")
    lines = [head, "|" + " --- |" * (head.count("|") - 1)]
    for label, target, value, fmt in ROWS:
        cells, numbers = [], []
        for r in results:
            try:
                n = value(r)
                numbers.append(n)
                cells.append(fmt.format(n))
            except (KeyError, TypeError, AttributeError):
                numbers.append(None)
                cells.append("not run")
        ratio = f"{numbers[-1] / numbers[0]:.2f}" if len(results) > 1 and numbers[0] and numbers[-1] is not None else ""
        lines.append(f"| {label} | {target} | " + " | ".join(cells) + (f" | {ratio} |" if len(results) > 1 else " |"))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="postgresql://user:password@host:port/database (its public schema is wiped)")
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--seconds", type=int, default=15, help="length of each measured run")
    parser.add_argument("--budget-minutes", type=int, default=45, help="per scale; figures left when it is spent are skipped")
    parser.add_argument("--table-only", action="store_true", help="print the table of the results already in target/bench-suite")
    a = parser.parse_args()
    scales = [int(s) for s in a.scales.split(",")]
    if a.table_only:
        results = [json.load(open(os.path.join(ROOT, "target", "bench-suite", f"{s}x.json"))) for s in scales]
    else:
        results = [run_scale(a, s) for s in scales]
    print(table(results))


if __name__ == "__main__":
    main()
