#!/usr/bin/env bash
# Load benchmark of the screening service with wrk (Debian package `wrk`), on this machine, the load tool sharing
# it with the service. Starts `interdict serve` on OFAC SDN 2023-12-28 + UN 2026-02-27 + UK OFSI 2025-04-14, then
# runs wrk against yente's POST /match/default and the native POST /v1/screen, one query per request, cycling
# through 2,000 real names (1,000 crosslist queries that mostly hit, 1,000 people on no list).
# Usage, from the repository root: bash bench/load/run.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-32}
shared=${INTERDICT_SHARED:-../shared}
port=18080
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "error: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dotnet build src/Interdict.Cli -c Release -v quiet -nologo >/dev/null
interdict="dotnet src/Interdict.Cli/bin/Release/net10.0/interdict.dll"

python3 - "$shared" > "$work/names.txt" <<'PY'
import csv, json, sys
shared = sys.argv[1]
names = [json.loads(line)["query"] for line in open(f"{shared}/eval/crosslist-dev.jsonl", encoding="utf-8")][:1000]
with open(f"{shared}/eval/negatives-us.csv", encoding="utf-8") as f:
    names += [row["full_name"] for _, row in zip(range(1000), csv.DictReader(f))]
print("\n".join(n.replace("\n", " ") for n in names))
PY

key=$(INTERDICT_DATA="$work" $interdict keys create --role screen --name load-benchmark 2>/dev/null)
INTERDICT_DATA="$work" $interdict serve --urls "http://127.0.0.1:$port" \
  --lists "$shared/lists/ofac-sdn/2023-12-28" "$shared/lists/un/un_consolidated_2026-02-27.xml" \
          "$shared/lists/uk/OFSI_ConList_2025-04-14.xlsx" > "$work/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done

for endpoint in match v1; do
  # A short warm-up so that the JIT has compiled the hot paths before the measured run.
  ENDPOINT=$endpoint KEY=$key NAMES="$work/names.txt" wrk -t1 -c"$connections" -d5s -s bench/load/screen.lua "http://127.0.0.1:$port" >/dev/null
  echo "== POST $( [ $endpoint = match ] && echo /match/default || echo /v1/screen ), $connections connections, ${seconds}s"
  ENDPOINT=$endpoint KEY=$key NAMES="$work/names.txt" wrk -t1 -c"$connections" -d"${seconds}s" --latency -s bench/load/screen.lua "http://127.0.0.1:$port"
done
echo "== server resident memory: $(ps -o rss= -p $server | awk '{printf "%.0f MB", $1/1024}')"
