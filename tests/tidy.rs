//! The invariants of ARCHITECTURE.md, checked on the source: imports point one
//! way through the layers, `eval` and `platform` do no I/O, only `render` and
//! `evidence::git` start programs, only `load` parses
//! the syntaxes of infrastructure files, only `cli` reads the working directory
//! and prints, and tests do not change directory. A failure names the file and
//! the line that breaks the rule.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may import from its own layer or one
/// below; within a layer, imports must not form a circle.
const LAYERS: &[(&str, &[&str])] = &[
    ("vocabulary", &["source", "criteria", "comments", "image", "git"]),
    ("documents and diagnostics", &["doc", "diag"]),
    ("input: syntaxes", &["load"]),
    ("input: files", &["discover", "render"]),
    ("language", &["schema", "policy", "builtin"]),
    ("platform views", &["platform"]),
    ("evaluation", &["eval"]),
    ("the run: its parts", &["finding", "config", "select", "waiver", "baseline"]),
    ("the run", &["engine"]),
    ("outputs", &["report", "evidence", "testing"]),
    ("command line", &["cli"]),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file below `dir`, with its text up to its unit tests (a
/// `#[cfg(test)]` module may use what the module itself may not).
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = walkdir::WalkDir::new(root().join(dir))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
            (e.path().strip_prefix(root()).unwrap().to_path_buf(), code)
        })
        .collect();
    out.sort();
    out
}

/// The language crate's sources: its modules are re-exported as modules of
/// `attest` and sit in the same layers.
const LANG: &str = "crates/attest-lang/src";

/// Every `.rs` file of `attest` and of its language crate, as `sources` gives them.
fn code() -> Vec<(PathBuf, String)> {
    let mut all = sources("src");
    all.extend(sources(LANG).into_iter().filter(|(p, _)| !p.ends_with("lib.rs")));
    all
}

/// The top-level module a file of `src/` (or of the language crate) belongs to.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(LANG).or_else(|_| path.strip_prefix("src")).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// Lines that are code (not comments), numbered from 1.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l)).filter(|(_, l)| !l.trim_start().starts_with("//"))
}

/// The top-level modules a file names through `crate::`, with a line of each.
fn imports(text: &str) -> Vec<(String, usize)> {
    let path = regex::Regex::new(r"crate::(\w+)").unwrap();
    let group = regex::Regex::new(r"(?s)use crate::\{(.*?)\};").unwrap();
    let mut out = Vec::new();
    for (n, line) in code_lines(text) {
        out.extend(path.captures_iter(line).map(|c| (c[1].to_string(), n)));
    }
    for c in group.captures_iter(text) {
        let line = text[..c.get(0).unwrap().start()].lines().count() + 1;
        let mut depth = 0;
        let mut item = String::new();
        for ch in c[1].chars().chain([',']) {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    let name: String = item.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    out.push((name, line));
                    item.clear();
                    continue;
                }
                _ => {}
            }
            item.push(ch);
        }
    }
    out
}

fn layer_of(module: &str) -> usize {
    LAYERS.iter().position(|(_, ms)| ms.contains(&module)).unwrap_or_else(|| panic!("module `{module}` is in no layer of tests/tidy.rs"))
}

#[test]
fn imports_point_down_the_layers_and_never_in_a_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut upward = Vec::new();
    for (path, text) in code() {
        if path == Path::new("src/lib.rs") || path == Path::new("src/main.rs") {
            continue;
        }
        let from = module_of(&path);
        for (to, line) in imports(&text) {
            if to == from || to == "self" || to == "super" {
                continue;
            }
            if layer_of(&to) > layer_of(&from) {
                upward.push(format!(
                    "{}:{line}: `{from}` ({}) imports `{to}` ({})",
                    path.display(),
                    LAYERS[layer_of(&from)].0,
                    LAYERS[layer_of(&to)].0
                ));
            }
            graph.entry(from.clone()).or_default().insert(to);
        }
    }
    assert!(upward.is_empty(), "imports that point up the layers:\n{}", upward.join("\n"));
    // A circle within a layer: depth-first search for a back edge.
    fn visit(m: &str, graph: &BTreeMap<String, BTreeSet<String>>, stack: &mut Vec<String>, done: &mut BTreeSet<String>) {
        if let Some(at) = stack.iter().position(|s| s == m) {
            panic!("an import circle: {} -> {m}", stack[at..].join(" -> "));
        }
        if done.contains(m) {
            return;
        }
        stack.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, stack, done);
        }
        stack.pop();
        done.insert(m.to_string());
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done);
    }
}

/// Lines of files under `dirs` (prefixes of `src/` paths; the language
/// crate's files count as `src/` files) that contain any of `needles`, except
/// in files named in `allowed`. Each line is named by its module's path.
fn offending(dirs: &[&str], needles: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in code() {
        let shown = path.to_string_lossy().replace('\\', "/").replace(LANG, "src");
        if !dirs.iter().any(|d| shown.starts_with(d)) || allowed.contains(&shown.as_str()) {
            continue;
        }
        for (n, line) in code_lines(&text) {
            if let Some(needle) = needles.iter().find(|x| line.contains(*x)) {
                out.push(format!("{shown}:{n}: `{needle}` in `{}`", line.trim()));
            }
        }
    }
    out
}

#[test]
fn eval_and_platform_do_no_io() {
    let io = [
        "std::fs",
        "std::env",
        "std::io",
        "TcpStream",
        "UdpSocket",
        "std::process",
        "SystemTime",
        "::now()",
        "is_file()",
        "is_dir()",
        "read_dir",
    ];
    let found = offending(&["src/eval", "src/platform"], &io, &[]);
    assert!(found.is_empty(), "I/O in a pure stage:\n{}", found.join("\n"));
}

#[test]
fn only_render_and_git_start_programs() {
    // `render` runs helm and kustomize (bounded in time and output, no
    // shell); `git` runs git, for `discover` and `evidence::git`.
    let found = offending(&["src/"], &["std::process::Command", "Command::new", "process::Stdio"], &["src/render.rs", "src/git.rs"]);
    assert!(found.is_empty(), "a program started outside `render` and `git`:\n{}", found.join("\n"));
}

#[test]
fn only_load_parses_the_syntaxes_of_infrastructure_files() {
    let parsers = ["saphyr_parser", "jsonc_parser", "hcl_edit::parser", "parse_dockerfile", "serde_yaml"];
    let found: Vec<String> = offending(&["src/"], &parsers, &[]).into_iter().filter(|l| !l.starts_with("src/load")).collect();
    assert!(found.is_empty(), "a syntax parsed outside `load`:\n{}", found.join("\n"));
}

#[test]
fn only_platform_knows_what_platforms_look_like() {
    // The shapes a platform view reads, its collections and its modules: a
    // module outside `platform` that names them is deciding what a document is.
    // The language's table of collections names them for the checker and the book.
    let mut shapes = vec!["\"apiVersion\"".to_string(), "\"AWSTemplateFormatVersion\"".to_string(), "\"kind\"".to_string()];
    for ns in ["kubernetes", "cloudformation", "terraform", "dockerfile", "compose", "github", "codeowners"] {
        shapes.push(format!("\"{ns}."));
        shapes.push(format!("platform::{ns}"));
    }
    let shapes: Vec<&str> = shapes.iter().map(String::as_str).collect();
    let found: Vec<String> =
        offending(&["src/"], &shapes, &["src/policy/surface.rs"]).into_iter().filter(|l| !l.starts_with("src/platform")).collect();
    assert!(found.is_empty(), "platform knowledge outside `platform`:\n{}", found.join("\n"));
}

#[test]
fn only_cli_reads_the_working_directory_or_prints() {
    let found: Vec<String> = offending(&["src/"], &["current_dir", "set_current_dir", "std::io::stdout", "std::io::stderr"], &[])
        .into_iter()
        .filter(|l| !l.starts_with("src/cli"))
        .collect();
    assert!(found.is_empty(), "the working directory or the terminal outside `cli`:\n{}", found.join("\n"));
    let printing = offending(&["src/"], &["print!(", "println!(", "eprint!(", "eprintln!("], &[]);
    assert!(printing.is_empty(), "output that does not go through `cli::output`:\n{}", printing.join("\n"));
}

#[test]
fn tests_do_not_change_directory_and_errors_are_typed() {
    let mut found = Vec::new();
    for (path, text) in sources("tests").into_iter().chain(sources("benches")) {
        if path.ends_with("tidy.rs") {
            continue;
        }
        for (n, line) in code_lines(&text) {
            if line.contains("set_current_dir") {
                found.push(format!("{}:{n}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "tests that change the process's directory (pass a root instead):\n{}", found.join("\n"));
    // A public function's error is a type, not a sentence.
    let stringly = regex::Regex::new(r"pub(\(crate\))? fn .*Result<[^>]*,\s*String>").unwrap();
    let mut public = Vec::new();
    for (path, text) in code() {
        for (n, line) in code_lines(&text) {
            if stringly.is_match(line) {
                public.push(format!("{}:{n}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(public.is_empty(), "public functions with `String` errors:\n{}", public.join("\n"));
}

/// Functions stay short enough to read at once: split one that grows past
/// 100 lines by concern. (A function ends at the first `}` at its indentation.)
#[test]
fn no_function_is_longer_than_100_lines() {
    let start = regex::Regex::new(r"^(\s*)(pub(\([a-z]+\))? )?(const )?fn \w+").unwrap();
    let mut long = Vec::new();
    for (path, text) in code() {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some(c) = start.captures(line) else { continue };
            if line.trim_end().ends_with(';') {
                continue;
            }
            let close = format!("{}}}", &c[1]);
            if let Some(len) = lines[i..].iter().position(|l| *l == close)
                && len + 1 > 100
            {
                long.push(format!("{}:{}: {} lines", path.display(), i + 1, len + 1));
            }
        }
    }
    assert!(long.is_empty(), "functions over 100 lines:\n{}", long.join("\n"));
}
