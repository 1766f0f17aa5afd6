#!/usr/bin/env bash
# Database work per accession against the benchmark's baseline (issue 8), counted by PostgreSQL, so the figures do
# not depend on how busy the machine is: commits and rows written per item (pg_stat_database and
# pg_stat_user_tables, before and after), for N submissions through POST /api/accessions (with their e-mail jobs,
# waited for), N starts of the baseline process through engine REST, and N idle steps (the engine's own polling).
# Usage, after `mvn -q package -DskipTests`, against the local PostgreSQL (trust auth on 127.0.0.1:5432):
#   bash bench/db-work.sh                 N=200 by default; EXTRA="--camunda.bpm.history-level=audit" for an experiment
# It creates a fresh database jvg_dbwork_<time>, starts the packaged jar on 127.0.0.1:18700 (profiles demo, devmail,
# bench, postgres: e-mail goes to the in-process SMTP server), and drops the database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-200}; PORT=${PORT:-18700}; DB=jvg_dbwork_$(date +%s); PW=Bench-Admin-Passw0rd-1
psql -qh 127.0.0.1 -U postgres -c "create database $DB"
java -jar target/jamstallt-vg-accession-0.1.0-SNAPSHOT.jar --server.address=127.0.0.1 --server.port=$PORT \
  --spring.profiles.active=demo,devmail,bench,postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB \
  --spring.datasource.username=postgres --camunda.bpm.admin-user.password=$PW \
  --accession.public-form.rate-limit-requests=1000000000 --accession.demo.sample-data=false \
  --bench.seed-accessions=0 ${EXTRA:-} > target/db-work-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; psql -qh 127.0.0.1 -U postgres -c "drop database if exists $DB" || true' EXIT
for i in $(seq 1 180); do curl -fs http://127.0.0.1:$PORT/actuator/health >/dev/null && break; sleep 1; done
curl -fs http://127.0.0.1:$PORT/actuator/health >/dev/null || { echo "the application did not start, see target/db-work-app.log"; exit 1; }
AUTH="admin:$PW"
submit() { # $1 = number
  local v=$1 nine=$(printf "21%d%06d" $((2 + $1/1000000)) $(($1 % 1000000))) sum=0
  for i in $(seq 0 8); do d=${nine:$i:1}; if (( i % 2 == 0 )); then p=$((d*2)); else p=$d; fi; sum=$((sum + p/10 + p%10)); done
  local org="${nine:0:6}-${nine:6:3}$(( (10 - sum % 10) % 10 ))"
  curl -s -o /dev/null -w '%{http_code}\n' -X POST http://127.0.0.1:$PORT/api/accessions -H 'Content-Type: application/json' \
   -H 'Cookie: XSRF-TOKEN=t0000000000' -H 'X-XSRF-TOKEN: t0000000000' -d "{\"organisationName\":\"Mätkommun $v\",\"organisationNumber\":\"$org\",
\"organisationType\":\"KOMMUN\",\"municipalityCode\":\"1480\",\"contactName\":\"Kim Kontakt\",\"contactTitle\":\"Strateg\",
\"contactEmail\":\"kontakt$v@kommun.example\",\"contactPhone\":\"031-123 45 67\",\"decisionBody\":\"Kommunstyrelsen\",
\"decisionDate\":\"2026-10-01\",\"decisionReference\":\"KS $v\",\"goalsMakt\":[\"MAKT-1\"],
\"plannedWork\":\"Vi integrerar jämställdhet i styrning och uppföljning.\",\"infoSessionInterest\":true,\"personalDataConsent\":true}"
}
drain() { for i in $(seq 1 300); do c=$(curl -s -u $AUTH "http://127.0.0.1:$PORT/engine-rest/job/count?executable=true" | tr -dc 0-9); [ "$c" = 0 ] && return; sleep 1; done; echo "jobs not drained"; }
snap() { psql -qAtF' ' -h 127.0.0.1 -U postgres -d $DB -c "select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned+tup_fetched from pg_stat_database where datname='$DB'"; }
tables() { psql -qAtF' ' -h 127.0.0.1 -U postgres -d $DB -c "select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables order by relname"; }
for i in $(seq 1 30); do submit $((900000+i)) >/dev/null; done   # warm-up
for i in $(seq 1 30); do curl -s -o /dev/null -u $AUTH -X POST -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:$PORT/engine-rest/process-definition/key/benchBaseline/start; done
drain; sleep 2
measure() { # $1 label, $2 command
  drain; sleep 3; local a; a=$(snap); tables > target/db-work-t0
  local s=$(date +%s.%N)
  for i in $(seq 1 $N); do $2 $i; done | sort | uniq -c | tr '\n' ' '
  local e=$(date +%s.%N)
  drain; sleep 3; local b; b=$(snap); tables > target/db-work-t1
  python3 - "$1" "$a" "$b" "$N" "$s" "$e" <<'PY'
import sys
label,a,b,n,s,e=sys.argv[1],list(map(int,sys.argv[2].split())),list(map(int,sys.argv[3].split())),int(sys.argv[4]),float(sys.argv[5]),float(sys.argv[6])
names=['commits','rows inserted','rows updated','rows deleted','rows read']
print(f"\n{label}: {n} in {e-s:.1f} s (sequential, one client) ->", ', '.join(f"{names[i]} {(b[i]-a[i])/n:.1f}" for i in range(5)), 'per item')
t0={l.split()[0]:list(map(int,l.split()[1:])) for l in open('target/db-work-t0')}
for l in open('target/db-work-t1'):
    p=l.split(); r=p[0]; v=list(map(int,p[1:])); o=t0.get(r,[0,0,0])
    d=[(v[i]-o[i])/n for i in range(3)]
    if any(x>=0.5 for x in d): print(f"   {r:32s} ins {d[0]:5.1f} upd {d[1]:5.1f} del {d[2]:5.1f}")
PY
}
sub() { submit $((100000+$1)); }
base() { curl -s -o /dev/null -w '%{http_code}\n' -u $AUTH -X POST -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:$PORT/engine-rest/process-definition/key/benchBaseline/start; }
measure "submission (POST /api/accessions, incl. its mail jobs)" sub
measure "baseline start (engine REST)" base
idle() { sleep 0.05; echo idle; }
measure "nothing (0.05 s sleep per item: the engine's own polling)" idle
