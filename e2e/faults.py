#!/usr/bin/env python3
"""Faults under a steady mixed load of field traffic (issue 16): the packaged service on its own PostgreSQL and
object store (s3proxy), with clients creating cases (PUT, idempotent), pushing offline work (sync push), reporting
sites, uploading photos by tus and reading the change feed, while the service is killed with SIGKILL and started
again several times, PostgreSQL is restarted once, and other clients hang up in the middle of their requests.

Each client does what a phone does: it resends a write whose answer it did not get (same id, same body) until it
is acknowledged or the run ends, and resumes an upload from the offset HEAD reports. Afterwards, from outside:
every acknowledged write is present exactly once, nothing half-written is visible (every case and site has its
record, every upload is complete or resumable), every record verifies, and no log line carries a party's ID number.
Reports sent / acknowledged / found / duplicates / lost.

    ./mvnw package -DskipTests && ./mvnw generate-test-resources
    python3 e2e/faults.py                       # the short run of .ci/run: 45 s of load, 2 kills
    python3 e2e/faults.py --seconds 300 --kills 8

Everything binds 127.0.0.1 (PostgreSQL from Debian's binaries in target/faults/pg); every process it starts is
stopped at the end, and a watchdog ends the run after the load time plus 10 minutes. Exit status 0 when every check
passed.
"""
import argparse, base64, hashlib, json, os, random, signal, socket, subprocess, sys, threading, time, uuid

sys.path.insert(0, os.path.dirname(__file__))
import replicas as cluster  # noqa: E402
from replicas import call, case_body, check, psql, resident_ids  # noqa: E402

cluster.WORK = os.path.join(cluster.ROOT, "target", "faults")
PG = cluster.PG_BIN


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.sent, self.acked = {}, {}

    def note(self, kind, acked_id=None):
        with self.lock:
            self.sent[kind] = self.sent.get(kind, 0) + 1
            if acked_id is not None:
                self.acked.setdefault(kind, []).append(acked_id)


def until_acknowledged(stop, send, ok=(200, 201)):
    """Sends until an answer in ok (a resend carries the same id and body), or the run ends; answers whether acknowledged."""
    while not stop.is_set():
        try:
            status = send()
        except Exception:
            status = None
        if status in ok:
            return True
        if status is not None and 400 <= status < 500 and status not in (408, 409, 429):
            return False
        time.sleep(0.2)
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=45)
    parser.add_argument("--kills", type=int, default=2)
    parser.add_argument("--clients", type=int, default=6)
    a = parser.parse_args()
    watchdog = threading.Timer(a.seconds + 600, lambda: os.kill(os.getpid(), signal.SIGTERM))
    watchdog.daemon = True
    watchdog.start()
    c = cluster.setup(names=("A",))
    service = c.replicas[0]
    officer, base = c.officer, service.base
    status = c.publish(1, 20)[0]
    check("the baseline is published", status in (200, 201), f"HTTP {status}")
    device = str(uuid.uuid4())
    call(base, "PUT", "/api/v1/sync/devices/" + device, officer, body={"name": "故障测试手机"})
    parties = resident_ids(400)
    tally, stop, rng_lock = Tally(), threading.Event(), threading.Lock()
    rng = random.Random(16)
    photos = {}

    def party():
        with rng_lock:
            return rng.choice(parties)

    def create_case(worker):
        case_id = str(uuid.uuid4())
        body = case_body(party())
        acked = until_acknowledged(stop, lambda: call(base, "PUT", "/api/v1/cases/" + case_id, officer, body=body, timeout=10)[0])
        tally.note("case", case_id if acked else None)
        return case_id if acked else None

    def push_case(worker):
        case_id, op = str(uuid.uuid4()), str(uuid.uuid4())
        push = {"deviceId": device, "operations": [{"id": op, "kind": "CASE_CREATE", "targetId": case_id, "body": case_body(party())}]}

        def send():
            status, _, answer = call(base, "POST", "/api/v1/sync/push", officer, body=push, timeout=10)
            if status != 200:
                return status
            outcome = json.loads(answer)["results"][0]["outcome"]
            return 200 if outcome in ("APPLIED", "ALREADY_APPLIED") else 422
        acked = until_acknowledged(stop, send)
        tally.note("pushed case", case_id if acked else None)

    def report_site(worker):
        site, visit = str(uuid.uuid4()), str(uuid.uuid4())
        with rng_lock:
            lat, lon = 22.55 + rng.random() * 0.1, 113.0 + rng.random() * 0.1
        body = {"siteId": site, "visitId": visit, "placeCode": "440703001", "address": "故障测试地块", "planningArea": "URBAN_OR_TOWN",
                "visitedAt": "2026-11-30T09:00:00+08:00", "point": {"latitude": lat, "longitude": lon},
                "observation": {"kind": "NEW_BUILDING", "floors": 1, "constructionInProgress": True, "permitStatus": "NONE"}}
        acked = until_acknowledged(stop, lambda: call(base, "POST", "/api/v1/sites/reports", officer, body=body, timeout=10)[0])
        tally.note("visit", visit if acked else None)

    def upload(worker):
        case_id = create_case(worker)
        if case_id is None:
            return
        photo = os.urandom(700 * 1024 + random.randint(0, 1000))
        meta = "caseId " + base64.b64encode(case_id.encode()).decode() + ",id " + base64.b64encode(str(uuid.uuid4()).encode()).decode()
        location = {}

        def create():
            status, headers, _ = call(base, "POST", "/api/v1/uploads", officer, timeout=10,
                                      headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(len(photo)), "Upload-Metadata": meta})
            if status == 201:
                path = headers.get("Location", "")
                location["path"] = path[path.index("/api/v1/uploads"):]
            return status
        if not until_acknowledged(stop, create):
            tally.note("upload")
            return

        def send_rest():
            status, headers, _ = call(base, "HEAD", location["path"], officer, headers={"Tus-Resumable": "1.0.0"}, timeout=10)
            if status != 200:
                return status
            offset = int(headers.get("Upload-Offset"))
            if offset == len(photo):
                return 204
            piece = photo[offset:offset + 256 * 1024]
            return call(base, "PATCH", location["path"], officer, body=piece, timeout=10,
                        headers={"Tus-Resumable": "1.0.0", "Content-Type": "application/offset+octet-stream", "Upload-Offset": str(offset)})[0]

        done = False
        while not stop.is_set() and not done:
            status = None
            try:
                status = send_rest()
            except Exception:
                pass
            if status == 204:
                try:
                    head = call(base, "HEAD", location["path"], officer, headers={"Tus-Resumable": "1.0.0"}, timeout=10)
                    done = head[0] == 200 and head[1].get("Upload-Offset") == str(len(photo))
                except Exception:
                    time.sleep(0.2)
            elif status is None or status >= 500 or status == 409:
                time.sleep(0.2)
        if done:
            photos[case_id] = hashlib.sha256(photo).hexdigest()
        tally.note("upload", case_id if done else None)

    def hang_up(worker):
        """A phone losing its signal mid-request: the head and half a body, then nothing."""
        body = json.dumps(case_body(party()), ensure_ascii=False).encode()
        try:
            with socket.create_connection(("127.0.0.1", service.port), timeout=5) as s:
                s.sendall(f"PUT /api/v1/cases/{uuid.uuid4()} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {officer}\r\n"
                          f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body[:len(body) // 2])
                time.sleep(0.05)
        except OSError:
            pass
        tally.note("hang-up")

    def read_feed(worker):
        try:
            call(base, "GET", "/api/v1/sync/changes?limit=200", officer, timeout=10)
        except Exception:
            pass
        tally.note("feed read")

    actions = [create_case, create_case, push_case, report_site, upload, hang_up, read_feed]

    def client(worker):
        local = random.Random(worker)
        while not stop.is_set():
            try:
                local.choice(actions)(worker)
            except Exception as e:  # a client that meets the unexpected carries on, as a phone retries later
                print(f"client {worker}: {e.__class__.__name__}: {e}", flush=True)

    clients = [threading.Thread(target=client, args=(w,)) for w in range(a.clients)]
    for t in clients:
        t.start()
    # The faults, spread over the load: SIGKILL and start again, and PostgreSQL restarted once half-way.
    faults = []
    step = a.seconds / (a.kills + 2)
    for k in range(a.kills + 1):
        time.sleep(step)
        if k == a.kills // 2:
            started = time.monotonic()
            subprocess.run(["su", "postgres", "-c", f"{PG}/pg_ctl -D {os.path.join(cluster.WORK, 'pg', 'data')} restart -m fast -w"],
                           check=True, stdout=subprocess.DEVNULL)
            faults.append(f"PostgreSQL restarted ({time.monotonic() - started:.1f} s)")
        if k < a.kills:
            service.proc.send_signal(signal.SIGKILL)
            service.proc.wait(timeout=30)
            started = time.monotonic()
            service.start()
            faults.append(f"SIGKILL, ready again in {time.monotonic() - started:.1f} s")
    time.sleep(step)
    stop.set()
    for t in clients:
        t.join(timeout=60)
    print("faults: " + "; ".join(faults), flush=True)

    # What is stored, read from the database (one row per id: a second would be a duplicate).
    def stored(sql):
        rows = psql(sql).split()
        return rows, len(rows) - len(set(rows))

    cases, case_dups = stored("select id from enforcement_case")
    visits, visit_dups = stored("select id from site_visit")
    for kind, acked, found_in, dups in [("case", tally.acked.get("case", []), cases, case_dups),
                                        ("pushed case", tally.acked.get("pushed case", []), cases, case_dups),
                                        ("visit", tally.acked.get("visit", []), visits, visit_dups)]:
        found_set = set(found_in)
        found = sum(1 for i in acked if i in found_set)
        lost = len(acked) - found
        check(f"every acknowledged {kind} is stored exactly once", lost == 0 and dups == 0 and len(acked) > 0,
              f"sent {tally.sent.get(kind, 0)}, acknowledged {len(acked)}, found {found}, duplicates {dups}, lost {lost}")
    half = psql("select count(*) from enforcement_case c where not exists (select 1 from record_entry r where r.owner_id = c.id)")
    check("no case without its record (nothing half-written)", half == "0", f"{half} without")
    half_sites = psql("select count(*) from site s where not exists (select 1 from record_entry r where r.owner_id = s.id)")
    check("no site without its record", half_sites == "0", f"{half_sites} without")
    uploads = tally.acked.get("upload", [])
    complete, partial = 0, []
    for case_id, sha in photos.items():
        listing = json.loads(call(base, "GET", f"/api/v1/cases/{case_id}/evidence", officer)[2] or b"{}")
        if any(i.get("complete") and i.get("sha256") == sha for i in listing.get("items", [])):
            complete += 1
        else:
            partial.append((case_id, sha, listing))
    for case_id, sha, listing in partial[:3]:
        print(f"  not kept whole: case {case_id}, expected {sha}: {json.dumps(listing, ensure_ascii=False)[:600]}", flush=True)
    check("every upload resumed to the end is kept whole, by its hash", complete == len(photos) and len(uploads) > 0,
          f"sent {tally.sent.get('upload', 0)}, finished {len(uploads)}, kept whole {complete}")
    sample = (tally.acked.get("case", []) + tally.acked.get("pushed case", []))[:150]
    broken = [i for i in sample if not json.loads(call(base, "POST", f"/api/v1/cases/{i}/record/verification", officer)[2]).get("intact")]
    check("every acknowledged case's full-process record verifies", not broken and sample, f"{len(sample)} verified, broken {broken[:3]}")
    print(f"also sent: {tally.sent.get('hang-up', 0)} requests cut mid-body, {tally.sent.get('feed read', 0)} feed reads", flush=True)
    log = open(os.path.join(cluster.WORK, "replica-A.log"), encoding="utf-8", errors="replace").read()
    errors = [line[:300] for line in log.splitlines() if '"level":"ERROR"' in line]
    check("no ERROR in the service's log: a client hanging up, a kill and a database restart are not server errors",
          not errors, f"{len(errors)}: {errors[:2]}")
    leaked = [p for p in parties if p in log]
    check("no log line carries a party's resident ID number", not leaked, f"{len(leaked)} found in {len(log) // 1024} KB of log")
    hangups = metric(base, "fieldlaw_http_client_hangups_total")
    print(f"faults: {cluster.results['passed']} passed, {cluster.results['failed']} failed; hang-ups counted since the last start {hangups}")
    c.server.shutdown()
    return cluster.results["failed"] == 0


def metric(base, name):
    try:
        text = call(base, "GET", "/q/metrics", "none")[2].decode()
        return next((line.split()[-1] for line in text.splitlines() if line.startswith(name)), "?")
    except Exception:
        return "?"


if __name__ == "__main__":
    cluster.run(main)
