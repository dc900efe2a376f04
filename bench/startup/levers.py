#!/usr/bin/env python3
"""Time to the first ready answer and resident memory of the packaged service, for each start-up lever.

    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw verify -Dquarkus.package.jar.aot.enabled=true \\
        -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false     # app.aot trained by the *IT tests
    python3 bench/startup/levers.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench [--runs 3]

Each configuration starts target/quarkus-app/quarkus-run.jar in the production profile against the named
PostgreSQL and a local static OIDC discovery document, waits for /q/health/ready, then sends 300 requests and
reads VmRSS (the public decisions, which read the database, and the readiness check). Binds 127.0.0.1:8081; every process is stopped by its PID, each run bounded to 90 s.
"""
import argparse, os, shutil, subprocess, sys, tempfile, time, urllib.request
from urllib.parse import urlparse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import ROOT, privacy_env, serve_oidc  # noqa: E402

JDK17 = "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"
JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"


def rss(pid):
    """VmRSS in MB, and the part of it not backed by a file (RssAnon: heap, metaspace, code, the AOT cache's relocated pages)."""
    found = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon"):
                found[key] = int(value.split()[0]) // 1024
    return f"{found.get('VmRSS', -1)} ({found.get('RssAnon', -1)} anon)"


def run(java, flags, env, port, app=os.path.join(ROOT, "target", "quarkus-app")):
    started = time.time()
    p = subprocess.Popen([java] + flags + ["-jar", "quarkus-run.jar"], cwd=app, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ready = None
        while time.time() - started < 90:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=1)
                ready = time.time() - started
                break
            except Exception:
                if p.poll() is not None:
                    return None, None, None
                time.sleep(0.01)
        first = rss(p.pid)
        for _ in range(300):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=5).read()
            urllib.request.urlopen(f"http://127.0.0.1:{port}/public/v1/decisions", timeout=5).read()
        return ready, first, rss(p.pid)
    finally:
        p.terminate()
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="run only the configurations whose name contains one of these (comma-separated)")
    a = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="startup-")
    server = serve_oidc(tmp)
    issuer = f"http://127.0.0.1:{server.server_address[1]}/realms/fieldlaw"
    with open(os.path.join(tmp, "realms/fieldlaw/.well-known/openid-configuration"), "w") as f:
        f.write('{"issuer":"%s","jwks_uri":"%s/certs","token_endpoint":"%s/token","authorization_endpoint":"%s/auth",'
                '"end_session_endpoint":"%s/logout"}' % ((issuer,) * 5))
    with open(os.path.join(tmp, "realms/fieldlaw/certs"), "w") as f:
        f.write('{"keys":[]}')
    u = urlparse(a.db)
    port = 8081
    env = dict(os.environ, DB_URL=f"jdbc:postgresql://{u.hostname}:{u.port}{u.path}", DB_USER=u.username, DB_PASSWORD=u.password or "",
               OIDC_URL=issuer, HTTP_HOST="127.0.0.1", QUARKUS_HTTP_PORT=str(port))
    env.update({k: v for k, v in privacy_env().items() if k not in os.environ})
    aot = os.path.join(ROOT, "target", "quarkus-app", "app.aot")
    configs = [("JDK 17", JDK17, []), ("JDK 25", JDK25, [])]
    if os.path.exists(aot):
        configs.append(("JDK 25 + AOT cache trained by the *IT tests", JDK25, ["-XX:AOTCache=app.aot"]))
        configs.append(("same, -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1", JDK25,
                        ["-XX:AOTCache=app.aot", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]))
        configs.append(("same, -Xmx128m -XX:+UseSerialGC", JDK25, ["-XX:AOTCache=app.aot", "-Xmx128m", "-XX:+UseSerialGC"]))
        # The JIT compilers take most of the two cores while the service starts: compile later, or without the
        # training's method profiles (JEP 515), to leave the cores to the start-up itself.
        configs.append(("same, -XX:CompileThresholdScaling=3", JDK25, ["-XX:AOTCache=app.aot", "-XX:CompileThresholdScaling=3"]))
        configs.append(("same, without the cached method profiles", JDK25,
                        ["-XX:AOTCache=app.aot", "-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTReplayTraining"]))
        # The image's command, from a copy of the directory elsewhere (the image has it under /deployments).
        moved = os.path.join(tmp, "deployments")
        shutil.copytree(os.path.join(ROOT, "target", "quarkus-app"), moved)
        configs.append(("the image's command (src/main/docker/Dockerfile.jvm) from a copy in another directory", JDK25,
                        ["-XX:AOTCache=app.aot", "-XX:MaxRAMPercentage=60"], moved))
        # The JVM sizes its heap from the container's limit; -XX:MaxRAM stands in for the base Deployment's 640 MiB limit.
        configs.append(("the image's command in a 640 MiB pod", JDK25,
                        ["-XX:AOTCache=app.aot", "-XX:MaxRAMPercentage=60", "-XX:MaxRAM=640m"], moved))
    if a.only:
        configs = [c for c in configs if any(part in c[0] for part in a.only.split(","))]
    for name, java, flags, *where in configs:
        rows = [run(java, flags, env, port, *where) for _ in range(a.runs)]
        ok = [r for r in rows if r[0] is not None]
        if not ok:
            print(f"{name}: did not start")
            continue
        print(f"{name}: ready in " + ", ".join(f"{r[0]:.2f}" for r in ok) + " s; RSS at ready "
              + ", ".join(str(r[1]) for r in ok) + " MB, after 600 requests " + ", ".join(str(r[2]) for r in ok) + " MB")
    server.shutdown()


if __name__ == "__main__":
    main()
