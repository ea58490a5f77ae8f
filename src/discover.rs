//! Finding the files to check: walk the given paths, skip what should be skipped,
//! and decide each file's syntax.

use crate::doc::Syntax;
use std::path::{Path, PathBuf};

/// A file to load.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// As shown to the user: relative to the working directory, `/`-separated.
    pub display: String,
    pub path: PathBuf,
    /// `None` when the name does not tell; `load` then looks at the content.
    pub syntax: Option<Syntax>,
}

const SKIPPED_DIRS: &[&str] = &[".git", ".terraform", "node_modules", ".hg", ".svn"];

/// A path as shown in output: relative to the working directory when below it,
/// with `/` separators.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()).unwrap_or(path);
    let s = rel.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Files below `paths`, sorted. A path given by name is always taken; files found by
/// walking are taken when their name says they are YAML, JSON or TOML.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        if root.is_file() {
            inputs.push(Input { display: display_path(root), path: root.clone(), syntax: crate::load::syntax_of(root) });
            continue;
        }
        if !root.exists() {
            errors.push(format!("`{}` does not exist", root.display()));
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .follow_links(false)
            .filter_entry(|e| {
                !(e.file_type().is_some_and(|t| t.is_dir()) && e.file_name().to_str().is_some_and(|n| SKIPPED_DIRS.contains(&n)))
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    let path = e.into_path();
                    if let Some(syntax) = crate::load::syntax_of(&path) {
                        inputs.push(Input { display: display_path(&path), path, syntax: Some(syntax) });
                    }
                }
                Ok(_) => {}
                Err(e) => errors.push(e.to_string()),
            }
        }
    }
    inputs.sort();
    inputs.dedup_by(|a, b| a.display == b.display);
    (inputs, errors)
}
