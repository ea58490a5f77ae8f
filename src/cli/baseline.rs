//! `attest baseline write FILE [PATH]...` and `attest init`.

use super::check::{RunArgs, Selection};
use super::output::{self, write_out};
use super::{OK, TROUBLE};
use std::path::Path;
use std::path::PathBuf;

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
    let e = match select.run(run, root) {
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
      - uses: actions/checkout@v4
      # ATTEST_GIT: the repository your organisation installs attest from.
      - run: cargo install --locked --git "$ATTEST_GIT" attest
      - run: attest check --format sarif --output attest.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: attest.sarif
"#;

/// `attest init`: write a commented attest.toml and print the snippets.
pub fn init(force: bool) -> u8 {
    let path = PathBuf::from(crate::config::FILE_NAME);
    if path.exists() && !force {
        output::error(format!("`{}` exists already (use `--force` to overwrite it)", path.display()));
        return TROUBLE;
    }
    if let Err(e) = std::fs::write(&path, crate::config::STARTER) {
        output::error(format!("cannot write `{}`: {e}", path.display()));
        return TROUBLE;
    }
    let text = format!(
        "wrote {}\n\nTo run attest before each commit, add to .pre-commit-config.yaml:\n\n{PRE_COMMIT}\n\
         To gate pull requests on GitHub with code scanning annotations:\n\n{GITHUB}\n",
        path.display()
    );
    if write_out(None, &text).is_err() { TROUBLE } else { OK }
}
