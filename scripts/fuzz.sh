#!/usr/bin/env bash
# Fuzz the front end with libFuzzer for N seconds (default 600) over the Go
# corpora. Prints libFuzzer's final statistics: the number of inputs run is
# its "stat::number_of_executed_units". Crashes land in fuzz-crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
swift build -c release --product GoFuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DGOMEM_FUZZ
mkdir -p fuzz-corpus fuzz-crashes
cp testdata/programs/*.go testdata/errors/*.go fuzz-corpus/ 2>/dev/null || true
.build-fuzz/release/GoFuzz fuzz-corpus -max_total_time="$seconds" -timeout=10 \
  -rss_limit_mb=4096 -max_len=16384 -artifact_prefix=fuzz-crashes/ -print_final_stats=1
