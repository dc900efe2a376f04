#!/usr/bin/env bash
# Time to first response and resident memory of the packaged JVM application.
# Needs a built target/quarkus-app (./mvnw package) and a PostgreSQL server:
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/fieldlaw DB_USER=fieldlaw DB_PASSWORD=fieldlaw bench/startup.sh [runs]
# OIDC_URL should answer discovery (a Keycloak realm, or any static .well-known document);
# an unreachable provider adds its connection retries to the start-up time.
# Binds 127.0.0.1:8080; each run is bounded to 60 s and the process is stopped by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
: "${DB_URL:?set DB_URL}"
export HTTP_HOST=127.0.0.1
# parties' data is sealed at rest: the bench's public keys unless the caller gives its own (bench/benchlib.py)
export FIELDLAW_PRIVACY_KEYS="${FIELDLAW_PRIVACY_KEYS:-bench:$(printf 'fieldlaw bench sealing key, 32b.' | base64)}"
export FIELDLAW_PRIVACY_ACTIVE_KEY="${FIELDLAW_PRIVACY_ACTIVE_KEY:-bench}"
export FIELDLAW_PRIVACY_LOOKUP_KEY="${FIELDLAW_PRIVACY_LOOKUP_KEY:-$(printf 'fieldlaw bench lookup key, 32 b.' | base64)}"
jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "build first: ./mvnw package -DskipTests" >&2; exit 1; }
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  # With an AppCDS archive (./mvnw package -Dquarkus.package.jar.appcds.enabled=true) the JVM maps it in.
  # The archive records class paths relative to target/quarkus-app: start from there.
  cds=()
  [ -f target/quarkus-app/app-cds.jsa ] && cds=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto)
  (cd target/quarkus-app && exec java "${cds[@]}" -jar quarkus-run.jar) > "target/bench-startup-$i.log" 2>&1 &
  pid=$!
  ( sleep 60; kill "$pid" 2>/dev/null ) &
  watchdog=$!
  until curl -s -o /dev/null http://127.0.0.1:8080/q/health/ready; do
    kill -0 "$pid" 2>/dev/null || { echo "the service exited: see target/bench-startup-$i.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  rss_first=$(ps -o rss= -p "$pid")
  for _ in $(seq 200); do curl -s -o /dev/null http://127.0.0.1:8080/q/health/ready; done
  rss_after=$(ps -o rss= -p "$pid")
  echo "run $i: first response $(( (end - start) / 1000000 )) ms, RSS ${rss_first} kB at first response, ${rss_after} kB after 200 requests"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  kill "$watchdog" 2>/dev/null || true
done
