"""Helpers shared by the load runs: a local static OpenID Connect provider, signed tokens, a
generated baseline bundle, valid resident IDs, psql and wrk."""
import base64, http.server, json, os, random, re, shutil, socket, socketserver, subprocess, sys, tempfile, threading, time, urllib.error, urllib.request
from urllib.parse import urlparse
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
APP_PORT = 8081
CITY_BUREAU = "0b7e2c1a-0000-4000-8000-0000000000b1"
TOWN_OFFICE = "0b7e2c1a-0000-4000-8000-0000000000b2"
OFFICER = "0b7e2c1a-0000-4000-8000-0000000000b3"
SECOND_OFFICER = "0b7e2c1a-0000-4000-8000-0000000000b4"


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def int_b64(i):
    return b64(i.to_bytes((i.bit_length() + 7) // 8, "big"))


def sign(key, kid, payload: bytes):
    header = b64(json.dumps({"alg": "RS256", "kid": kid, "typ": "JWT"}).encode())
    body = b64(payload)
    signature = key.sign(f"{header}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{header}.{body}.{b64(signature)}"


def jwt(key, kid, claims):
    return sign(key, kid, json.dumps(claims).encode())


def serve_oidc(directory):
    os.makedirs(os.path.join(directory, "realms/fieldlaw/.well-known"))
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass
    handler = lambda *a, **k: Quiet(*a, directory=directory, **k)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


VOCABULARY = ["占用", "城市", "道路", "擅自", "搭建", "建筑物", "构筑物", "夜间", "施工", "噪声", "倾倒", "垃圾", "户外",
              "广告", "运输", "车辆", "泄漏", "遗撒", "焚烧", "露天", "烧烤", "张贴", "涂写", "摆卖", "绿地", "树木",
              "排放", "污水", "油烟", "餐饮", "设施", "损坏", "占压", "管线", "违规", "设置", "堆放", "物料"]


def bundle(n):
    rng = random.Random(7)
    violations, rows = [], []
    for i in range(1, n + 1):
        code = f"BM-{i:05d}"
        name = "".join(rng.sample(VOCABULARY, 4)) + f"（基准测试 {i}）"
        lo = rng.choice([20, 50, 100, 200, 500, 1000])
        hi = lo * rng.choice([4, 5, 10])
        org = (lo * 4, hi * 5)
        provision = f"《江门市城市管理条例（基准测试）》第{i % 97 + 1}条"
        violations.append({"code": code, "name": name, "field": "city-management", "breachedProvision": provision,
                           "penaltyProvision": provision,
                           "statutory": [{"type": "WARNING"}, {"type": "FINE", "person": {"kind": "FIXED", "min": lo, "max": hi},
                                                                "organisation": {"kind": "FIXED", "min": org[0], "max": org[1]}}]})
        mid = (lo + (hi - lo) * 3 // 10, lo + (hi - lo) * 7 // 10)
        omid = (org[0] + (org[1] - org[0]) * 3 // 10, org[0] + (org[1] - org[0]) * 7 // 10)
        rows.append({"id": code + "-G", "violationCode": code, "tier": "GENERAL", "description": "一般",
                     "penalties": [{"type": "FINE", "person": {"kind": "FIXED", "min": mid[0], "max": mid[1]},
                                    "organisation": {"kind": "FIXED", "min": omid[0], "max": omid[1]}}]})
        rows.append({"id": code + "-H", "violationCode": code, "conditions": ["REPEATED_WITHIN_YEAR"], "tier": "HEAVIER",
                     "description": "一年内多次", "penalties": [{"type": "FINE", "person": {"kind": "FIXED", "min": mid[1], "max": hi},
                                                             "organisation": {"kind": "FIXED", "min": omid[1], "max": org[1]}}]})
    return {"authority": {"level": "CITY", "code": "440700", "name": "江门市（基准测试）"}, "baselineName": "基准测试基准",
            "version": 1, "effectiveFrom": "2024-01-01", "violations": violations, "rows": rows, "lists": []}


def resident_ids(count):
    """Valid 18-character resident ID numbers (GB 11643 check character), born 1960-1999 in 蓬江区."""
    weights, check = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], "10X98765432"
    rng, ids = random.Random(11), []
    for _ in range(count):
        base = f"440703{rng.randint(1960, 1999)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
        ids.append(base + check[sum(int(c) * w for c, w in zip(base, weights)) % 11])
    return ids


def case_body(party, label="基准测试"):
    """A general-procedure case of 摆卖 in 白沙街道 by the bench officers, the party a person with the given ID number."""
    return {"procedure": "GENERAL", "source": "PATROL", "violationCode": "BM-00001",
            "place": {"code": "440703001", "address": "江门市蓬江区白沙大道西 1 号",
                      "point": {"latitude": 22.5895, "longitude": 113.0817, "accuracyM": 8.0}},
            "actDate": "2026-03-02", "party": {"kind": "PERSON", "name": label + "当事人", "idNumber": party},
            "officers": [{"officerId": OFFICER, "investigator": True}, {"officerId": SECOND_OFFICER, "investigator": True}],
            "summary": f"在白沙大道西人行道摆卖水果，经劝导未离开（{label}）。"}


def start_s3proxy(work, identity, credential):
    """s3proxy (target/s3proxy/s3proxy.jar, copied there by the build) on the local filesystem under work/, one bucket
    "evidence", bound to 127.0.0.1 on a free port; answers the process and the service's environment for it."""
    jar = os.path.join(ROOT, "target", "s3proxy", "s3proxy.jar")
    if not os.path.exists(jar):
        sys.exit("target/s3proxy/s3proxy.jar is missing: ./mvnw generate-test-resources")
    os.makedirs(os.path.join(work, "data", "evidence"), exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with open(os.path.join(work, "s3proxy.properties"), "w") as f:
        f.write(f"s3proxy.endpoint=http://127.0.0.1:{port}\ns3proxy.authorization=aws-v2-or-v4\ns3proxy.identity={identity}\n"
                f"s3proxy.credential={credential}\njclouds.provider=filesystem\njclouds.filesystem.basedir={work}/data\n")
    proc = subprocess.Popen(["java", "-Xmx512m", "-jar", jar, "--properties", os.path.join(work, "s3proxy.properties")],
                            stdout=open(os.path.join(work, "s3proxy.log"), "w"), stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    env = {"FIELDLAW_EVIDENCE_STORE": "s3", "FIELDLAW_EVIDENCE_S3_ENDPOINT": f"http://127.0.0.1:{port}",
           "FIELDLAW_EVIDENCE_S3_BUCKET": "evidence", "FIELDLAW_EVIDENCE_S3_ACCESS_KEY": identity,
           "FIELDLAW_EVIDENCE_S3_SECRET_KEY": credential}
    return proc, env


def memory(pid):
    """VmRSS and VmHWM of a process, in MB."""
    status = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                status[key] = int(value.split()[0]) // 1024
    return status


def psql(db, sql):
    subprocess.run(["psql", db, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], check=True, timeout=60)


PIN = {"service": [], "wrk": []}


def wrk(args, seconds, script=None):
    cmd = PIN["wrk"] + ["wrk", "-t" + ("1" if PIN["wrk"] else "2"), "-c32", f"-d{seconds}s", "--latency", "--timeout", "5s"] + args
    if script:
        cmd[len(PIN["wrk"]) + 1:len(PIN["wrk"]) + 1] = ["-s", script]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p99, int(non2xx.group(1)) if non2xx else 0, out


def privacy_env():
    """Fixed, public sealing keys: the bench database outlives a run, and what one run sealed the next must open.
    The seeded rows are written in the clear by SQL; sealing them (a one-off migration) is not what is measured."""
    return dict(FIELDLAW_PRIVACY_KEYS="bench:" + base64.b64encode(b"fieldlaw bench sealing key, 32b.").decode(),
                FIELDLAW_PRIVACY_ACTIVE_KEY="bench",
                FIELDLAW_PRIVACY_LOOKUP_KEY=base64.b64encode(b"fieldlaw bench lookup key, 32 b.").decode(),
                FIELDLAW_PRIVACY_RESEAL_EVERY="disabled")


class Stack:
    """The packaged service against the named database, a local static OIDC provider whose key signs
    the officer's token, a city bureau, a town office in 白沙街道 with two officers, and a generated
    city baseline published through the bureau API. Stops everything it started."""

    def __init__(self, db, reset=False, jvm="", violations=5000, log_name="bench", env_extra=None, java="java", watchdog_minutes=30):
        self.db = db
        if reset:
            psql(db, "set client_min_messages = warning; drop schema public cascade; create schema public;")
        u = urlparse(db)
        oidc_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        bureau_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.tmp = tempfile.mkdtemp(prefix="bench-")
        self.server = serve_oidc(self.tmp)
        issuer = f"http://127.0.0.1:{self.server.server_address[1]}/realms/fieldlaw"
        pub = oidc_key.public_key().public_numbers()
        with open(os.path.join(self.tmp, "realms/fieldlaw/.well-known/openid-configuration"), "w") as f:
            json.dump({"issuer": issuer, "jwks_uri": issuer + "/certs", "token_endpoint": issuer + "/token",
                       "authorization_endpoint": issuer + "/auth", "id_token_signing_alg_values_supported": ["RS256"],
                       # the console tenant logs out at the provider (RP-initiated logout): without this the service does not start
                       "end_session_endpoint": issuer + "/logout"}, f)
        with open(os.path.join(self.tmp, "realms/fieldlaw/certs"), "w") as f:
            json.dump({"keys": [{"kty": "RSA", "kid": "bench", "alg": "RS256", "use": "sig", "n": int_b64(pub.n), "e": int_b64(pub.e)}]}, f)
        env = dict(os.environ, DB_URL=f"jdbc:postgresql://{u.hostname}:{u.port or 5432}{u.path}", DB_USER=u.username,
                   DB_PASSWORD=u.password or "", OIDC_URL=issuer, HTTP_HOST="127.0.0.1", QUARKUS_HTTP_PORT=str(APP_PORT),
                   # one bench officer writes hundreds a second: the per-caller write limit is not what is measured
                   FIELDLAW_HTTP_WRITE_RATE_BURST="1000000", FIELDLAW_HTTP_WRITE_RATE_PER_SECOND="1000000",
                   FIELDLAW_CHECKPOINT_DIR=os.path.join(ROOT, "target", "bench-checkpoints"), **privacy_env())
        env.update(env_extra or {})
        self.env, self.jvm, self.java, self.log_name, self.watchdog_minutes = env, jvm, java, log_name, watchdog_minutes
        self.base = f"http://127.0.0.1:{APP_PORT}"
        open(os.path.join(ROOT, "target", log_name + ".log"), "w").close()
        self.start_app()
        pem = bureau_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        psql(db, f"""
            insert into enforcement_body (id, name, case_prefix, kind, jurisdiction_code) values
              ('{CITY_BUREAU}', '基准测试市局', '江城执', 'CITY_BUREAU', '440700'),
              ('{TOWN_OFFICE}', '基准测试白沙', '江蓬白综执', 'TOWN_OFFICE', '440703001') on conflict do nothing;
            insert into officer (id, username, name, body_id, created_at, updated_at) values
              ('{OFFICER}', 'bench-officer', '基准测试', '{TOWN_OFFICE}', now(), now()),
              ('{SECOND_OFFICER}', 'bench-officer-2', '基准测试二', '{TOWN_OFFICE}', now(), now()) on conflict do nothing;
            insert into bureau_key (kid, body_id, public_key_pem, registered_at) values
              ('bench-bureau', '{CITY_BUREAU}', '{pem}', now())
              on conflict (kid) do update set public_key_pem = excluded.public_key_pem, revoked_at = null;""")
        now = int(time.time())
        bureau_token = jwt(bureau_key, "bench-bureau", {"iss": CITY_BUREAU, "aud": "fieldlaw", "sub": "bench", "iat": now, "exp": now + 3000})
        self.oidc_key, self.issuer = oidc_key, issuer
        self.officer_token = self.token("officer")
        doc = json.dumps(bundle(violations), ensure_ascii=False).encode()
        signed = sign(bureau_key, "bench-bureau", doc)
        started = time.time()
        request = urllib.request.Request(self.base + "/api/v1/bureau/baseline-bundles", data=signed.encode(), method="POST",
                                         headers={"Authorization": "Bearer " + bureau_token, "Content-Type": "application/jose"})
        try:
            result = json.load(urllib.request.urlopen(request, timeout=1200))
        except urllib.error.HTTPError as e:
            if e.code != 409:
                raise
            result = {"outcome": "already there (409: version 1 exists)"}
        print(f"bundle: {violations} violations, {len(doc) / 1e6:.1f} MB signed payload, import {time.time() - started:.1f} s: "
              f"{result.get('outcome')}")

    def token(self, *roles):
        """A token of the bench officer (白沙街道) carrying the given roles."""
        now = int(time.time())
        return jwt(self.oidc_key, "bench", {"iss": self.issuer, "sub": "bench-officer-sub", "preferred_username": "bench-officer",
                                            "realm_access": {"roles": list(roles)}, "aud": "fieldlaw-api", "iat": now, "exp": now + 3000})

    def start_app(self):
        """Starts the packaged service; answers the seconds from the command to the first ready answer."""
        log = open(os.path.join(ROOT, "target", self.log_name + ".log"), "a")
        started = time.monotonic()
        self.app = subprocess.Popen(PIN["service"] + [self.java] + self.jvm.split() + ["-jar", "quarkus-run.jar"],
                                    cwd=os.path.join(ROOT, "target/quarkus-app"), env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.watchdog = threading.Timer(self.watchdog_minutes * 60, self.app.kill)
        self.watchdog.start()
        while time.monotonic() - started < 120:
            try:
                urllib.request.urlopen(self.base + "/q/health/ready", timeout=1)
                return time.monotonic() - started
            except Exception:
                if self.app.poll() is not None:
                    break
                time.sleep(0.02)
        self.stop()
        sys.exit(f"the service did not become ready: see target/{self.log_name}.log")

    def stop_app(self):
        self.watchdog.cancel()
        self.app.terminate()
        try:
            self.app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.app.kill()

    def stop(self):
        self.stop_app()
        self.server.shutdown()
        shutil.rmtree(self.tmp, ignore_errors=True)
