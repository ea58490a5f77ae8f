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
    /// Read only for context: a Terraform file of the same module as a file
    /// named on the command line. Its findings are not reported.
    pub context: bool,
}

impl Input {
    pub fn new(path: PathBuf) -> Input {
        Input { display: display_path(&path), syntax: crate::load::syntax_of(&path), path, context: false }
    }
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

/// What `attest.toml` says about files, relative to `base` (its folder): globs
/// of paths never to check, and globs whose files have a given syntax whatever
/// their name (`deploy/*.tpl` is YAML).
#[derive(Debug, Clone)]
pub struct Rules {
    pub base: PathBuf,
    pub set: globset::GlobSet,
    pub formats: Vec<(globset::GlobMatcher, Syntax)>,
}

impl Rules {
    pub fn new(base: &Path, patterns: &[String], formats: &[(String, Syntax)]) -> Result<Rules, String> {
        let mut b = globset::GlobSetBuilder::new();
        for p in patterns {
            b.add(globset::Glob::new(p).map_err(|e| format!("bad exclude pattern `{p}`: {e}"))?);
            // `dir/**` also excludes `dir` itself, so the walk does not enter it.
            if let Some(dir) = p.strip_suffix("/**") {
                b.add(globset::Glob::new(dir).map_err(|e| format!("bad exclude pattern `{p}`: {e}"))?);
            }
        }
        let formats = formats
            .iter()
            .map(|(glob, syntax)| {
                globset::Glob::new(glob).map(|g| (g.compile_matcher(), *syntax)).map_err(|e| format!("bad format pattern `{glob}`: {e}"))
            })
            .collect::<Result<_, _>>()?;
        let base = std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
        Ok(Rules { base, set: b.build().map_err(|e| e.to_string())?, formats })
    }

    fn relative(&self, path: &Path) -> Option<PathBuf> {
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        abs.strip_prefix(&self.base).ok().map(Path::to_path_buf)
    }

    fn excludes(&self, path: &Path) -> bool {
        self.relative(path).is_some_and(|rel| self.set.is_match(rel))
    }

    /// The syntax `formats` gives a file, if a pattern matches it.
    fn syntax(&self, path: &Path) -> Option<Syntax> {
        let rel = self.relative(path)?;
        self.formats.iter().find(|(g, _)| g.is_match(&rel)).map(|(_, s)| *s)
    }
}

/// Files below `paths`, sorted. A path given by name is always taken; files found by
/// walking are taken when their name says they are YAML, JSON or TOML.
pub fn discover(paths: &[PathBuf]) -> (Vec<Input>, Vec<String>) {
    discover_except(paths, None)
}

/// As `discover`, with the exclusions and format overrides of `attest.toml`.
pub fn discover_except(paths: &[PathBuf], exclude: Option<&Rules>) -> (Vec<Input>, Vec<String>) {
    let overridden = |path: &Path| exclude.and_then(|r| r.syntax(path));
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        if root.is_file() {
            let input = Input::new(root.clone());
            inputs.push(Input { syntax: overridden(root).or(input.syntax), ..input });
            unit_context(root, &mut inputs);
            codeowners_context(root, &mut inputs);
            continue;
        }
        if !root.exists() {
            errors.push(format!("`{}` does not exist", root.display()));
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .follow_links(false)
            .filter_entry({
                let exclude = exclude.cloned();
                move |e| {
                    let skipped =
                        e.file_type().is_some_and(|t| t.is_dir()) && e.file_name().to_str().is_some_and(|n| SKIPPED_DIRS.contains(&n));
                    !skipped && !exclude.as_ref().is_some_and(|x| e.depth() > 0 && x.excludes(e.path()))
                }
            })
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    let path = e.into_path();
                    if let Some(syntax) = overridden(&path).or_else(|| crate::load::syntax_of(&path)) {
                        inputs.push(Input { display: display_path(&path), path, syntax: Some(syntax), context: false });
                    }
                }
                Ok(_) => {}
                Err(e) => errors.push(e.to_string()),
            }
        }
    }
    // A file both named and read for context is named.
    inputs.sort_by(|a, b| (&a.display, a.context).cmp(&(&b.display, b.context)));
    inputs.dedup_by(|a, b| a.display == b.display);
    (inputs, errors)
}

/// The other files of the unit of a file named on the command line (pre-commit
/// passes only the changed files): the rest of its Terraform module, or the
/// other Kubernetes manifests of its folder (see `platform::unit_of`), so that
/// references, variables and NetworkPolicies resolve; only named files report.
fn unit_context(file: &Path, inputs: &mut Vec<Input>) {
    let terraform = |p: &Path| crate::load::syntax_of(p) == Some(Syntax::Hcl) || p.to_string_lossy().ends_with(".tf.json");
    let kubernetes = |p: &Path| {
        matches!(crate::load::syntax_of(p), Some(Syntax::Yaml | Syntax::Json))
            && std::fs::read_to_string(p).is_ok_and(|t| t.contains("apiVersion") && t.contains("kind"))
    };
    let same_unit: &dyn Fn(&Path) -> bool = if terraform(file) {
        &terraform
    } else if kubernetes(file) {
        &kubernetes
    } else {
        return;
    };
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else { return };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_file() && path != file && same_unit(&path) {
            let path = if file.parent().is_some_and(|p| p.as_os_str().is_empty()) { PathBuf::from(e.file_name()) } else { path };
            inputs.push(Input { context: true, ..Input::new(path) });
        }
    }
}

/// The other CODEOWNERS files of a repository, when one is named on the command
/// line: GitHub reads only the first of `.github/`, the root and `docs/`, so the
/// unit needs them all to know which one is in effect.
fn codeowners_context(file: &Path, inputs: &mut Vec<Input>) {
    if crate::load::syntax_of(file) != Some(Syntax::CodeOwners) {
        return;
    }
    for path in crate::platform::codeowners::siblings(file) {
        inputs.push(Input { context: true, ..Input::new(path) });
    }
}
