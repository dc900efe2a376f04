#!/usr/bin/env python3
"""The console's pages with 100,000 cases and 100,000 sites: the time the service takes to answer each
page, signed in as a city-level supervisor who sees all of them (the worst case), and as the town of
白沙's supervisor.

    ./mvnw package -DskipTests
    python3 bench/console/run.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset

It starts the packaged service as the other runs do (benchlib.Stack) with a local OpenID Connect
provider that also answers the authorization-code flow (the console signs in through it like a
browser), seeds the database with seed.sql, signs in, and times each page with wrk: one connection
for the time a page takes (p50, p95, p99 with nothing queued before it), then eight for throughput.
--reset drops and recreates the public schema of that database: give it a database of its own.
Everything binds 127.0.0.1; every run is bounded in time and stops the processes it started.
"""
import argparse, http.cookiejar, http.server, json, os, re, subprocess, sys, time, urllib.parse, urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import benchlib  # noqa: E402
from benchlib import Stack  # noqa: E402

USER = {"name": "bench-city"}
STACK = {}


def provider_with_code_flow(directory):
    """benchlib's static provider, plus /auth (answers every sign-in at once) and /token (tokens for USER)."""
    os.makedirs(os.path.join(directory, "realms/fieldlaw/.well-known"))

    class Provider(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            url = urllib.parse.urlparse(self.path)
            if url.path.endswith("/auth"):
                q = urllib.parse.parse_qs(url.query)
                back = q["redirect_uri"][0] + "?" + urllib.parse.urlencode({"code": "bench-code", "state": q["state"][0]})
                self.send_response(302)
                self.send_header("Location", back)
                self.end_headers()
                return
            if url.path.endswith("openid-configuration"):
                # the console's tenant signs out at the provider, so it needs the end-session endpoint advertised
                with open(os.path.join(directory, url.path.lstrip("/"))) as f:
                    doc = json.load(f)
                doc["end_session_endpoint"] = doc["issuer"] + "/logout"
                body = json.dumps(doc).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            stack = STACK["stack"]
            now = int(time.time())
            claims = {"iss": stack_issuer(), "sub": USER["name"] + "-sub", "preferred_username": USER["name"],
                      "realm_access": {"roles": ["supervisor"]}, "iat": now, "exp": now + 3600}
            access = benchlib.jwt(stack.oidc_key, "bench", dict(claims, aud="fieldlaw"))
            idt = benchlib.jwt(stack.oidc_key, "bench", dict(claims, aud="fieldlaw-console"))
            body = json.dumps({"access_token": access, "id_token": idt, "token_type": "Bearer", "expires_in": 3600}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    import socketserver, threading
    handler = lambda *a, **k: Provider(*a, directory=directory, **k)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    STACK["port"] = server.server_address[1]
    return server


def stack_issuer():
    return f"http://127.0.0.1:{STACK['port']}/realms/fieldlaw"


def query(db, sql):
    return subprocess.run(["psql", db, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], check=True, capture_output=True, text=True,
                          timeout=120).stdout.strip()


def sign_in(base, username):
    """The console's authorization-code flow, as a browser follows it; answers the session's cookie header."""
    USER["name"] = username
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/console", timeout=30).read().decode()
    if "我的待办" not in page:
        sys.exit("the sign-in did not reach the home page")
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def timed(base, path, cookie, seconds, connections):
    script = os.path.join(os.path.dirname(__file__), "percentiles.lua")
    out = subprocess.run(["wrk", "-t", "1" if connections == 1 else "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
                          "-s", script, "-H", "Cookie: " + cookie, base + path], capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p = dict(re.findall(r"(p\d+) ([\d.]+)", out))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p, int(bad.group(1)) if bad else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--only", help="time only the pages whose path contains this text (=PATH: only that path)")
    args = parser.parse_args()
    os.environ.update(OIDC_CONSOLE_SECRET="bench-secret", QUARKUS_OIDC_CONSOLE_AUTHENTICATION_COOKIE_FORCE_SECURE="false",
                      QUARKUS_OIDC_CONSOLE_AUTHENTICATION_PKCE_REQUIRED="true")
    benchlib.serve_oidc = provider_with_code_flow
    stack = Stack(args.db, reset=args.reset, violations=100, log_name="bench-console")
    STACK["stack"] = stack
    try:
        started = time.time()
        subprocess.run(["psql", "-q", args.db, "-f", os.path.join(os.path.dirname(__file__), "seed.sql")], check=True, timeout=1200)
        counts = query(args.db, "select (select count(*) from enforcement_case), (select count(*) from site)")
        print(f"seeded in {time.time() - started:.0f} s: cases, sites = {counts}")
        # a decided case of 白沙, which both the city's supervisor and 白沙's may open
        one = query(args.db, "select id from enforcement_case where state = 'DECIDED' and place_code = '440703001' limit 1")
        base = stack.base
        pages = ["/console", "/console/cases?queue=overdue", "/console/cases?queue=soon", "/console/cases?queue=approvals",
                 f"/console/cases/{one}", "/console/oversight?from=2026-01-01&to=2026-12-31",
                 "/console/statistics?from=2026-01-01&to=2026-12-31", "/console/alarms", "/console/publications", "/console/inspections",
                 "/console/cases", "/console/cases?town=440703001&state=DECIDED", "/console/cases?sort=stale", "/console/cases?sort=due",
                 "/console/cases?town=440703001&sort=due", "/console/conflicts", "/console/conflicts?status=resolved",
                 "/console/map?day=2026-11-30", "/console/map/layers?day=2026-11-30&zoom=10",
                 "/console/map/layers?day=2026-11-30&zoom=15&bbox=112.60,22.30,112.62,22.31"]
        pages = [p for p in pages if args.only is None or (p == args.only[1:] if args.only.startswith("=") else args.only in p)]
        for who in ["bench-city", "bench-officer"]:
            cookie = sign_in(base, who)
            print(f"\nsigned in as {who}")
            print(f"{'page':58} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s (1)':>10} {'req/s (8)':>10}")
            for path in pages:
                timed(base, path, cookie, 3, 1)  # warm-up
                rps1, p, bad1 = timed(base, path, cookie, args.seconds, 1)
                rps8, _, bad8 = timed(base, path, cookie, args.seconds, 8)
                flag = "" if bad1 + bad8 == 0 else f"  non-2xx: {bad1 + bad8}"
                print(f"{path[:58]:58} {p.get('p50', '?'):>8} {p.get('p95', '?'):>8} {p.get('p99', '?'):>8} {rps1:10.1f} {rps8:10.1f}{flag}")
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
