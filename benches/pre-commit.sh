#!/usr/bin/env bash
# The pre-commit case: `attest check` on ten changed files with the whole built-in
# pack, the way pre-commit calls it. Prints the median wall time of 21 runs.
# Target: under 15 ms. Usage: benches/pre-commit.sh [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
[ -d "$corpus" ] || { echo "benchmark skipped: $corpus is absent"; exit 0; }
cargo build --release --quiet
mapfile -t files < <(find "$corpus" \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' -o -name '*.tf' -o -name 'Dockerfile' \) | sort | head -10)
times=()
for _ in $(seq 21); do
  start=$(date +%s%N)
  ./target/release/attest check "${files[@]}" >/dev/null || true
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
echo "attest check on ${#files[@]} files, built-in pack: median ${median} µs over 21 runs"
