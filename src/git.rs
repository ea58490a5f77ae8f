//! Running `git`, the one program that knows every repository format (packed
//! refs, worktrees, the index): in a folder, its standard output when it
//! succeeds, nothing when it fails or is not installed. `discover` asks it
//! which ignored files are tracked; `evidence::git` where the files come from.

use std::path::Path;
use std::process::{Command, Stdio};

/// The standard output of `git -C dir ARGS`; `None` when git cannot be run
/// or fails.
pub fn output(dir: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let out = Command::new("git").arg("-C").arg(dir).args(args).stdin(Stdio::null()).stderr(Stdio::null()).output().ok()?;
    out.status.success().then_some(out.stdout)
}
