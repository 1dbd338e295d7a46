#!/usr/bin/env bash
# Benchmarks a release `clasp serve` with wrk: 10 s on the class page (HTML) and 10 s on the
# JSON class endpoint, reporting requests/s and latency percentiles. Target for the JSON
# endpoint: >= 2,000 req/s with p99 < 50 ms.
set -euo pipefail
clasp="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
work=$(mktemp -d)
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
"$clasp" demo "$work/plans" >/dev/null
"$clasp" accounts add auditor --data "$work/data" --password bench-password >/dev/null
token=$("$clasp" accounts token auditor --data "$work/data" --label bench)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$clasp" serve --plans "$work/plans" --data "$work/data" --port "$port" --log-level error &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
for target in "/plans/roseville/classes/finance-technician?as-of=2020-01-01" \
              "/api/v1/plans/roseville/classes/finance-technician?as-of=2020-01-01"; do
    echo "== $target"
    wrk -t2 -c32 -d10s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port$target" \
        | grep -E "Requests/sec|Latency|50%|75%|90%|99%|Non-2xx"
done
