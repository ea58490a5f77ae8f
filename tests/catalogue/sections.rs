//! The generated parts of hand-written pages: the language's surface
//! (`attest::policy::surface`) between marker comments, and the number of
//! built-in policies wherever the README and the book give it.
//!
//! A generated part is written between
//!
//! ```text
//! <!-- generated: KEY -->
//! <!-- end generated -->
//! ```
//!
//! where KEY is `builtins` (the built-in functions), `collections` (every
//! collection) or `collections NAMESPACE` (the collections of one platform).

use attest::policy::surface::{BUILTINS, COLLECTIONS, Collection};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::PathBuf;

const START: &str = "<!-- generated: ";
const END: &str = "<!-- end generated -->";

/// The pages with generated parts, by path relative to the repository, as
/// they should read when the pack has `policies` policies.
pub fn pages(policies: usize) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut keys = BTreeSet::new();
    for path in ["book/src/language.md", "book/src/platforms.md"] {
        let text = fill(path, &read(path), &mut keys);
        out.push((PathBuf::from(path), text));
    }
    let wanted: BTreeSet<String> = ["builtins".to_string(), "collections".to_string()]
        .into_iter()
        .chain(COLLECTIONS.iter().filter_map(Collection::platform).map(|ns| format!("collections {ns}")))
        .collect();
    let missing: Vec<&String> = wanted.difference(&keys).collect();
    assert!(missing.is_empty(), "no `{START}KEY -->` marker in the book for {missing:?}");
    for (path, pattern) in COUNTS {
        out.push((PathBuf::from(path), count(path, &read(path), pattern, policies)));
    }
    out
}

/// Where a page gives the number of built-in policies: a pattern whose one
/// group is the number. The samples of `attest check examples` output in
/// `getting-started.md` and `cli.md` are also compared with what attest
/// prints, by `tests/book.rs`.
const COUNTS: &[(&str, &str)] = &[
    ("README.md", r"The built-in pack has (\d+) policies"),
    ("book/src/getting-started.md", r"(?m)^checked \d+ files \(\d+ documents\) with (\d+) policies$"),
    ("book/src/cli.md", r#""policies": (\d+),"#),
];

fn read(path: &str) -> String {
    std::fs::read_to_string(super::root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `text` with the number `pattern` finds replaced by `n`. The pattern must
/// match once, so that a sentence reworded is noticed rather than left stale.
fn count(path: &str, text: &str, pattern: &str, n: usize) -> String {
    let re = regex::Regex::new(pattern).expect("pattern");
    let found: Vec<regex::Captures> = re.captures_iter(text).collect();
    assert_eq!(found.len(), 1, "{path} should give the number of policies once, as `{pattern}`; update `COUNTS` in {}", file!());
    let number = found[0].get(1).expect("a group");
    format!("{}{n}{}", &text[..number.start()], &text[number.end()..])
}

/// `text` with every generated part rewritten; the keys found are added to `keys`.
fn fill(path: &str, text: &str, keys: &mut BTreeSet<String>) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let _ = writeln!(out, "{line}");
        let Some(key) = line.trim().strip_prefix(START).and_then(|k| k.strip_suffix("-->")).map(str::trim) else { continue };
        let body = section(key).unwrap_or_else(|| panic!("{path}: no generated part is called `{key}`"));
        assert!(lines.by_ref().any(|l| l.trim() == END), "{path}: `{line}` has no `{END}` after it");
        let _ = writeln!(out, "\n{body}\n{END}");
        keys.insert(key.to_string());
    }
    out
}

fn section(key: &str) -> Option<String> {
    let mut words = key.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("builtins"), None, None) => Some(builtins()),
        (Some("collections"), ns, None) => {
            let rows: Vec<&Collection> = COLLECTIONS.iter().filter(|c| ns.is_none() || c.platform() == ns).collect();
            (!rows.is_empty()).then(|| collections(&rows))
        }
        _ => None,
    }
}

/// A table cell: a `|` would end it.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn builtins() -> String {
    let mut out = String::from("| Function | Result | Example |\n|---|---|---|\n");
    for b in BUILTINS {
        let _ = writeln!(out, "| `{}` | {} | `{}` |", b.signature(), cell(b.doc), cell(b.example));
    }
    out
}

fn collections(rows: &[&Collection]) -> String {
    let mut out = String::from("| Collection | Elements | Address |\n|---|---|---|\n");
    for c in rows {
        let name = match c.param {
            Some(p) => format!("`{n}`, `{n}(\"{p}\")`", n = c.name),
            None => format!("`{}`", c.name),
        };
        let _ = writeln!(out, "| {name} | {} | {} |", cell(c.elements), cell(c.address));
    }
    out
}
