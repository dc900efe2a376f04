#!/usr/bin/env bash
# End-to-end run against a real Keycloak: the packaged service in its production profile, a real
# PostgreSQL (Debian's binaries), tokens issued by Keycloak's password grant. Needs a built
# target/quarkus-app (./mvnw verify or package). Binds 127.0.0.1 only; stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$PWD/target/e2e"
KC_VERSION=26.7.3
KC_PORT=18180
APP_PORT=18082
PG_PORT=55433
PG_BIN=/usr/lib/postgresql/15/bin
JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ ! -x "$JAVA25/bin/java" ]; then
  echo "e2e: skipped: Keycloak $KC_VERSION needs Java 21 or newer, looked for it at $JAVA25"
  exit 0
fi
mkdir -p "$WORK"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -d "$WORK/pg/data" ] && su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg/data stop -m fast" >/dev/null 2>&1 || true
}
trap cleanup EXIT

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -f "$WORK/keycloak-quarkus-dist-$KC_VERSION.zip" ] || ./mvnw -B -q dependency:copy \
  -Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip -DoutputDirectory="$WORK"
KC="$WORK/keycloak-$KC_VERSION"
[ -d "$KC" ] || unzip -q -o "$WORK/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$WORK"
# A fresh realm each run: Keycloak skips the import of a realm its database already holds.
rm -rf "$KC/data/h2"
mkdir -p "$KC/data/import"
cp e2e/fieldlaw-realm.json "$KC/data/import/"
JAVA_HOME="$JAVA25" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=e2e-admin \
  "$KC/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=$KC_PORT --http-management-host=127.0.0.1 \
  --import-realm > "$WORK/keycloak.log" 2>&1 &
pids+=($!)

rm -rf "$WORK/pg" && mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
su postgres -c "$PG_BIN/initdb -D $WORK/pg/data -U postgres --auth=trust" > "$WORK/initdb.log" 2>&1
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg/data -o '-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg' -l $WORK/pg/log start -w" >/dev/null
"$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -q -c "create user fieldlaw password 'e2e'" -c "create database fieldlaw owner fieldlaw"

for _ in $(seq 300); do curl -sf "http://127.0.0.1:$KC_PORT/realms/fieldlaw/.well-known/openid-configuration" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$KC_PORT/realms/fieldlaw/.well-known/openid-configuration" >/dev/null \
  || { echo "Keycloak did not start: $WORK/keycloak.log"; exit 1; }

DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/fieldlaw" DB_USER=fieldlaw DB_PASSWORD=e2e \
OIDC_URL="http://127.0.0.1:$KC_PORT/realms/fieldlaw" OIDC_CLIENT_ID=fieldlaw-api HTTP_HOST=127.0.0.1 \
OIDC_CONSOLE_CLIENT_ID=fieldlaw-console OIDC_CONSOLE_SECRET=console-e2e-secret \
QUARKUS_OIDC_CONSOLE_AUTHENTICATION_COOKIE_FORCE_SECURE=false \
QUARKUS_HTTP_PORT=$APP_PORT FIELDLAW_AGENCY_DEMO_DATA=true FIELDLAW_CHECKPOINT_DIR="$WORK/checkpoints" \
FIELDLAW_PRIVACY_KEYS="e2e:$(openssl rand -base64 32)" FIELDLAW_PRIVACY_ACTIVE_KEY=e2e \
FIELDLAW_PRIVACY_LOOKUP_KEY="$(openssl rand -base64 32)" \
  java -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$APP_PORT/q/health/ready" >/dev/null && break; sleep 1; done

token() {
  curl -sf -d grant_type=password -d client_id=fieldlaw-api -d "username=$1" -d "password=$1-e2e-password" \
    "http://127.0.0.1:$KC_PORT/realms/fieldlaw/protocol/openid-connect/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
passed=0
failed=0
check() { # name, expected status, actual status
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1: expected $2, got $3"; fi
}
status() { curl -s -o "$WORK/body.json" -w '%{http_code}' "$@"; }

CHEN=$(token chen); WU=$(token wu); LIANG=$(token liang)
API="http://127.0.0.1:$APP_PORT/api/v1"
check "an officer's Keycloak token opens his profile" 200 "$(status -H "Authorization: Bearer $CHEN" "$API/agency/me")"
check "the profile is the officer record of 白沙街道" 1 "$(grep -c '"jurisdictionCode":"440703001"' "$WORK/body.json" || true)"
check "no token is refused" 401 "$(status "$API/agency/me")"
check "a token with a broken signature is refused" 401 "$(status -H "Authorization: Bearer ${CHEN%?????}AAAAA" "$API/agency/me")"
check "an officer of 恩城 cannot read 白沙's devolved matters" 403 "$(status -H "Authorization: Bearer $WU" "$API/agency/towns/440703001/devolved-matters")"
check "an officer cannot manage officers" 403 "$(status -H "Authorization: Bearer $CHEN" "$API/agency/officers")"
check "the city administrator lists officers" 200 "$(status -H "Authorization: Bearer $LIANG" "$API/agency/officers")"
check "a Keycloak token is refused on the bureau paths" 401 "$(status -H "Authorization: Bearer $LIANG" "$API/bureau/session")"
check "an officer assesses 占道经营 in 白沙" 200 "$(status -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' \
  -d '{"violationCode":"JM-CG-001","actDate":"2026-03-02","party":{"kind":"PERSON","idNumber":"440703198506120022"}}' "$API/discretion/assessments")"
check "the assessment uses the 蓬江区 refinement" 1 "$(grep -c '"rowId":"PJ-CG-001-G"' "$WORK/body.json" || true)"

# A case recorded on the phone, filed, kept from another town, and its record proven intact.
officer_id() { python3 -c "import hashlib,uuid,sys; print(uuid.UUID(bytes=hashlib.md5(sys.argv[1].encode()).digest(), version=3))" "demo-officer-$1"; }
CASE_ID=$(python3 -c 'import uuid; print(uuid.uuid4())')
CASE_BODY=$(cat <<JSON
{"procedure":"GENERAL","source":"PATROL","violationCode":"JM-CG-001",
 "place":{"code":"440703001","address":"白沙大道西 8 号（e2e）"},"actDate":"$(date -u -d '-5 days' +%F)",
 "party":{"kind":"PERSON","name":"端到端","idNumber":"440703198506120022"},
 "officers":[{"officerId":"$(officer_id chen)"},{"officerId":"$(officer_id lin)"}]}
JSON
)
check "an officer records a case with the phone's id" 201 "$(status -X PUT -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$CASE_BODY" "$API/cases/$CASE_ID")"
check "sending it again answers the stored case" 200 "$(status -X PUT -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$CASE_BODY" "$API/cases/$CASE_ID")"
check "filing takes a case number" 200 "$(status -X POST -H "Authorization: Bearer $CHEN" -H 'If-Match: "0"' -H 'Content-Type: application/json' -d '{"to":"FILED"}' "$API/cases/$CASE_ID/transitions")"
check "the case number is 白沙's" 1 "$(grep -c '"caseNumber":"江蓬白综执罚〔' "$WORK/body.json" || true)"
check "an officer of 恩城 does not see the case" 404 "$(status -H "Authorization: Bearer $WU" "$API/cases/$CASE_ID")"
check "the case record verifies" 200 "$(status -X POST -H "Authorization: Bearer $CHEN" "$API/cases/$CASE_ID/record/verification")"
check "the record is intact" 1 "$(grep -c '"intact":true' "$WORK/body.json" || true)"
check "published decisions need no login" 200 "$(status "http://127.0.0.1:$APP_PORT/public/v1/decisions")"
# A patrol with its track sent twice, a report of building on it, the site confirmed and turned into a case.
PATROL_ID=$(python3 -c 'import uuid; print(uuid.uuid4())')
START=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)
PATROL_BODY="{\"placeCode\":\"440703001\",\"officers\":[\"$(officer_id chen)\",\"$(officer_id lin)\"],\"startedAt\":\"$START\"}"
TRACK=$(python3 -c "import json,datetime,sys; s=datetime.datetime.fromisoformat(sys.argv[1].replace('Z','+00:00')); print(json.dumps({'points':[{'at':(s+datetime.timedelta(minutes=m)).isoformat(),'latitude':22.58+m*0.0002,'longitude':113.08} for m in range(10)]}))" "$START")
check "an officer starts a patrol with the phone's id" 201 "$(status -X PUT -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$PATROL_BODY" "$API/patrols/$PATROL_ID")"
check "a track batch is stored" 200 "$(status -X POST -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$TRACK" "$API/patrols/$PATROL_ID/track")"
check "the same batch again adds nothing" 200 "$(status -X POST -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$TRACK" "$API/patrols/$PATROL_ID/track")"
check "its ten fixes count as duplicates" 1 "$(grep -c '"added":0,"conflicting":\[\],"duplicates":10' "$WORK/body.json" || true)"
SITE_ID=$(python3 -c 'import uuid; print(uuid.uuid4())')
REPORT="{\"siteId\":\"$SITE_ID\",\"visitId\":\"$(python3 -c 'import uuid; print(uuid.uuid4())')\",\"patrolId\":\"$PATROL_ID\",\"placeCode\":\"440703001\",\"address\":\"白沙街道某村（e2e）\",\"planningArea\":\"URBAN_OR_TOWN\",\"partyName\":\"端到端\",\"partyIdentifier\":\"440703198506120022\",\"constructionCost\":100000,\"visitedAt\":\"$START\",\"point\":{\"latitude\":22.40,\"longitude\":112.90},\"observation\":{\"kind\":\"NEW_BUILDING\",\"floors\":1,\"constructionInProgress\":true,\"permitStatus\":\"NONE\"}}"
check "a report on the patrol makes a new site" 201 "$(status -X POST -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$REPORT" "$API/sites/reports")"
SITE_VERSION=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['site']['version'])" "$WORK/body.json")
check "the site is confirmed" 200 "$(status -X PUT -H "Authorization: Bearer $CHEN" -H "If-Match: \"$SITE_VERSION\"" -H 'Content-Type: application/json' -d '{"status":"CONFIRMED_ILLEGAL"}' "$API/sites/$SITE_ID/status")"
SITE_CASE=$(python3 -c 'import uuid; print(uuid.uuid4())')
CONVERSION="{\"caseId\":\"$SITE_CASE\",\"officers\":[{\"officerId\":\"$(officer_id chen)\"},{\"officerId\":\"$(officer_id lin)\"}]}"
check "the confirmed site becomes a case" 201 "$(status -X POST -H "Authorization: Bearer $CHEN" -H 'Content-Type: application/json' -d "$CONVERSION" "$API/sites/$SITE_ID/case")"
check "of the Art 64 violation" 1 "$(grep -c '"violationCode":"JM-GH-064"' "$WORK/body.json" || true)"
check "an officer of 恩城 does not see the site" 404 "$(status -H "Authorization: Bearer $WU" "$API/sites/$SITE_ID")"
# The app's sign-in: authorization code with PKCE (S256) on the public client fieldlaw-mobile, an
# offline token for the week without signal, and a fresh access token from it.
VERIFIER=$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')
CHALLENGE=$(python3 -c 'import base64,hashlib,sys; print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode().rstrip("="))' "$VERIFIER")
REDIRECT='cn.gov.jiangmen.fieldlaw:/oauth2redirect'
OIDC="http://127.0.0.1:$KC_PORT/realms/fieldlaw/protocol/openid-connect"
JAR="$WORK/cookies"
app_code() { # signs chen in through Keycloak's login form, as the app's browser tab would; prints the code
  local page action
  page=$(curl -s -c "$JAR" -b "$JAR" -G "$OIDC/auth" --data-urlencode client_id=fieldlaw-mobile --data-urlencode response_type=code \
    --data-urlencode "scope=openid offline_access" --data-urlencode "redirect_uri=$REDIRECT" \
    --data-urlencode "code_challenge=$CHALLENGE" --data-urlencode code_challenge_method=S256 --data-urlencode state=e2e)
  action=$(printf '%s' "$page" | python3 -c 'import html,re,sys; m=re.search(r"<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", sys.stdin.read()); print(html.unescape(m.group(1)) if m else "")')
  curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" --data-urlencode username=chen --data-urlencode password=chen-e2e-password "$action" \
    | python3 -c 'import sys,urllib.parse as u; q=u.parse_qs(u.urlparse(sys.stdin.read()).query); print(q.get("code",[""])[0])'
}
check "a code exchanged without the PKCE verifier is refused" 400 "$(curl -s -o /dev/null -w '%{http_code}' -d grant_type=authorization_code \
  -d client_id=fieldlaw-mobile --data-urlencode "code=$(app_code)" --data-urlencode "redirect_uri=$REDIRECT" "$OIDC/token")"
rm -f "$JAR"
TOKENS=$(curl -s -d grant_type=authorization_code -d client_id=fieldlaw-mobile --data-urlencode "code=$(app_code)" \
  --data-urlencode "redirect_uri=$REDIRECT" --data-urlencode "code_verifier=$VERIFIER" "$OIDC/token")
APP_ACCESS=$(printf '%s' "$TOKENS" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("access_token",""))')
OFFLINE=$(printf '%s' "$TOKENS" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("refresh_token","") if "offline_access" in d.get("scope","") else "")')
check "the app signs in with PKCE and opens the profile" 200 "$(status -H "Authorization: Bearer $APP_ACCESS" "$API/agency/me")"
REFRESHED=$(curl -s -d grant_type=refresh_token -d client_id=fieldlaw-mobile --data-urlencode "refresh_token=$OFFLINE" "$OIDC/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin).get("access_token",""))')
check "the offline token gives a new access token" 200 "$(status -H "Authorization: Bearer $REFRESHED" "$API/agency/me")"
# The console: a supervisor signs in through Keycloak's own login page (authorization code with PKCE on
# the confidential client fieldlaw-console). Plain HTTP on 127.0.0.1 here, so the session cookie is not
# forced Secure for this run (it is in production, behind TLS).
CJAR="$WORK/console-cookies"
rm -f "$CJAR"
LOGIN=$(curl -s -L -c "$CJAR" -b "$CJAR" "http://127.0.0.1:$APP_PORT/console")
ACTION=$(printf '%s' "$LOGIN" | python3 -c 'import html,re,sys; m=re.search(r"<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", sys.stdin.read()); print(html.unescape(m.group(1)) if m else "")')
check "the console sends a browser without a session to Keycloak's login page" 1 "$([ -n "$ACTION" ] && echo 1 || echo 0)"
check "a supervisor signs in there and gets the console's home page" 200 "$(curl -s -L -o "$WORK/console.html" -w '%{http_code}' -c "$CJAR" -b "$CJAR" \
  --data-urlencode username=huang --data-urlencode password=huang-e2e-password "$ACTION")"
check "the page is his, with his work queues" 1 "$(grep -c '<span class="who"[^>]*>黄国栋' "$WORK/console.html" || true)"
check "a supervisor's own queues come first" 1 "$(python3 -c 'import sys; t=open(sys.argv[1]).read(); print(int(0 < t.find("待批准的偏离裁量基准") < t.find("辖区动态")))' "$WORK/console.html")"
check "the console page is sent with its Content-Security-Policy" 1 "$(curl -s -D - -o /dev/null -c "$CJAR" -b "$CJAR" "http://127.0.0.1:$APP_PORT/console" | grep -ci "^content-security-policy: default-src 'self'" || true)"
# The console's one approval: the case filed above, proposed at 180 yuan (outside 100-140) with reasons on
# the phone; the supervisor approves the deviation on its page, as htmx sends it (CSRF token in a header).
etag() { curl -s -D - -o /dev/null -H "Authorization: Bearer $CHEN" "$API/cases/$CASE_ID" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'; }
for STEP in '{"to":"INVESTIGATING"}' '{"to":"PROPOSED","proposedFine":180,"deviationReasons":"多次劝导不听（e2e）"}'; do
  status -X POST -H "Authorization: Bearer $CHEN" -H "If-Match: $(etag)" -H 'Content-Type: application/json' -d "$STEP" "$API/cases/$CASE_ID/transitions" > /dev/null
done
CASE_PAGE=$(curl -s -c "$CJAR" -b "$CJAR" "http://127.0.0.1:$APP_PORT/console/cases/$CASE_ID")
CSRF=$(printf '%s' "$CASE_PAGE" | sed -n 's/.*"X-CSRF-Token": "\([^"]*\)".*/\1/p' | head -n 1)
PAGE_VERSION=$(printf '%s' "$CASE_PAGE" | sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' | head -n 1)
check "the case page shows the deviation awaiting the supervisor" 1 "$(printf '%s' "$CASE_PAGE" | grep -c '待负责人批准' || true)"
APPROVE="http://127.0.0.1:$APP_PORT/console/cases/$CASE_ID/events"
check "an approval without the page's CSRF token is refused" 403 "$(curl -s -o /dev/null -w '%{http_code}' -c "$CJAR" -b "$CJAR" -H 'HX-Request: true' \
  --data-urlencode "version=$PAGE_VERSION" --data-urlencode kind=DEVIATION_APPROVAL "$APPROVE")"
check "the supervisor approves the deviation from the case page" 204 "$(curl -s -o /dev/null -w '%{http_code}' -c "$CJAR" -b "$CJAR" -H 'HX-Request: true' \
  -H "X-CSRF-Token: $CSRF" --data-urlencode "version=$PAGE_VERSION" --data-urlencode kind=DEVIATION_APPROVAL --data-urlencode 'text=同意（e2e）' "$APPROVE")"
check "the API shows the approval by him" 200 "$(status -H "Authorization: Bearer $CHEN" "$API/cases/$CASE_ID")"
check "approved by 黄国栋's officer record" 1 "$(grep -c "\"deviationApprovedBy\":\"$(officer_id huang)\"" "$WORK/body.json" || true)"
check "no line of the service's log carries a resident ID number" 0 "$(python3 e2e/log_scan.py "$WORK/service.log" > /dev/null; echo $?)"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
