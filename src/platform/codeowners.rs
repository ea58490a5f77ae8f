//! GitHub CODEOWNERS files, as the CODEOWNERS loader lays them out
//! (`load/codeowners.rs`): the file in effect for a repository, and its rules.
//!
//! GitHub reads one CODEOWNERS file per branch: the first of `.github/CODEOWNERS`,
//! `CODEOWNERS` and `docs/CODEOWNERS` that exists. The files of one repository are
//! therefore one unit (`unit_of`), and only the first of them is in effect; the
//! others are loaded (their syntax is still checked) but are in no collection.

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node, Syntax};
use std::path::{Path, PathBuf};

/// The places GitHub looks for a repository's CODEOWNERS, in its order.
const LOCATIONS: [&str; 3] = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

pub(super) fn is_codeowners(doc: &Document) -> bool {
    doc.syntax == Syntax::CodeOwners
}

/// Where a CODEOWNERS file sits: the repository root it belongs to and its place
/// in GitHub's order, by its path. A file under `.gitlab/` is GitLab's, which
/// GitHub never reads; a file of another name (given the syntax in `attest.toml`)
/// is the only CODEOWNERS of its own unit.
fn location(path: &str) -> Option<(String, usize)> {
    let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
    if name != "CODEOWNERS" {
        return Some((path.to_string(), 1));
    }
    let (parent, last) = dir.rsplit_once('/').unwrap_or(("", dir));
    match last {
        ".github" => Some((parent.to_string(), 0)),
        "docs" => Some((parent.to_string(), 2)),
        ".gitlab" => None,
        _ => Some((dir.to_string(), 1)),
    }
}

/// The folders of the other places GitHub reads a CODEOWNERS file from, for
/// one at `path` (shown): none for another file.
pub(super) fn companion_folders(path: &str) -> Vec<String> {
    if path.rsplit('/').next() != Some("CODEOWNERS") {
        return Vec::new();
    }
    let Some((root, _)) = location(path) else { return Vec::new() };
    let inside = |sub: &str| if root.is_empty() { sub.to_string() } else { format!("{root}/{sub}") };
    vec![if root.is_empty() { ".".to_string() } else { root.clone() }, inside(".github"), inside("docs")]
}

/// The unit of a CODEOWNERS document: its repository root.
pub(super) fn unit_of(doc: &Document) -> Option<String> {
    if !is_codeowners(doc) {
        return None;
    }
    let root = location(&doc.file.path).map_or_else(|| doc.file.path.clone(), |(root, _)| root);
    Some(format!("codeowners:{root}"))
}

/// The other files GitHub would weigh against a CODEOWNERS file named on the
/// command line, so that the unit knows which one is in effect.
/// Pure: the caller sees which exist.
pub(super) fn siblings(file: &Path) -> Vec<PathBuf> {
    let display = file.to_string_lossy().replace('\\', "/");
    let Some((root, _)) = location(&display) else { return Vec::new() };
    if file.file_name().is_none_or(|n| n != "CODEOWNERS") {
        return Vec::new();
    }
    let root = if root.is_empty() { PathBuf::new() } else { PathBuf::from(root) };
    LOCATIONS.iter().map(|l| root.join(l)).filter(|p| p != file).collect()
}

/// Whether GitHub reads this file: a GitHub location, and no file earlier in
/// GitHub's order for the same repository in the unit.
fn in_effect(doc: &Document, unit: &[&Document]) -> bool {
    let Some((root, rank)) = location(&doc.file.path) else { return false };
    !unit.iter().any(|other| is_codeowners(other) && location(&other.file.path).is_some_and(|(r, k)| r == root && k < rank))
}

/// The address of the file: its path in the repository, as GitHub names it.
fn address(doc: &Document) -> String {
    match location(&doc.file.path) {
        Some((root, _)) if doc.file.path.ends_with("CODEOWNERS") => {
            let rel = doc.file.path.strip_prefix(&root).unwrap_or(&doc.file.path);
            rel.trim_start_matches('/').to_string()
        }
        _ => doc.file.path.clone(),
    }
}

pub(super) fn collect<'a>(what: &str, doc: &'a Document, unit: &[&'a Document], out: &mut Vec<DocRef<'a>>) {
    if !is_codeowners(doc) || !in_effect(doc, unit) {
        return;
    }
    match what {
        "files" => out.push(item(&doc.root, doc, address(doc))),
        "rules" => {
            for rule in doc.root.get("rules").and_then(Node::as_list).unwrap_or_default() {
                let pattern = rule.get("pattern").and_then(Node::as_str).unwrap_or("?");
                out.push(item(rule, doc, pattern.to_string()));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_follow_github() {
        assert_eq!(location(".github/CODEOWNERS"), Some((String::new(), 0)));
        assert_eq!(location("CODEOWNERS"), Some((String::new(), 1)));
        assert_eq!(location("docs/CODEOWNERS"), Some((String::new(), 2)));
        assert_eq!(location("repo/.github/CODEOWNERS"), Some(("repo".into(), 0)));
        assert_eq!(location("a/b/CODEOWNERS"), Some(("a/b".into(), 1)));
        assert_eq!(location(".gitlab/CODEOWNERS"), None);
        assert_eq!(location("owners/OWNERS"), Some(("owners/OWNERS".into(), 1)));
    }
}
