//! Finding the files to check: walk the given paths, skip what should be skipped,
//! and decide each file's syntax.

use crate::doc::Syntax;
use crate::source::display_path;
use std::path::{Path, PathBuf};

/// A file to load.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// As shown to the user: relative to the folder attest runs from, `/`-separated.
    pub display: String,
    pub path: PathBuf,
    /// From the folder attest was asked to check (the file's name for a file
    /// named on the command line): what `file_path(x)` gives a policy.
    pub relative: String,
    /// `None` when the name does not tell; `load` then looks at the content.
    pub syntax: Option<Syntax>,
    /// Why the file is read.
    pub role: Role,
}

/// Why a file is read: to be checked, or only as context for the files that are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Found by walking a folder: checked.
    Walked,
    /// Named on the command line: checked, and the rest of its unit is read for context.
    Named,
    /// Read only for context (another file of a named file's Terraform module,
    /// say): its findings are not reported.
    Context,
}

impl Input {
    /// A file as named: its path from the folder it was found in is its name.
    pub fn new(path: PathBuf, base: &Path) -> Input {
        let relative = path.file_name().map_or_else(|| display_path(&path, base), |n| n.to_string_lossy().into_owned());
        Input { display: display_path(&path, base), syntax: crate::load::syntax_of(&path), relative, path, role: Role::Walked }
    }

    /// A file found under `scanned`, a folder attest was asked to check.
    pub fn under(path: PathBuf, base: &Path, scanned: &Path) -> Input {
        Input { relative: display_path(&path, scanned), ..Input::new(path, base) }
    }

    /// Another file of this one's unit (a sibling in its folder, a file of a
    /// module it calls), with its path from the same checked folder.
    pub fn beside(&self, path: PathBuf, base: &Path) -> Input {
        Input { role: Role::Context, ..Input::under(path, base, &self.scanned()) }
    }

    /// The folder attest was asked to check that this file was found in.
    pub fn scanned(&self) -> PathBuf {
        let depth = self.relative.split('/').count();
        self.path.ancestors().nth(depth).map_or_else(PathBuf::new, Path::to_path_buf)
    }
}

/// Why a path could not be walked.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum DiscoverError {
    #[error("`{0}` does not exist")]
    Missing(String),
    #[error("{0}")]
    Walk(#[from] ignore::Error),
    #[error("bad {what} pattern `{pattern}`: {source}")]
    #[diagnostic(help("patterns are globs such as `vendor/**` or `deploy/*.tpl`"))]
    Pattern { what: &'static str, pattern: String, source: globset::Error },
}

/// Folders never walked: version control, tool caches, installed packages.
pub const SKIPPED_DIRS: &[&str] = &[".git", ".terraform", "node_modules", ".hg", ".svn"];

/// A folder never walked: one of `SKIPPED_DIRS`, or a `vendor` folder that a
/// package manager wrote (Go's, with its `modules.txt`; Composer's, with
/// its `autoload.php`; Bundler's `vendor/bundle`; jsonnet-bundler's, beside
/// its `jsonnetfile.json`): other projects' files, checked where they are
/// maintained.
pub fn is_skipped_dir(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let beside = |file: &str| path.parent().is_some_and(|p| p.join(file).is_file());
    SKIPPED_DIRS.contains(&name)
        || name == "vendor" && (["modules.txt", "autoload.php"].iter().any(|f| path.join(f).is_file()) || beside("jsonnetfile.json"))
        || name == "bundle" && path.parent().and_then(Path::file_name).is_some_and(|p| p == "vendor")
}

/// The path a walk error is about, if it names one.
fn error_path(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => error_path(err),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
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
    pub fn new(base: &Path, patterns: &[String], formats: &[(String, Syntax)]) -> Result<Rules, DiscoverError> {
        let glob = |what: &'static str, pattern: &str, text: &str| {
            globset::Glob::new(text).map_err(|source| DiscoverError::Pattern { what, pattern: pattern.to_string(), source })
        };
        let mut b = globset::GlobSetBuilder::new();
        for p in patterns {
            b.add(glob("exclude", p, p)?);
            // `dir/**` also excludes `dir` itself, so the walk does not enter it.
            if let Some(dir) = p.strip_suffix("/**") {
                b.add(glob("exclude", p, dir)?);
            }
        }
        let formats = formats
            .iter()
            .map(|(g, syntax)| Ok((glob("format", g, g)?.compile_matcher(), *syntax)))
            .collect::<Result<_, DiscoverError>>()?;
        let base = std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
        let set = b.build().map_err(|source| DiscoverError::Pattern { what: "exclude", pattern: patterns.join(", "), source })?;
        Ok(Rules { base, set, formats })
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

/// Files below `paths`, sorted, with paths shown relative to `base`. A path
/// given by name is always taken; files found by walking are taken when their
/// name (or a `formats` rule of `attest.toml`) says what syntax they have.
pub fn discover(paths: &[PathBuf], base: &Path, rules: Option<&Rules>) -> (Vec<Input>, Vec<DiscoverError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for root in paths {
        if root.is_file() {
            let input = Input::new(root.clone(), base);
            inputs.push(Input { syntax: declared_syntax(rules, root).or(input.syntax), role: Role::Named, ..input });
            continue;
        }
        if !root.exists() {
            errors.push(DiscoverError::Missing(root.display().to_string()));
            continue;
        }
        let (walked, failed) = walk(root, base, rules);
        inputs.extend(walked);
        errors.extend(failed);
    }
    // A file both walked and named is taken once.
    inputs.sort_by(|a, b| (&a.display, a.role).cmp(&(&b.display, b.role)));
    inputs.dedup_by(|a, b| a.display == b.display);
    (inputs, errors)
}

/// The syntax a `formats` rule of `attest.toml` gives a file, if one does.
fn declared_syntax(rules: Option<&Rules>, path: &Path) -> Option<Syntax> {
    rules.and_then(|r| r.syntax(path))
}

/// The files under the folder `root` that attest reads, and the errors
/// without a path. The folder's own entries are read first; each of its
/// folders is then walked on a thread of the run's pool, so a large tree is
/// walked on all of them while a small one starts no work elsewhere.
fn walk(root: &Path, base: &Path, rules: Option<&Rules>) -> (Vec<Input>, Vec<DiscoverError>) {
    use rayon::prelude::*;
    // The repository's ignore files only, not the user's global excludes
    // file: the same repository gives the same findings on every machine.
    // Ignore files of the folders above a walked folder apply to it.
    let walker = |dir: &Path, depth: Option<usize>| {
        ignore::WalkBuilder::new(dir)
            .hidden(false)
            .git_global(false)
            .follow_links(false)
            .max_depth(depth)
            .filter_entry({
                let rules = rules.cloned();
                move |e| {
                    let skipped = e.file_type().is_some_and(|t| t.is_dir()) && is_skipped_dir(e.path());
                    !skipped && !rules.as_ref().is_some_and(|x| e.depth() > 0 && x.excludes(e.path()))
                }
            })
            .build()
    };
    let file = |path: PathBuf, inputs: &mut Vec<Input>| {
        let syntax = declared_syntax(rules, &path).or_else(|| crate::load::syntax_of(&path));
        if syntax.is_some() || crate::load::is_template_name(&path) {
            inputs.push(Input { syntax, ..Input::under(path, base, root) });
        }
    };
    let take = |entry: Result<ignore::DirEntry, ignore::Error>, inputs: &mut Vec<Input>, errors: &mut Vec<DiscoverError>| match entry {
        Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => file(e.into_path(), inputs),
        Ok(_) => {}
        // A folder or file that cannot be read while walking is a finding
        // about it (loading it fails the same way), not the end of the run;
        // only an error without a path stops it.
        Err(e) => match error_path(&e) {
            Some(path) => inputs.push(Input { syntax: None, ..Input::under(path, base, root) }),
            None => errors.push(e.into()),
        },
    };
    let (mut inputs, mut errors, mut folders) = (Vec::new(), Vec::new(), Vec::new());
    for entry in walker(root, Some(1)) {
        match entry {
            Ok(e) if e.depth() == 1 && e.file_type().is_some_and(|t| t.is_dir()) => folders.push(e.into_path()),
            entry => take(entry, &mut inputs, &mut errors),
        }
    }
    let below: Vec<(Vec<Input>, Vec<DiscoverError>)> = folders
        .par_iter()
        .map(|folder| {
            let (mut inputs, mut errors) = (Vec::new(), Vec::new());
            // The folder itself was taken above.
            let entries = walker(folder, None).filter(|e| e.as_ref().map_or(true, |e| e.depth() > 0));
            entries.for_each(|entry| take(entry, &mut inputs, &mut errors));
            (inputs, errors)
        })
        .collect();
    for (i, e) in below {
        inputs.extend(i);
        errors.extend(e);
    }
    for path in tracked_but_ignored(root) {
        let walked = path.ancestors().skip(1).take_while(|a| a.starts_with(root) && *a != root);
        if walked.clone().any(is_skipped_dir) || rules.is_some_and(|r| walked.clone().chain([path.as_path()]).any(|p| r.excludes(p))) {
            continue;
        }
        file(path, &mut inputs);
    }
    // Entries come in the order the file system lists them.
    errors.sort_by_key(ToString::to_string);
    (inputs, errors)
}

/// The files below `root` that git tracks although an ignore file matches
/// them (a `.gitignore` line `kustomize`, meant for a downloaded tool, that
/// also matches the repository's `kustomize/` folder): git applies ignore
/// files to untracked files only, and so does attest. Asked of git when
/// `root` is in a work tree; none when git cannot say (not installed).
fn tracked_but_ignored(root: &Path) -> Vec<PathBuf> {
    let abs = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if !abs.ancestors().any(|a| a.join(".git").exists()) {
        return Vec::new();
    }
    let Some(out) = crate::git::output(root, &["ls-files", "-z", "--cached", "--ignored", "--exclude-standard", "--", "."]) else {
        return Vec::new();
    };
    let listed = out.split(|b| *b == 0).filter(|p| !p.is_empty());
    let paths = listed.filter_map(|p| std::str::from_utf8(p).ok()).map(|p| root.join(p));
    paths.filter(|p| p.is_file()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder the walk cannot read (no permission: not testable as root, so
    /// the error is made by hand) is still taken, to be reported when loaded.
    #[test]
    fn walk_errors_name_their_path() {
        let io = ignore::Error::Io(std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        let e = ignore::Error::WithDepth {
            depth: 2,
            err: Box::new(ignore::Error::WithPath { path: PathBuf::from("a/secret"), err: Box::new(io) }),
        };
        assert_eq!(error_path(&e), Some(PathBuf::from("a/secret")));
        assert_eq!(error_path(&ignore::Error::Io(std::io::Error::from(std::io::ErrorKind::Other))), None);
    }

    /// Package managers' `vendor` folders are skipped like `node_modules`; a
    /// `vendor` folder of the project's own (no manager's file) is walked.
    #[test]
    fn package_managers_vendor_folders_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let compose = "services:\n  r:\n    image: redis:7\n";
        for (folder, marker) in [
            ("go/vendor", Some("modules.txt")),
            ("php/vendor", Some("autoload.php")),
            ("own/vendor", None),
            ("rb/vendor/bundle", None),
            ("mixin/vendor", Some("../jsonnetfile.json")),
        ] {
            std::fs::create_dir_all(d.join(folder).join("x")).unwrap();
            std::fs::write(d.join(folder).join("x/docker-compose.yml"), compose).unwrap();
            if let Some(m) = marker {
                std::fs::write(d.join(folder).join(m), "").unwrap();
            }
        }
        let (found, errors) = discover(&[d.to_path_buf()], d, None);
        assert!(errors.is_empty());
        let rel: Vec<String> = found.iter().map(|i| i.path.strip_prefix(d).unwrap().to_string_lossy().replace('\\', "/")).collect();
        assert_eq!(rel, ["mixin/jsonnetfile.json", "own/vendor/x/docker-compose.yml"]);
    }
}
