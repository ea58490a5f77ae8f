//! Where the scanned files come from: the git repository, commit and branch,
//! asked of `git` (`crate::git`).

use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Git {
    /// The `origin` remote without credentials, else the repository folder's name.
    pub repository: String,
    pub commit: String,
    /// `None` on a detached HEAD.
    pub branch: Option<String>,
    /// Whether the scanned folder has changes not committed (untracked files
    /// included): then the digests, not the commit, say what was evaluated.
    pub dirty: bool,
}

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    crate::git::output(dir, args).map(|out| String::from_utf8_lossy(&out).trim_end().to_string())
}

/// The repository holding `path` (a file or folder); `None` when there is none,
/// or no `git` to ask.
pub fn read(path: &Path) -> Option<Git> {
    let dir = if path.is_dir() { path } else { path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")) };
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    // A repository without commits has no HEAD to name.
    let commit = git(dir, &["rev-parse", "--verify", "--quiet", "HEAD"]).unwrap_or_default();
    let branch = git(dir, &["symbolic-ref", "--quiet", "--short", "HEAD"]).filter(|b| !b.is_empty());
    let repository = git(dir, &["remote", "get-url", "origin"])
        .filter(|u| !u.is_empty())
        .map(|u| without_credentials(&u))
        .unwrap_or_else(|| Path::new(&top).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or(top.clone()));
    let status = git(dir, &["status", "--porcelain", "--untracked-files=normal", "--", "."]);
    Some(Git { repository, commit, branch, dirty: status.is_none_or(|s| !s.is_empty()) })
}

/// `https://user:token@host/x` → `https://host/x`: a report is shared, a token
/// in a remote URL must not be.
fn without_credentials(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_once('/').map_or((rest, ""), |(a, p)| (a, p));
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            if path.is_empty() { format!("{scheme}://{host}") } else { format!("{scheme}://{host}/{path}") }
        }
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_are_removed_from_remote_urls() {
        assert_eq!(without_credentials("https://bot:ghp_x@github.com/acme/infra.git"), "https://github.com/acme/infra.git");
        assert_eq!(without_credentials("https://github.com/acme/infra"), "https://github.com/acme/infra");
        assert_eq!(without_credentials("git@github.com:acme/infra.git"), "git@github.com:acme/infra.git");
        assert_eq!(without_credentials("ssh://git@host"), "ssh://host");
    }
}
