//! `attest baseline write FILE [PATH]...` and `attest init`.

use super::check::{RunArgs, Selection};
use super::output::{self, write_out};
use super::{OK, TROUBLE};
use std::path::{Path, PathBuf};

#[derive(clap::Subcommand, Debug)]
pub enum BaselineCommand {
    /// Record today's findings, so that `check --baseline FILE` reports only new ones.
    Write {
        /// The baseline file to write.
        file: PathBuf,
        #[command(flatten)]
        select: Selection,
        #[command(flatten)]
        run: RunArgs,
    },
}

pub fn run(command: &BaselineCommand, root: &Path) -> u8 {
    let BaselineCommand::Write { file, select, run } = command;
    let e = match select.run(run, root, crate::finding::Keep::Positions) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let text = crate::baseline::write(&e.findings);
    if write_out(Some(file.as_path()), &text).is_err() {
        return TROUBLE;
    }
    if run.quiet {
        return OK;
    }
    let recorded = e.findings.iter().filter(|f| f.waiver.is_none()).count();
    output::err(&format!("recorded {} in `{}`\n", crate::diag::plural(recorded, "finding"), file.display()));
    OK
}

pub const PRE_COMMIT: &str = r#"# .pre-commit-config.yaml
repos:
  - repo: https://github.com/OWNER/attest   # where your organisation gets attest from
    rev: v0.1.0                            # a tag or commit of that repository
    hooks:
      - id: attest
"#;

/// The workflow `attest init` prints. Actions are pinned to the commit of a
/// release, the tag in a comment, so that a moved tag cannot change what runs
/// (attest's `gha-action-not-pinned-to-sha` checks it; Dependabot updates both).
pub const GITHUB: &str = r#"# .github/workflows/attest.yml
name: attest
on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  attest:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - run: cargo install --locked --git "$ATTEST_GIT" attest
        env:
          # The repository your organisation installs attest from.
          ATTEST_GIT: https://github.com/OWNER/attest
      - run: attest check --format sarif --output attest.sarif
      - uses: github/codeql-action/upload-sarif@8aad20d150bbac5944a9f9d289da16a4b0d87c1e # v4.36.2
        if: always()
        with:
          sarif_file: attest.sarif
"#;

/// `attest init`: write a commented attest.toml in `root`, with excludes for
/// the fixture and vendored folders found there, and print the snippets.
pub fn init(force: bool, root: &Path) -> u8 {
    let path = root.join(crate::config::FILE_NAME);
    if path.exists() && !force {
        output::error(format!("`{}` exists already (use `--force` to overwrite it)", crate::config::FILE_NAME));
        return TROUBLE;
    }
    let excludes = crate::config::propose_excludes(root);
    if let Err(e) = std::fs::write(&path, crate::config::starter(&excludes)) {
        output::error(format!("cannot write `{}`: {e}", crate::config::FILE_NAME));
        return TROUBLE;
    }
    let mut text = format!("wrote {}\n", crate::config::FILE_NAME);
    if !excludes.is_empty() {
        let globs: Vec<String> = excludes.iter().map(|e| format!("`{}`", e.glob)).collect();
        text.push_str(&format!(
            "it excludes {} (test fixtures and vendored code found here; the comments in it say which)\n",
            globs.join(", ")
        ));
    }
    text.push_str(&format!(
        "\nTo run attest before each commit, add to .pre-commit-config.yaml:\n\n{PRE_COMMIT}\n\
         To gate pull requests on GitHub with code scanning annotations:\n\n{GITHUB}\n"
    ));
    if write_out(None, &text).is_err() { TROUBLE } else { OK }
}
