#!/usr/bin/env python3
"""Two replicas of the packaged service against one PostgreSQL and one S3-compatible object store (s3proxy),
as the Kubernetes Deployment runs them. Checks, from outside, over HTTP:

  1. a bundle imported on replica A is served by replica B within a second (LISTEN/NOTIFY);
  2. case numbers stay gap-free and unique when cases are filed concurrently on both;
  3. a tus upload begun on A finishes on B, and either serves the file;
  4. the change feed read from either gives the same sequence;
  5. a scheduled job (the overdue-demolition sweep, every 2 s here) runs once per period, though both timers fire;
  6. a rolling restart (SIGTERM A, start it again, then B) under a steady load of case creates loses no
     acknowledged request: the client sends each create to one replica and, as an ingress does, to the other
     when the first refuses or hangs up; every acknowledged case is then found exactly once;
  7. SIGTERM during a slow upload: the upload in flight finishes and is kept whole, a new request gets 503.

    ./mvnw package -DskipTests && ./mvnw generate-test-resources
    python3 e2e/replicas.py

Everything binds 127.0.0.1 (PostgreSQL from Debian's binaries in target/replicas/pg); every process it starts
is stopped at the end, and a watchdog ends the run after 10 minutes. Exit status 0 when every check passed.
"""
import base64, concurrent.futures, hashlib, json, os, shutil, signal, socket, subprocess, sys, tempfile, threading, time
import types, urllib.error, urllib.request, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from benchlib import (CITY_BUREAU, OFFICER, SECOND_OFFICER, TOWN_OFFICE, bundle, int_b64, jwt, resident_ids,  # noqa: E402
                      serve_oidc, sign, start_s3proxy)
from benchlib import case_body as bench_case  # noqa: E402
from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402

WORK = os.path.join(ROOT, "target", "replicas")
PG_BIN = "/usr/lib/postgresql/15/bin"
PG_PORT = 55434
PORTS = {"A": 18093, "B": 18094}
started = []
results = {"passed": 0, "failed": 0}


def check(what, ok, detail=""):
    results["passed" if ok else "failed"] += 1
    print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f" ({detail})" if detail else ""), flush=True)


def psql(sql, db="fieldlaw"):
    return subprocess.run([os.path.join(PG_BIN, "psql"), "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", db,
                           "-v", "ON_ERROR_STOP=1", "-At", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def start_postgres():
    pg = os.path.join(WORK, "pg")
    shutil.rmtree(pg, ignore_errors=True)
    os.makedirs(pg)
    shutil.chown(pg, "postgres")
    subprocess.run(["su", "postgres", "-c", f"{PG_BIN}/initdb -D {pg}/data -U postgres --auth=trust"], check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(["su", "postgres", "-c", f"{PG_BIN}/pg_ctl -D {pg}/data -o '-p {PG_PORT} -c listen_addresses=127.0.0.1 "
                    f"-k {pg} -c max_connections=200' -l {pg}/log start -w"], check=True, stdout=subprocess.DEVNULL)
    psql("create user fieldlaw password 'replicas'", db="postgres")
    psql("create database fieldlaw owner fieldlaw", db="postgres")


def stop_postgres():
    data = os.path.join(WORK, "pg", "data")
    if os.path.isdir(data):
        subprocess.run(["su", "postgres", "-c", f"{PG_BIN}/pg_ctl -D {data} stop -m fast"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


class Replica:
    def __init__(self, name, env):
        self.name, self.env, self.port = name, env, PORTS[name]
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self):
        env = dict(self.env, QUARKUS_HTTP_PORT=str(self.port))
        log = open(os.path.join(WORK, f"replica-{self.name}.log"), "a")
        self.proc = subprocess.Popen(["java", "-Xmx256m", "-jar", "quarkus-run.jar"], cwd=os.path.join(ROOT, "target/quarkus-app"),
                                     env=env, stdout=log, stderr=subprocess.STDOUT)
        started.append(self.proc)
        end = time.time() + 120
        while time.time() < end:
            try:
                urllib.request.urlopen(self.base + "/q/health/ready", timeout=1)
                return
            except Exception:
                if self.proc.poll() is not None:
                    raise SystemExit(f"replica {self.name} exited: see {WORK}/replica-{self.name}.log")
                time.sleep(0.2)
        raise SystemExit(f"replica {self.name} did not become ready")

    def stop(self):
        """SIGTERM, as Kubernetes sends it: requests in flight finish, then the process ends."""
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=60)


def call(base, method, path, token, body=None, headers=None, timeout=30):
    h = {"Authorization": "Bearer " + token}
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        h.setdefault("Content-Type", "application/json")
    h.update(headers or {})
    request = urllib.request.Request(base + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def case_body(party):
    return bench_case(party, "副本测试")


def run(main):
    """Runs main and, however it ends, stops every process it started; exits 0 when every check passed."""
    ok = False
    try:
        ok = main()
    finally:
        for proc in started:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()
        stop_postgres()
    sys.exit(0 if ok else 1)


def setup(names=("A", "B"), env_extra=None):
    """PostgreSQL, s3proxy, a static OIDC provider, the replicas named (the first migrates the schema), the bench
    officers and a city bureau with its key; answers them with the officer's and bureau's tokens and publish()."""
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    start_postgres()
    s3proxy, s3_env = start_s3proxy(os.path.join(WORK, "s3"), "replicas", "replicas-secret")
    started.append(s3proxy)

    oidc_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    bureau_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    oidc_dir = tempfile.mkdtemp(prefix="replicas-oidc-")
    server = serve_oidc(oidc_dir)
    issuer = f"http://127.0.0.1:{server.server_address[1]}/realms/fieldlaw"
    pub = oidc_key.public_key().public_numbers()
    with open(os.path.join(oidc_dir, "realms/fieldlaw/.well-known/openid-configuration"), "w") as f:
        json.dump({"issuer": issuer, "jwks_uri": issuer + "/certs", "token_endpoint": issuer + "/token",
                   "authorization_endpoint": issuer + "/auth", "end_session_endpoint": issuer + "/logout",
                   "id_token_signing_alg_values_supported": ["RS256"]}, f)
    with open(os.path.join(oidc_dir, "realms/fieldlaw/certs"), "w") as f:
        json.dump({"keys": [{"kty": "RSA", "kid": "replicas", "alg": "RS256", "use": "sig", "n": int_b64(pub.n), "e": int_b64(pub.e)}]}, f)
    env = dict(os.environ, DB_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/fieldlaw", DB_USER="fieldlaw", DB_PASSWORD="replicas",
               OIDC_URL=issuer, HTTP_HOST="127.0.0.1",
               # six clients under one officer's token create cases as fast as they can during the rolling restart
               FIELDLAW_HTTP_WRITE_RATE_BURST="1000000", FIELDLAW_HTTP_WRITE_RATE_PER_SECOND="1000000",
               FIELDLAW_CHECKPOINT_DIR=os.path.join(WORK, "checkpoints"),
               # one set of sealing keys for every replica and restart of this run, as a Secret gives them
               FIELDLAW_PRIVACY_KEYS="run:" + base64.b64encode(os.urandom(32)).decode(), FIELDLAW_PRIVACY_ACTIVE_KEY="run",
               FIELDLAW_PRIVACY_LOOKUP_KEY=base64.b64encode(os.urandom(32)).decode(),
               # the overdue-demolition sweep every 2 s on both replicas' timers, to watch it run once per period
               FIELDLAW_PATROLS_OVERDUE_CHECK_EVERY="2s",
               **s3_env)
    env.update(env_extra or {})
    replicas = [Replica(name, env) for name in names]
    for replica in replicas:
        replica.start()  # the first migrates the schema; the next find it current
    a = replicas[0]

    pem = bureau_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    psql(f"""
        insert into enforcement_body (id, name, case_prefix, kind, jurisdiction_code) values
          ('{CITY_BUREAU}', '副本测试市局', '江城执', 'CITY_BUREAU', '440700'),
          ('{TOWN_OFFICE}', '副本测试白沙', '江蓬白综执', 'TOWN_OFFICE', '440703001');
        insert into officer (id, username, name, body_id, created_at, updated_at) values
          ('{OFFICER}', 'bench-officer', '副本测试', '{TOWN_OFFICE}', now(), now()),
          ('{SECOND_OFFICER}', 'bench-officer-2', '副本测试二', '{TOWN_OFFICE}', now(), now());
        insert into enforcement_certificate (id, officer_id, number, issuing_authority, fields, area_code, valid_from, valid_to,
            created_at, updated_at) values
          (gen_random_uuid(), '{OFFICER}', 'R0001', '江门市人民政府', '{{city-management}}', '440703001', '2024-01-01', '2029-12-31', now(), now()),
          (gen_random_uuid(), '{SECOND_OFFICER}', 'R0002', '江门市人民政府', '{{city-management}}', '440703001', '2024-01-01', '2029-12-31', now(), now());
        insert into bureau_key (kid, body_id, public_key_pem, registered_at) values ('replicas-bureau', '{CITY_BUREAU}', '{pem}', now());""")
    now = int(time.time())
    bureau = jwt(bureau_key, "replicas-bureau", {"iss": CITY_BUREAU, "aud": "fieldlaw", "sub": "replicas", "iat": now, "exp": now + 3000})
    officer = jwt(oidc_key, "replicas", {"iss": issuer, "sub": "bench-officer-sub", "preferred_username": "bench-officer",
                                         "realm_access": {"roles": ["officer"]}, "aud": "fieldlaw-api", "iat": now, "exp": now + 3000})

    def publish(version, violations):
        doc = bundle(violations)
        doc["version"] = version
        return call(a.base, "POST", "/api/v1/bureau/baseline-bundles", bureau,
                    body=sign(bureau_key, "replicas-bureau", json.dumps(doc, ensure_ascii=False).encode()).encode(),
                    headers={"Content-Type": "application/jose"}, timeout=120)

    return types.SimpleNamespace(replicas=replicas, officer=officer, bureau=bureau, publish=publish, server=server, oidc_dir=oidc_dir,
                                 issuer=issuer, oidc_key=oidc_key)


def main():
    watchdog = threading.Timer(600, lambda: os.kill(os.getpid(), signal.SIGTERM))
    watchdog.daemon = True
    watchdog.start()
    cluster = setup()
    a, b = cluster.replicas
    officer, publish, server, oidc_dir = cluster.officer, cluster.publish, cluster.server, cluster.oidc_dir

    def assess(replica, code):
        return call(replica.base, "POST", "/api/v1/discretion/assessments", officer,
                    body={"violationCode": code, "actDate": "2026-03-02", "decisionDate": "2026-03-20",
                          "party": {"kind": "PERSON", "idNumber": resident_ids(1)[0]}, "circumstances": []})[0]

    # 1. A bundle imported on A is served by B within a second.
    status = publish(1, 20)[0]
    check("the first bundle is imported on A", status in (200, 201), f"HTTP {status}")
    before = assess(b, "BM-00021")
    status = publish(2, 21)[0]
    imported = time.monotonic()
    served = None
    while time.monotonic() - imported < 5:
        if assess(b, "BM-00021") == 200:
            served = time.monotonic() - imported
            break
        time.sleep(0.02)
    check("B does not know a violation only the second bundle has, before it lands", before != 200, f"HTTP {before}")
    check("a bundle imported on A is served by B within a second", served is not None and served < 1.0,
          f"{served * 1000:.0f} ms after A answered" if served is not None else "not served within 5 s")

    # 2. Case numbers gap-free and unique under concurrent filing on both replicas.
    parties = resident_ids(40)

    def file_one(i):
        replica = (a, b)[i % 2]
        case_id = str(uuid.uuid4())
        status = call(replica.base, "PUT", "/api/v1/cases/" + case_id, officer, body=case_body(parties[i]))[0]
        if status != 201:
            print(f"     create on {replica.name}: HTTP {status}", flush=True)
            return None
        other = (b, a)[i % 2]  # filed on the other replica than the one that created it
        status, _, body = call(other.base, "POST", f"/api/v1/cases/{case_id}/transitions", officer, body={"to": "FILED"},
                               headers={"If-Match": '"0"'})
        if status != 200:
            print(f"     filing on {other.name}: HTTP {status} {body.decode()[:400]}", flush=True)
            return None
        return json.loads(body).get("caseNumber")

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        numbers = [n for n in pool.map(file_one, range(40)) if n]
    serials = sorted(int(n.split("〕")[1].rstrip("号")) for n in numbers)
    check("40 cases created and filed across both replicas", len(numbers) == 40, f"{len(numbers)} filed")
    check("their numbers are unique and gap-free", len(serials) == 40 and serials == list(range(1, 41)),
          f"{serials[:3]}…{serials[-3:]}" if serials else "none")

    # 3. A tus upload begun on A finishes on B.
    case_id = str(uuid.uuid4())
    call(a.base, "PUT", "/api/v1/cases/" + case_id, officer, body=case_body(resident_ids(41)[40]))
    photo = os.urandom(3 * 1024 * 1024 + 11)
    meta = "caseId " + base64.b64encode(case_id.encode()).decode()
    status, headers, _ = call(a.base, "POST", "/api/v1/uploads", officer,
                              headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(photo)), "Upload-Metadata": meta})
    path = headers.get("Location", "")
    path = path[path.index("/api/v1/uploads"):] if "/api/v1/uploads" in path else path
    tus = {"Tus-Resumable": "1.0.0", "Content-Type": "application/offset+octet-stream"}
    first = call(a.base, "PATCH", path, officer, body=photo[:2 * 1024 * 1024], headers=dict(tus, **{"Upload-Offset": "0"}))[0]
    offset = call(b.base, "HEAD", path, officer, headers={"Tus-Resumable": "1.0.0"})[1].get("Upload-Offset")
    rest = call(b.base, "PATCH", path, officer, body=photo[2 * 1024 * 1024:], headers=dict(tus, **{"Upload-Offset": offset or "0"}))
    check("B reports the offset of the bytes A received", first == 204 and offset == str(2 * 1024 * 1024), f"HEAD on B: {offset}")
    check("the rest sent to B completes the upload", rest[0] == 204 and rest[1].get("Upload-Offset") == str(len(photo)),
          f"HTTP {rest[0]}")
    _, _, listing = call(a.base, "GET", f"/api/v1/cases/{case_id}/evidence", officer)
    item = (json.loads(listing).get("items") or [{}])[0]
    content = call(a.base, "GET", f"/api/v1/evidence/{item.get('id')}/content", officer)[2] if item.get("id") else b""
    check("A serves the file B completed, byte for byte", content == photo and item.get("sha256") == hashlib.sha256(photo).hexdigest())

    # 4. The change feed from either replica gives the same sequence.
    def feed(replica):
        changes, cursor = [], ""
        for _ in range(50):
            status, _, body = call(replica.base, "GET", "/api/v1/sync/changes?limit=100" + ("&since=" + cursor if cursor else ""), officer)
            page = json.loads(body)
            changes += [(c["entity"], c["id"], c.get("version")) for c in page["changes"]]
            cursor = page["nextCursor"]
            if not page["hasMore"]:
                break
        return changes
    from_a, from_b = feed(a), feed(b)
    check("the change feed read from A and from B is the same sequence", from_a == from_b and len(from_a) >= 41,
          f"{len(from_a)} changes")

    # 5. A scheduled job runs once per period across the replicas, though both timers fire.
    query = "select last_started, started_by from scheduled_job where name = 'demolition-deadlines'"
    first_wait = time.monotonic() + 60  # the sweep's timer starts 30 s after a replica does
    while not psql(query) and time.monotonic() < first_wait:
        time.sleep(0.2)
    runs, watch_end = {}, time.monotonic() + 10
    while time.monotonic() < watch_end:
        row = psql(query)
        if row:
            stamp, by = row.split("|")
            runs[stamp] = by
        time.sleep(0.1)
    check("the 2-second sweep ran once per period in 10 s across both replicas", 4 <= len(runs) <= 6,
          f"{len(runs)} runs, by {len(set(runs.values()))} replica(s)")

    # 6. A rolling restart under load loses no acknowledged request.
    acked, sent, refused, lock = [], [0], [0], threading.Lock()
    stop_load = threading.Event()

    def load(worker):
        i = 0
        while not stop_load.is_set():
            i += 1
            case_id = str(uuid.uuid4())
            body = case_body(resident_ids(1)[0])
            order = (a, b) if (worker + i) % 2 else (b, a)
            with lock:
                sent[0] += 1
            for replica in order:  # an ingress retries an idempotent PUT on the other replica
                try:
                    status = call(replica.base, "PUT", "/api/v1/cases/" + case_id, officer, body=body, timeout=10)[0]
                except Exception:
                    continue
                if status in (200, 201):
                    with lock:
                        acked.append(case_id)
                    break
                if status != 503:
                    break
            else:
                with lock:
                    refused[0] += 1
            time.sleep(0.02)

    workers = [threading.Thread(target=load, args=(w,)) for w in range(6)]
    for w in workers:
        w.start()
    time.sleep(3)
    for replica in (a, b):
        replica.stop()
        replica.start()
        time.sleep(3)
    stop_load.set()
    for w in workers:
        w.join()
    stored = set(psql("select id from enforcement_case").split())
    found = sum(1 for c in set(acked) if c in stored)
    distinct = len(set(acked))
    check("a rolling restart of both replicas under load loses no acknowledged create",
          found == distinct == len(acked) and len(acked) > 0,
          f"sent {sent[0]}, acknowledged {len(acked)}, found {found}, duplicates {len(acked) - distinct}, "
          f"refused by both {refused[0]}")

    # 7. SIGTERM lets a request in flight finish and refuses new ones with 503 (application.properties: shutdown timeout).
    photo = os.urandom(4 * 1024 * 1024)
    status, headers, _ = call(a.base, "POST", "/api/v1/uploads", officer,
                              headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(photo)), "Upload-Metadata": meta})
    path = headers.get("Location", "")
    path = path[path.index("/api/v1/uploads"):]
    slow = {}

    def send_slowly():
        """A phone on a slow link: the 4 MiB piece in 64 KiB steps over about 3 s."""
        with socket.create_connection(("127.0.0.1", a.port), timeout=30) as s:
            s.sendall((f"PATCH {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {officer}\r\nTus-Resumable: 1.0.0\r\n"
                       f"Upload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\nContent-Length: {len(photo)}\r\n"
                       f"Connection: close\r\n\r\n").encode())
            for i in range(0, len(photo), 64 * 1024):
                s.sendall(photo[i:i + 64 * 1024])
                time.sleep(0.05)
            answer = b""
            while chunk := s.recv(4096):
                answer += chunk
            slow["status"] = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0

    sender = threading.Thread(target=send_slowly)
    sender.start()
    time.sleep(0.8)
    a.proc.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    try:
        new_status = call(a.base, "GET", "/api/v1/agency/me", officer, timeout=5)[0]
    except Exception as e:
        new_status = f"no answer ({e.__class__.__name__})"
    sender.join(timeout=60)
    a.proc.wait(timeout=60)
    offset = call(b.base, "HEAD", path, officer, headers={"Tus-Resumable": "1.0.0"})[1].get("Upload-Offset")
    check("during a graceful shutdown a new request is refused with 503", new_status == 503, f"answered {new_status}")
    check("the upload in flight when SIGTERM came finishes and is kept whole", slow.get("status") == 204 and offset == str(len(photo)),
          f"PATCH answered {slow.get('status')}, offset on B {offset}")

    print(f"replicas: {results['passed']} passed, {results['failed']} failed")
    server.shutdown()
    shutil.rmtree(oidc_dir, ignore_errors=True)
    return results["failed"] == 0


if __name__ == "__main__":
    run(main)
