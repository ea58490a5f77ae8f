//! Harvests the vocabulary of the built-in pack for the structured generator:
//! for each policy file, the resource types it asks for, the attribute names
//! it reads (identifiers after a `.`) and the short string literals it
//! compares with. A document made from the words of one policy is far more
//! likely to reach that policy's assertions than one made from random bytes.

use std::fmt::Write as _;
use std::path::Path;

struct Words {
    platforms: Vec<&'static str>,
    types: Vec<String>,
    keys: Vec<String>,
    values: Vec<String>,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../policies");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "policy")).collect())
        .unwrap_or_default();
    if let Ok(lib) = std::fs::read_dir(dir.join("lib")) {
        files.extend(lib.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "policy")));
    }
    files.sort();
    let mut out = String::from("/// (platforms, resource types, keys, values) of each policy file of the pack.\n");
    out.push_str("pub static POLICIES: &[(&[&str], &[&str], &[&str], &[&str])] = &[\n");
    for path in &files {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let w = harvest(&text);
        if w.keys.is_empty() && w.types.is_empty() {
            continue;
        }
        let _ = writeln!(out, "    (&{:?}, &{:?}, &{:?}, &{:?}),", w.platforms, w.types, w.keys, w.values);
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("vocab.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::warning=cannot write {}: {e}", dest.display());
    }
}

fn harvest(text: &str) -> Words {
    let mut w = Words { platforms: Vec::new(), types: Vec::new(), keys: Vec::new(), values: Vec::new() };
    for p in ["terraform", "cloudformation", "kubernetes", "compose", "github", "dockerfile", "codeowners"] {
        if text.contains(&format!("{p}.")) || text.contains(&format!("lib/{p}")) {
            w.platforms.push(p);
        }
    }
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if text[i..].starts_with("\"\"\"") {
            // Documentation blocks: prose, not vocabulary.
            i = text[i + 3..].find("\"\"\"").map_or(b.len(), |j| i + 3 + j + 3);
        } else if b[i] == b'#' {
            i = text[i..].find('\n').map_or(b.len(), |j| i + j);
        } else if b[i] == b'"' {
            let start = i + 1;
            let mut j = start;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let lit = &text[start..j.min(b.len())];
            let before = text[..i].trim_end();
            if before.ends_with("resources(") || before.ends_with("data(") {
                push(&mut w.types, lit);
            } else if lit.len() <= 48 && !lit.contains(['{', '\\', '\n']) && !lit.starts_with("http") && !lit.contains(' ') {
                push(&mut w.values, lit);
            }
            i = j + 1;
        } else if b[i] == b'.' && i + 1 < b.len() && (b[i + 1].is_ascii_alphabetic() || b[i + 1] == b'_') {
            let start = i + 1;
            let mut j = start;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            let word = &text[start..j];
            if !["resources", "data", "policy", "io", "com"].contains(&word) {
                push(&mut w.keys, word);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    w
}

fn push(list: &mut Vec<String>, word: &str) {
    if !word.is_empty() && !list.iter().any(|w| w == word) {
        list.push(word.to_string());
    }
}
