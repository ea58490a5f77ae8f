//! The starter `attest.toml` that `attest init` writes, with excludes proposed
//! for the folders of the project that hold test fixtures or vendored code:
//! files that break policies on purpose, or that another project maintains.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const FIXTURES: &str = "Test fixtures: files that may break the policies on purpose";
const VENDORED: &str = "Vendored code: other projects' files, to be checked where they are maintained";

/// Folders by convention, at any depth: their name, and why their files are
/// not the project's configuration.
const CONVENTIONS: &[(&str, &str)] = &[
    ("testdata", FIXTURES),
    ("__fixtures__", FIXTURES),
    ("fixtures", FIXTURES),
    ("vendor", VENDORED),
    ("third_party", VENDORED),
    ("third-party", VENDORED),
];

/// How deep `propose_excludes` looks: such folders sit near the top of a project.
const MAX_DEPTH: usize = 8;

/// How many folders a list of them names (`some_folders`).
const SHOWN: usize = 3;

/// The first folders of `folders`, quoted, and how many more there are:
/// `` `a`, `b`, `c`, 2 more ``: an exclude's comment, the first-run line of
/// the summary.
pub fn some_folders<S: AsRef<str>>(folders: &[S]) -> String {
    let mut named: Vec<String> = folders.iter().take(SHOWN).map(|f| format!("`{}`", f.as_ref())).collect();
    if folders.len() > SHOWN {
        named.push(format!("{} more", folders.len() - SHOWN));
    }
    named.join(", ")
}

/// An exclude `attest init` proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclude {
    /// The glob, relative to the folder of `attest.toml`: `**/testdata/**`.
    pub glob: String,
    /// Why its files are left out.
    pub why: &'static str,
    /// The folders it matches, relative to the project, `/`-separated, sorted.
    pub found: Vec<String>,
}

/// The convention a folder follows, if any.
fn convention(folder: &Path) -> Option<usize> {
    let name = folder.file_name()?.to_str()?;
    CONVENTIONS.iter().position(|(n, _)| *n == name)
}

/// The folder of a test fixture or vendored code that holds the file at
/// `path` (`/`-separated, as shown): `pkg/api/testdata` for
/// `pkg/api/testdata/pod.yaml`. The outermost such folder, as `attest init`
/// would exclude it.
pub fn conventional_folder(path: &str) -> Option<&str> {
    let folders: Vec<&Path> = Path::new(path).ancestors().skip(1).collect();
    folders.into_iter().rev().find(|f| convention(f).is_some()).and_then(Path::to_str)
}

/// Excludes for the fixture and vendored folders that exist below `root`, one
/// per convention found, in the order of `CONVENTIONS`. The walk skips what
/// `attest check` skips (`.gitignore`d, `node_modules`, ...) and hidden
/// folders, and does not look inside a folder it proposes to exclude.
pub fn propose_excludes(root: &Path) -> Vec<Exclude> {
    let base = root.to_path_buf();
    let walker = ignore::WalkBuilder::new(root)
        .max_depth(Some(MAX_DEPTH))
        .follow_links(false)
        .filter_entry(move |e| {
            let rel = e.path().strip_prefix(&base).unwrap_or(e.path());
            let skipped = crate::discover::is_skipped_dir(e.path());
            let inside_proposed = rel.parent().is_some_and(|p| convention(p).is_some());
            e.file_type().is_some_and(|t| t.is_dir()) && !skipped && !inside_proposed
        })
        .build();
    let mut found: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for entry in walker.flatten().filter(|e| e.depth() > 0) {
        let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
        if let Some(i) = convention(rel) {
            let shown: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            found.entry(i).or_default().push(shown.join("/").replace(char::is_control, "?"));
        }
    }
    found
        .into_iter()
        .map(|(i, mut folders)| {
            let (name, why) = CONVENTIONS[i];
            folders.sort();
            Exclude { glob: format!("**/{name}/**"), why, found: folders }
        })
        .collect()
}

/// The text of the starter `attest.toml`, with `excludes` in its `exclude` key.
pub fn starter(excludes: &[Exclude]) -> String {
    let mut exclude = String::from(
        "# Files and folders never to check (globs). attest skips `.git`, `.terraform`,\n\
         # `node_modules` and what `.gitignore` ignores without being told.\n",
    );
    if excludes.is_empty() {
        exclude.push_str("# exclude = [\"**/testdata/**\", \"**/vendor/**\"]\n");
    } else {
        exclude.push_str("exclude = [\n");
        for e in excludes {
            let _ = writeln!(exclude, "  # {} (found: {}).", e.why, some_folders(&e.found));
            let _ = writeln!(exclude, "  \"{}\",", e.glob);
        }
        exclude.push_str("]\n");
    }
    TEMPLATE.replace("{exclude}\n", &exclude)
}

const TEMPLATE: &str = r#"# attest configuration (see the book, chapter "Configuration, waivers and baselines").
# Paths are relative to this file.

# What `attest check` checks when no path is given.
paths = ["."]

{exclude}

# Your own policies, beside the built-in SOC 2 pack.
# policies = ["policies/"]

# Run only, or never, the policies whose id or SOC 2 criterion matches (globs).
# enable = ["CC6.*", "CC7.*"]
# disable = ["k8s-container-image-unpinned"]

# Exit 1 only for findings of this severity or higher: info, low, medium, high, critical.
fail-on = "low"

# Show only findings of this severity or higher; the exit code still follows `fail-on`.
# min-severity = "medium"

# Thresholds of the built-in policies your team sets differently (the
# catalogue lists every parameter and its default).
# [params]
# log_retention_min_days = 365
# backup_retention_min_days = 7
# tls_min_version = "1.2"
# allowed_registries = ["ghcr.io/your-org/"]

# A waiver accepts a finding for a time, with a reason and an owner: the audit
# trail of a SOC 2 exception. Every field but `address` is required.
# [[waiver]]
# policy = "aws-s3-bucket-unencrypted"
# path = "infra/logging/**"
# address = "AccessLogsBucket"
# reason = "Holds only S3 access logs; encryption tracked in SEC-142"
# owner = "platform-team"
# expires = 2026-12-31
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_parses_with_and_without_excludes() {
        let none = starter(&[]);
        let some = starter(&[Exclude { glob: "**/vendor/**".into(), why: VENDORED, found: vec!["vendor".into(), "a/vendor".into()] }]);
        for text in [&none, &some] {
            let file = crate::source::SourceFile::new("attest.toml", text.as_str());
            assert!(crate::config::parse(&file).is_ok(), "{text}");
        }
        assert!(!none.contains("\nexclude"));
        assert!(some.contains("  \"**/vendor/**\",\n"), "{some}");
    }

    #[test]
    fn the_folder_of_a_fixture_is_the_outermost_conventional_one() {
        assert_eq!(conventional_folder("pkg/api/testdata/pod.yaml"), Some("pkg/api/testdata"));
        assert_eq!(conventional_folder("integration/fixtures/k8s/testdata/x.yml"), Some("integration/fixtures"));
        assert_eq!(conventional_folder("vendor/github.com/acme/chart/pod.yaml"), Some("vendor"));
        assert_eq!(conventional_folder("../test/fixtures/main.tf"), Some("../test/fixtures"));
        assert_eq!(conventional_folder("k8s/testdata"), None, "a file named like a folder");
        assert_eq!(conventional_folder("k8s/my-fixtures/pod.yaml"), None);
        assert_eq!(conventional_folder("pod.yaml"), None);
        assert_eq!(some_folders(&["a", "b", "c", "d", "e"]), "`a`, `b`, `c`, 2 more");
        assert_eq!(some_folders(&["a"]), "`a`");
    }
}
