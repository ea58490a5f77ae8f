//! `attest report --format json`: the evidence model as it is (schema in
//! book/src/audit.md), and reading an earlier report back for `--compare`.

use super::{Evidence, KIND, VERSION};
use std::path::Path;

pub fn render(e: &Evidence) -> String {
    let mut s = serde_json::to_string_pretty(e).unwrap_or_default();
    s.push('\n');
    s
}

/// Why an earlier report cannot be read back.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ReadError {
    #[error("cannot read `{path}`: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("`{path}` is not JSON: {source}")]
    Json { path: String, source: serde_json::Error },
    #[error("`{path}` is not an attest report (write one with `attest report --format json`)")]
    NotReport { path: String },
    #[error("`{path}` has no `version` (write one with `attest report --format json`)")]
    NoVersion { path: String },
    #[error("`{path}` is a report of version {found}; this attest reads version {VERSION}")]
    Version { path: String, found: u64 },
    #[error("`{path}` is not a valid report: {source}")]
    Invalid { path: String, source: serde_json::Error },
}

/// Read a report written by `attest report --format json`; `shown` is its path
/// as the user sees it.
pub fn read(path: &Path, shown: &str) -> Result<Evidence, ReadError> {
    let path_ = || shown.to_string();
    let text = std::fs::read_to_string(path).map_err(|source| ReadError::Io { path: path_(), source })?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|source| ReadError::Json { path: path_(), source })?;
    if value.get("report").and_then(|r| r.as_str()) != Some(KIND) {
        return Err(ReadError::NotReport { path: path_() });
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(found) => return Err(ReadError::Version { path: path_(), found }),
        None => return Err(ReadError::NoVersion { path: path_() }),
    }
    serde_json::from_value(value).map_err(|source| ReadError::Invalid { path: path_(), source })
}
