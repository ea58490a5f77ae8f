#!/usr/bin/env bash
# Seed corpora for the fuzz targets, copied from the repository's fixtures
# (tests/fixtures/ and the pack's fixtures, policies/*/) at run time, so that
# no copy is committed: fuzz/corpus/ is ignored by git.
#
#   fuzz/seed.sh            every fixture
#   fuzz/seed.sh --every N  one fixture in N (a quicker start for a short run)
#
# The targets `load` and `evaluate` read their first byte as a choice (the
# syntax, the file name); each seed gets the byte that reproduces its own
# syntax or name, then its bytes. `evaluate_structured` reads a generator's
# bytes, which no fixture is: it starts from an empty corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
every=1
[ "${1:-}" = "--every" ] && every="${2:?--every takes a number}"

corpus=fuzz/corpus
mkdir -p "$corpus/policy" "$corpus/load" "$corpus/evaluate" "$corpus/evaluate_structured"

# The first byte of a `load` input: the index in SYNTAXES (fuzz_targets/load.rs).
load_byte() {
  case "$1" in
    *.yaml | *.yml) echo 0 ;;
    *.json) echo 1 ;;
    *.toml) echo 2 ;;
    *.tf | *.tfvars) echo 3 ;;
    *Dockerfile | *.dockerfile) echo 4 ;;
    *CODEOWNERS) echo 5 ;;
    *) echo 6 ;;
  esac
}

# The first byte of an `evaluate` input: the index in NAMES (fuzz_targets/evaluate.rs).
evaluate_byte() {
  case "$1" in
    *.tf | *.tfvars) echo 0 ;;
    */.github/workflows/* | policies/gha-*) echo 4 ;;
    *compose*.yaml | *compose*.yml) echo 5 ;;
    *.yaml | *.yml) echo 3 ;;
    *.json) echo 2 ;;
    *Dockerfile | *.dockerfile) echo 6 ;;
    *CODEOWNERS) echo 7 ;;
    *.toml) echo 8 ;;
    *) echo 9 ;;
  esac
}

# A seed file named after its source, `/` as `__`, so that reseeding
# overwrites rather than duplicates.
put() { # target, byte or "", source
  local name
  name="${3//\//__}"
  if [ -n "$2" ]; then
    { printf "\\$(printf '%03o' "$2")"; cat "$3"; } >"$corpus/$1/$name"
  else
    cp "$3" "$corpus/$1/$name"
  fi
}

n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  [ $((n % every)) -eq 0 ] || continue
  case "$f" in
    *.policy) put policy "" "$f" ;;
    *.md | *.snap | *.expect) ;;
    *)
      put load "$(load_byte "$f")" "$f"
      put evaluate "$(evaluate_byte "$f")" "$f"
      ;;
  esac
done < <(find tests/fixtures policies -type f -print0 | sort -z)

for t in policy load evaluate evaluate_structured; do
  echo "$t: $(find "$corpus/$t" -type f | wc -l) seeds"
done
