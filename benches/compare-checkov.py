#!/usr/bin/env python3
"""Compare attest with checkov on Terraform and CloudFormation code.

For every path given, run checkov and attest over it and sort every failed
checkov check into one of:

  matched    policies/equivalents.toml maps the checkov id to attest
             policies, and attest reports one of them (status `fail` or
             `unknown`; the unknown ones are counted apart too) in the same
             file, on a line inside the line range checkov gives for the
             resource;
  missed     the id is mapped to attest policies, but attest reports none of
             them there (`partial` entries are counted apart as well);
  reason     equivalents.toml gives a reason why attest does not check it;
  gap        equivalents.toml lists it as a gap (a policy attest should have);
  unmapped   the id is not in equivalents.toml (non-AWS checks: CKV_K8S,
             CKV_AZURE, CKV_GCP, CKV_TF, ...), counted by id prefix.

Then count the attest findings that no failed checkov check of an id mapped
to their policy covers (attest-only findings), by policy, splitting the
policies that equivalents.toml names for some checkov id from those it does
not name at all.

Units. checkov reports a resource of a local module once per module call;
its failed results are merged by (check id, file, line range), and attest
findings by (policy, file, line), so that counts are per location in the
code.  Both tools' paths are made absolute (checkov's are relative to the
scanned directory with a leading `/`, attest's to the working directory).

Printed: one summary row per repository and framework, with totals per
framework; `recall` is matched / (matched + missed) (how much of what checkov
finds with an equivalent attest finds too) and `cover` is matched / failed
checks whose id has SOC 2 criteria in equivalents.toml (reason, gap and
missed included); the unmapped prefixes; the top missed checkov ids with an
example location; the top attest-only policies.  Output is sorted and
deterministic for the same tool outputs.

Usage (from the repository root):

    benches/compare-checkov.py --attest target/release/attest \\
        --checkov /tmp/checkov-venv/bin/checkov ../shared/corpus/terragoat

checkov runs offline: `--skip-download`, `--download-external-modules false`
and BC_SKIP_MAPPING.  Exit codes 0 and 1 of both tools are normal (1 means
failures were found).  When checkov stops with an exception on a directory
(it does on CloudFormation templates that use Rain modules), the directory
is scanned piece by piece and the files checkov cannot scan are left out
and listed under "Notes".  `--cache DIR` keeps each tool's raw JSON in DIR and
reuses it on the next run (delete the files to rerun a tool).

Python 3.11 or later (tomllib), standard library only.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

FRAMEWORKS = ("terraform", "cloudformation")
CLASSES = ("matched", "missed", "reason", "gap", "unmapped")
TF_SUFFIXES = (".tf", ".tf.json")
CFN_SUFFIXES = (".yaml", ".yml", ".json", ".template", ".txt")


def parse_args(argv):
    here = Path(__file__).resolve().parent
    p = argparse.ArgumentParser(
        description="Compare attest findings with checkov failed checks, "
        "through policies/equivalents.toml.",
        epilog="Exit status: 0 when the comparison ran, 2 when a tool failed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="directories to scan; each one is a 'repository' in the summary")
    p.add_argument("--attest", default="attest", metavar="BIN",
                   help="attest binary (default: attest on PATH)")
    p.add_argument("--checkov", default="checkov", metavar="BIN",
                   help="checkov binary (default: checkov on PATH)")
    p.add_argument("--equivalents", default=str(here.parent / "policies" / "equivalents.toml"),
                   metavar="FILE",
                   help="the equivalents table (default: policies/equivalents.toml of this repository)")
    p.add_argument("--frameworks", default=",".join(FRAMEWORKS), metavar="LIST",
                   help="comma-separated checkov frameworks (default: terraform,cloudformation)")
    p.add_argument("--top", type=int, default=20, metavar="N",
                   help="how many missed ids and attest-only policies to list (default: 20)")
    p.add_argument("--cache", metavar="DIR",
                   help="keep the raw tool outputs in DIR and reuse them when present")
    p.add_argument("--json", action="store_true",
                   help="print the comparison as JSON (every classified location included)")
    args = p.parse_args(argv)
    fws = [f.strip() for f in args.frameworks.split(",") if f.strip()]
    bad = [f for f in fws if f not in FRAMEWORKS]
    if bad or not fws:
        p.error(f"--frameworks: expected some of {', '.join(FRAMEWORKS)}, got {args.frameworks!r}")
    args.frameworks = sorted(set(fws), key=FRAMEWORKS.index)
    return args


def die(msg):
    print(f"compare-checkov: {msg}", file=sys.stderr)
    sys.exit(2)


def real(path):
    return os.path.realpath(os.path.abspath(path))


# --------------------------------------------------------------------------
# Running the tools


def run_json(cmd, ok_codes, env=None):
    """Run cmd; return (exit code, parsed JSON standard output, standard error)."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    except FileNotFoundError:
        die(f"cannot run {cmd[0]!r} (not found)")
    if proc.returncode not in ok_codes:
        return proc.returncode, None, proc.stderr
    try:
        data = json.loads(proc.stdout) if proc.stdout.strip() else {}
    except json.JSONDecodeError as e:
        die(f"{' '.join(cmd)}: output is not JSON ({e}); stderr:\n{proc.stderr[-2000:]}")
    return proc.returncode, data, proc.stderr


def cached(cache_file, compute):
    if cache_file and os.path.exists(cache_file):
        with open(cache_file, encoding="utf-8") as f:
            return json.load(f)
    data = compute()
    if cache_file:
        os.makedirs(os.path.dirname(cache_file), exist_ok=True)
        with open(cache_file, "w", encoding="utf-8") as f:
            json.dump(data, f)
    return data


def checkov_runs(args, scan_dir):
    """Run checkov over scan_dir; return {"runs": [{"base", "data"}], "skipped": [files]}.

    checkov stops with an exception (exit 2) on some files it cannot
    handle, e.g. CloudFormation templates whose resource `Type` is not a
    string (Rain modules).  Then scan_dir is split: each subdirectory on
    its own, and the files directly in it with `-f`, halving a list of
    files that fails until the files that make checkov fail are found and
    left out (listed as skipped).
    """
    env = dict(os.environ, BC_SKIP_MAPPING="TRUE",
               CKV_GITHUB_CONFIG_FETCH_DATA="False", CKV_GITLAB_CONFIG_FETCH_DATA="False")
    common = ["--framework", *args.frameworks, "-o", "json", "--quiet", "--compact",
              "--skip-download", "--download-external-modules", "false"]
    runs, skipped = [], []

    def run(target_args, base):
        code, data, err = run_json([args.checkov, *target_args, *common], (0, 1), env)
        if data is None:
            return err
        runs.append({"base": base, "data": data})
        return None

    def files(batch, base):
        if not batch:
            return
        err = run([a for f in batch for a in ("-f", f)], base)
        if err is None:
            return
        if len(batch) == 1:
            skipped.append(batch[0])
            print(f"compare-checkov: checkov fails on {batch[0]}, skipped", file=sys.stderr)
            return
        half = len(batch) // 2
        files(batch[:half], base)
        files(batch[half:], base)

    def directory(d, top):
        err = run(["-d", d], d)
        if err is None:
            return
        if top:
            last = err.strip().splitlines()[-1:] or [""]
            print(f"compare-checkov: checkov failed on {d} ({last[0][:200]}); splitting it",
                  file=sys.stderr)
        entries = sorted(os.listdir(d))
        subdirs = [os.path.join(d, e) for e in entries
                   if os.path.isdir(os.path.join(d, e)) and not e.startswith(".")]
        direct = [os.path.join(d, e) for e in entries if os.path.isfile(os.path.join(d, e))]
        for sd in subdirs:
            directory(sd, False)
        files(direct, d)

    directory(scan_dir, True)
    return {"runs": runs, "skipped": sorted(skipped)}


def run_checkov(args, scan_dir, cache_file):
    result = cached(cache_file, lambda: checkov_runs(args, scan_dir))
    out = []
    parse_errors = 0
    for run in result["runs"]:
        data, base = run["data"], run["base"]
        # One framework with results: a dict; several: a list of dicts;
        # none: a bare summary dict without `results`.
        reports = data if isinstance(data, list) else [data]
        for rep in reports:
            if not isinstance(rep, dict) or "results" not in rep:
                continue
            fw = rep.get("check_type")
            if fw not in args.frameworks:
                continue
            parse_errors += int((rep.get("summary") or {}).get("parsing_errors") or 0)
            for r in rep["results"].get("failed_checks") or []:
                # `file_path` is relative to the scanned directory, with a
                # leading `/` (absolute when checkov was given files).
                path = real(os.path.join(base, r["file_path"].lstrip("/")))
                if not os.path.exists(path) and r.get("file_abs_path"):
                    path = real(r["file_abs_path"])
                start, end = r["file_line_range"]
                out.append({
                    "framework": fw,
                    "id": r["check_id"],
                    "path": path,
                    "start": int(start),
                    "end": int(end),
                    "resource": r.get("resource") or "",
                })
    return out, parse_errors, result["skipped"]


def run_attest(args, scan_dir, cache_file):
    cmd = [args.attest, "check", scan_dir, "-f", "json", "--quiet", "--color", "never"]

    def compute():
        code, data, err = run_json(cmd, (0, 1))
        if data is None:
            die(f"{' '.join(cmd)} exited with {code}:\n{err[-2000:]}")
        return data

    data = cached(cache_file, compute)
    out = []
    for f in data.get("findings") or []:
        if f.get("status") not in ("fail", "unknown"):
            continue
        out.append({
            "policy": f["policy"],
            "status": f["status"],
            "path": real(f["path"]),
            "line": int((f.get("start") or {}).get("line") or 0),
            "address": f.get("address") or "",
        })
    return out, len(data.get("notices") or [])


def attest_framework(finding):
    """The checkov framework an attest finding belongs to, or None."""
    p = finding["path"].lower()
    if p.endswith(TF_SUFFIXES):
        return "terraform"
    pol = finding["policy"]
    if (pol.startswith("aws-") or pol.startswith("cfn-")) and p.endswith(CFN_SUFFIXES):
        return "cloudformation"
    return None


# --------------------------------------------------------------------------
# Equivalents


def load_equivalents(path):
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        die(f"cannot read {path}: {e}")
    table = {}
    for e in data.get("checkov", []):
        table[e["id"]] = e
    policy_ids = collections.defaultdict(set)  # attest policy -> checkov ids
    for cid, e in table.items():
        for pol in e.get("policies", []):
            policy_ids[pol].add(cid)
    return table, policy_ids


def resource_key(address):
    """`module.a.module.b["x"].aws_s3_bucket.this[0]` -> `aws_s3_bucket.this`;
    `AWS::S3::Bucket.Logs` -> `Logs`: the resource as written in its file."""
    if "::" in address:
        return address.rsplit(".", 1)[-1]
    a = address
    while True:
        m = re.match(r'module\.[^.\[]+(\[[^\]]*\])?\.', a)
        if not m:
            break
        a = a[m.end():]
    a = re.sub(r'\[[^\]]*\]$', "", a)
    return a[len("data."):] if a.startswith("data.") else a


def prefix(check_id):
    return check_id.rsplit("_", 1)[0] if re.search(r"_\d+$", check_id) else check_id


# --------------------------------------------------------------------------
# Comparison


def compare(args):
    table, policy_ids = load_equivalents(args.equivalents)
    items = []          # one per merged checkov failed location
    attest_only = []    # one per merged attest finding not covered
    repos = []
    notes = []
    for raw in args.paths:
        if not os.path.isdir(raw):
            die(f"{raw}: not a directory")
        scan_dir = real(raw)
        repo = os.path.basename(scan_dir.rstrip("/"))
        base = os.path.dirname(scan_dir)
        repos.append(repo)
        tag = f"{repo}.{'+'.join(args.frameworks)}"
        ck_cache = os.path.join(args.cache, tag + ".checkov.json") if args.cache else None
        at_cache = os.path.join(args.cache, repo + ".attest.json") if args.cache else None
        print(f"compare-checkov: {repo}: checkov ...", file=sys.stderr)
        ck, parse_errors, skipped = run_checkov(args, scan_dir, ck_cache)
        print(f"compare-checkov: {repo}: attest ...", file=sys.stderr)
        at, n_notices = run_attest(args, scan_dir, at_cache)
        for f in skipped:
            notes.append(f"{repo}: checkov fails on {os.path.relpath(f, base)}; not scanned by checkov")
        if parse_errors:
            notes.append(f"{repo}: checkov reported {parse_errors} parsing error(s)")
        if n_notices:
            notes.append(f"{repo}: attest reported {n_notices} notice(s)")

        def disp(path):
            return os.path.relpath(path, base)

        # Merge module instances.
        merged = {}
        for r in ck:
            key = (r["framework"], r["id"], r["path"], r["start"], r["end"])
            m = merged.setdefault(key, dict(r, instances=0, resources=set()))
            m["instances"] += 1
            m["resources"].add(r["resource"])
        at_merged = {}
        for f in at:
            fw = attest_framework(f)
            key = (f["policy"], f["path"], f["line"])
            m = at_merged.setdefault(key, dict(f, framework=fw, statuses=set()))
            m["statuses"].add(f["status"])
        by_file = collections.defaultdict(list)
        for f in at_merged.values():
            by_file[f["path"]].append(f)

        covered = set()
        for key in sorted(merged):
            r = merged[key]
            e = table.get(r["id"])
            item = {
                "repo": repo,
                "framework": r["framework"],
                "id": r["id"],
                "file": disp(r["path"]),
                "lines": [r["start"], r["end"]],
                "resource": sorted(r["resources"])[0],
                "instances": r["instances"],
                "criteria": bool(e and e.get("criteria")),
                "partial": bool(e and e.get("partial")),
                "unknown": False,
                "elsewhere": False,
                "attest": [],
            }
            if e is None:
                item["class"] = "unmapped"
            elif "policies" in e:
                pols = set(e["policies"])
                hits = [f for f in by_file.get(r["path"], [])
                        if f["policy"] in pols and r["start"] <= f["line"] <= r["end"]]
                # Attest findings that a failed check of a mapped id covers.
                for f in by_file.get(r["path"], []):
                    if r["id"] in policy_ids.get(f["policy"], ()) and r["start"] <= f["line"] <= r["end"]:
                        covered.add((f["policy"], f["path"], f["line"]))
                if hits:
                    item["class"] = "matched"
                    item["unknown"] = not any("fail" in f["statuses"] for f in hits)
                    item["attest"] = sorted(f"{f['policy']}:{f['line']}" for f in hits)
                else:
                    item["class"] = "missed"
                    # Does attest report it on the same resource, outside
                    # checkov's line range (e.g. at a linked resource)?
                    keys = {resource_key(x) for x in r["resources"]}
                    item["attest"] = sorted(
                        f"{f['policy']}:{f['line']}" for f in by_file.get(r["path"], [])
                        if f["policy"] in pols and resource_key(f["address"]) in keys)
                    item["elsewhere"] = bool(item["attest"])
            elif "reason" in e:
                item["class"] = "reason"
            elif "gap" in e:
                item["class"] = "gap"
            else:
                item["class"] = "unmapped"
            items.append(item)

        for key in sorted(at_merged):
            f = at_merged[key]
            if f["framework"] not in args.frameworks or key in covered:
                continue
            attest_only.append({
                "repo": repo,
                "framework": f["framework"],
                "policy": f["policy"],
                "file": disp(f["path"]),
                "line": f["line"],
                "status": "fail" if "fail" in f["statuses"] else "unknown",
                "has_equivalent": f["policy"] in policy_ids,
            })
    return table, repos, items, attest_only, notes


def display_path(path):
    root = str(Path(__file__).resolve().parent.parent)
    p = real(path)
    return os.path.relpath(p, root) if p.startswith(root + os.sep) else p


def pct(num, den):
    return None if den == 0 else round(100.0 * num / den, 1)


def counts(items, only):
    c = collections.Counter()
    for it in items:
        c["failed"] += 1
        c[it["class"]] += 1
        if it["class"] == "matched" and it["unknown"]:
            c["unknown"] += 1
        if it["class"] == "missed" and it["partial"]:
            c["missed_partial"] += 1
        if it["class"] == "missed" and it["elsewhere"]:
            c["missed_elsewhere"] += 1
        if it["criteria"]:
            c["with_criteria"] += 1
    for f in only:
        c["attest_only_equiv" if f["has_equivalent"] else "attest_only_other"] += 1
    row = {k: c[k] for k in ("failed", *CLASSES, "unknown", "missed_partial", "missed_elsewhere",
                             "with_criteria",
                             "attest_only_equiv", "attest_only_other")}
    row["recall"] = pct(c["matched"], c["matched"] + c["missed"])
    row["cover"] = pct(c["matched"], c["with_criteria"])
    return row


def summarise(args, table, repos, items, attest_only, notes):
    rows = []
    for fw in args.frameworks:
        for repo in repos:
            its = [i for i in items if i["repo"] == repo and i["framework"] == fw]
            only = [f for f in attest_only if f["repo"] == repo and f["framework"] == fw]
            if its or only:
                rows.append({"repo": repo, "framework": fw, **counts(its, only)})
        rows.append({"repo": "TOTAL", "framework": fw,
                     **counts([i for i in items if i["framework"] == fw],
                              [f for f in attest_only if f["framework"] == fw])})
    if len(args.frameworks) > 1:
        rows.append({"repo": "TOTAL", "framework": "all", **counts(items, attest_only)})

    unmapped = collections.Counter((i["framework"], prefix(i["id"]))
                                   for i in items if i["class"] == "unmapped")
    unmapped_rows = [{"framework": fw, "prefix": p, "count": n}
                     for (fw, p), n in sorted(unmapped.items())]

    def top(records, key, example):
        groups = collections.defaultdict(list)
        for r in records:
            groups[key(r)].append(r)
        out = []
        for k, rs in groups.items():
            rs = sorted(rs, key=example)
            out.append((k, rs))
        out.sort(key=lambda kv: (-len(kv[1]), kv[0]))
        return out[: args.top]

    missed = []
    for cid, rs in top([i for i in items if i["class"] == "missed"], lambda i: i["id"],
                       lambda i: (i["repo"], i["file"], i["lines"])):
        e = table[cid]
        ex = rs[0]
        missed.append({
            "id": cid,
            "count": len(rs),
            "elsewhere": sum(1 for r in rs if r["elsewhere"]),
            "repos": sorted({r["repo"] for r in rs}),
            "policies": e["policies"],
            "partial": bool(e.get("partial")),
            "title": e.get("title", ""),
            "example": f"{ex['file']}:{ex['lines'][0]}-{ex['lines'][1]} {ex['resource']}",
        })
    only_top = []
    for pol, rs in top(attest_only, lambda f: f["policy"], lambda f: (f["repo"], f["file"], f["line"])):
        ex = rs[0]
        only_top.append({
            "policy": pol,
            "count": len(rs),
            "unknown": sum(1 for r in rs if r["status"] == "unknown"),
            "has_equivalent": rs[0]["has_equivalent"],
            "example": f"{ex['file']}:{ex['line']}",
        })
    return {
        "frameworks": args.frameworks,
        "equivalents": display_path(args.equivalents),
        "summary": rows,
        "unmapped_by_prefix": unmapped_rows,
        "top_missed": missed,
        "top_attest_only": only_top,
        "notes": sorted(notes),
    }


def fmt_pct(v):
    return "-" if v is None else f"{v:.1f}%"


def print_text(s):
    cols = [("repository", "repo", "<"), ("framework", "framework", "<"),
            ("failed", "failed", ">"), ("matched", "matched", ">"), ("(unkn)", "unknown", ">"),
            ("missed", "missed", ">"), ("(part)", "missed_partial", ">"),
            ("(else)", "missed_elsewhere", ">"),
            ("reason", "reason", ">"), ("gap", "gap", ">"), ("unmapped", "unmapped", ">"),
            ("recall", "recall", ">"), ("cover", "cover", ">"),
            ("a-only", "attest_only_equiv", ">"), ("a-other", "attest_only_other", ">")]
    table = [[h for h, _, _ in cols]]
    for r in s["summary"]:
        table.append([fmt_pct(r[k]) if k in ("recall", "cover") else str(r[k]) for _, k, _ in cols])
    widths = [max(len(row[i]) for row in table) for i in range(len(cols))]

    def line(row):
        return "  ".join(c.ljust(w) if a == "<" else c.rjust(w)
                         for c, w, (_, _, a) in zip(row, widths, cols)).rstrip()

    print(f"# attest vs checkov ({', '.join(s['frameworks'])}; equivalents: {s['equivalents']})")
    print()
    print("Failed checkov checks, merged by (id, file, line range), by class:")
    print()
    print(line(table[0]))
    for row in table[1:]:
        print(line(row))
    print()
    print("(unkn): matched by an attest finding of status unknown only; (part): missed on an id")
    print("whose mapping is partial; (else): missed, but attest reports a mapped policy on the")
    print("same resource outside checkov's line range (not counted as matched);")
    print("recall = matched / (matched + missed); cover = matched / failed checks whose id has")
    print("SOC 2 criteria; a-only: attest findings of a policy mapped to some checkov id that no")
    print("failed check of such an id covers; a-other: attest findings of policies mapped to no")
    print("checkov id.")
    print()
    print("Unmapped failed checks by id prefix:")
    for u in s["unmapped_by_prefix"]:
        print(f"  {u['framework']:<15} {u['prefix']:<12} {u['count']:>5}")
    if not s["unmapped_by_prefix"]:
        print("  (none)")
    print()
    print(f"Top {len(s['top_missed'])} missed checkov ids (count, attest policies, example):")
    for m in s["top_missed"]:
        part = " [partial]" if m["partial"] else ""
        if m["elsewhere"]:
            part += f" [{m['elsewhere']} reported outside the range]"
        print(f"  {m['id']:<12} {m['count']:>4}  {', '.join(m['policies'])}{part}")
        print(f"  {'':<12} {'':>4}  {m['title']}")
        print(f"  {'':<12} {'':>4}  e.g. {m['example']}")
    print()
    print(f"Top {len(s['top_attest_only'])} attest-only policies (count, unknown, example):")
    for o in s["top_attest_only"]:
        eq = "" if o["has_equivalent"] else "  [no checkov equivalent]"
        print(f"  {o['policy']:<52} {o['count']:>4} {o['unknown']:>3}  {o['example']}{eq}")
    if s["notes"]:
        print()
        print("Notes:")
        for n in s["notes"]:
            print(f"  {n}")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    table, repos, items, attest_only, notes = compare(args)
    s = summarise(args, table, repos, items, attest_only, notes)
    if args.json:
        s["checkov_failed"] = items
        s["attest_only"] = attest_only
        json.dump(s, sys.stdout, indent=2, sort_keys=True)
        print()
    else:
        print_text(s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
