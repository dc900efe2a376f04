#!/usr/bin/env python3
"""The case file (案卷) of a case with 50 photos of about 3 MB each, fetched through the packaged service.

Sets up the bench stack (benchlib.Stack: the packaged jar in its production profile against the named
PostgreSQL, a local static OIDC provider), signs with a PKCS#12 key store made here by keytool (the
production path: fieldlaw.documents.signing.key-store, the town office's id as alias), records one case,
uploads the photos by tus as the phone does, then fetches GET /api/v1/cases/{id}/dossier (the PDF) and
/dossier/archive (the ZIP of the originals) several times with curl, reporting time to first byte, time to
the last byte, size, and the service's resident memory (VmRSS, VmHWM) with the heap capped by --jvm.

    ./mvnw package -DskipTests
    python3 bench/documents/dossier.py --db postgresql://fieldlaw:fieldlaw@127.0.0.1:55432/fieldlaw_bench --reset

--reset drops and recreates the public schema of that database: give it a database of its own.
Everything binds 127.0.0.1; the service is stopped at the end (and by a watchdog after 30 minutes).
"""
import argparse, base64, glob, json, os, subprocess, sys, time, urllib.request, uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from benchlib import ROOT, TOWN_OFFICE, Stack, case_body, memory, resident_ids  # noqa: E402


def photos(n):
    directory = os.path.join(ROOT, "target", "bench-photos")
    have = sorted(glob.glob(os.path.join(directory, "*.jpg")))
    if len(have) < n:
        subprocess.run(["java", os.path.join(ROOT, "bench", "documents", "Photos.java"), directory, str(n)], check=True,
                       stdout=subprocess.DEVNULL)
        have = sorted(glob.glob(os.path.join(directory, "*.jpg")))
    return have[:n]


def key_store():
    path = os.path.join(ROOT, "target", "bench-signing.p12")
    if not os.path.exists(path):
        subprocess.run(["keytool", "-genkeypair", "-alias", TOWN_OFFICE, "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                        "-dname", "CN=基准测试白沙,O=Fieldlaw Bench,C=CN", "-storetype", "PKCS12", "-keystore", path,
                        "-storepass", "bench-pass", "-keypass", "bench-pass"], check=True, stdout=subprocess.DEVNULL)
    return path


def call(stack, method, path, body=None, headers=None, token=None):
    h = {"Authorization": "Bearer " + (token or stack.officer_token)}
    h.update(headers or {})
    request = urllib.request.Request(stack.base + path, data=body, method=method, headers=h)
    return urllib.request.urlopen(request, timeout=120)


def upload(stack, case_id, path):
    meta = {"caseId": case_id, "filename": os.path.basename(path), "filetype": "image/jpeg", "capturedAt": "2026-11-30T09:31:00+08:00"}
    header = ",".join(k + " " + base64.b64encode(v.encode()).decode() for k, v in meta.items())
    size = os.path.getsize(path)
    created = call(stack, "POST", "/api/v1/uploads", headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(size), "Upload-Metadata": header})
    location = created.headers["Location"]
    location = location[location.index("/api/v1/uploads"):]
    with open(path, "rb") as f:
        call(stack, "PATCH", location, body=f.read(), headers={"Tus-Resumable": "1.0.0", "Upload-Offset": "0",
                                                              "Content-Type": "application/offset+octet-stream"})


def fetch(stack, path, out):
    w = subprocess.run(["curl", "-s", "-o", out, "-w", "%{http_code} %{time_starttransfer} %{time_total} %{size_download}",
                        "-H", "Authorization: Bearer " + stack.officer_token, stack.base + path],
                       capture_output=True, text=True, timeout=300).stdout.split()
    return int(w[0]), float(w[1]), float(w[2]), int(w[3])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--reset", action="store_true")
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jvm", default="-Xmx256m", help="the service's JVM options: the heap cap the dossier must live within")
    a = parser.parse_args()
    files = photos(a.photos)
    total = sum(os.path.getsize(p) for p in files)
    print(f"{len(files)} photos, {total / 1e6:.0f} MB, {total / len(files) / 1e6:.2f} MB each")
    os.environ["FIELDLAW_SIGNING_KEY_STORE"] = key_store()
    os.environ["FIELDLAW_SIGNING_KEY_STORE_PASSWORD"] = "bench-pass"
    stack = Stack(a.db, reset=a.reset, jvm=a.jvm, violations=100, log_name="bench-dossier")
    try:
        case_id = str(uuid.uuid4())
        call(stack, "PUT", "/api/v1/cases/" + case_id, body=json.dumps(case_body(resident_ids(1)[0]), ensure_ascii=False).encode(),
             headers={"Content-Type": "application/json"})
        started = time.time()
        for p in files:
            upload(stack, case_id, p)
        print(f"uploaded in {time.time() - started:.1f} s; service memory {memory(stack.app.pid)} MB")
        for path, name in (("/dossier", "dossier.pdf"), ("/dossier/archive", "dossier.zip")):
            out = os.path.join(ROOT, "target", "bench-" + name)
            rows = []
            for r in range(a.runs):
                status, first, last, size = fetch(stack, "/api/v1/cases/" + case_id + path, out)
                mem = memory(stack.app.pid)
                rows.append(last)
                print(f"{name} run {r + 1}: HTTP {status}, first byte {first:.2f} s, last byte {last:.2f} s, {size / 1e6:.1f} MB; "
                      f"service RSS {mem['VmRSS']} MB (peak {mem['VmHWM']} MB)")
                if status != 200:
                    sys.exit("failed: see target/bench-dossier.log")
            rows.sort()
            print(f"{name}: median {rows[len(rows) // 2]:.2f} s, worst {rows[-1]:.2f} s over {len(rows)} runs")
        pages = subprocess.run(["pdfinfo", os.path.join(ROOT, "target", "bench-dossier.pdf")], capture_output=True, text=True).stdout
        print(next((l for l in pages.splitlines() if l.startswith("Pages")), "pdfinfo: n/a"))
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
