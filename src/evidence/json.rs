//! `attest report --format json`: the evidence model as it is (schema in
//! book/src/audit.md), and reading an earlier report back for `--compare`.

use super::{Evidence, KIND, VERSION};
use std::path::Path;

pub fn render(e: &Evidence) -> String {
    let mut s = serde_json::to_string_pretty(e).unwrap_or_default();
    s.push('\n');
    s
}

/// Read a report written by `attest report --format json`.
pub fn read(path: &Path) -> Result<Evidence, String> {
    let shown = crate::discover::display_path(path);
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read `{shown}`: {e}"))?;
    parse(&text).map_err(|e| format!("`{shown}` {e}"))
}

pub fn parse(text: &str) -> Result<Evidence, String> {
    const HOW: &str = "(write one with `attest report --format json`)";
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("is not JSON: {e}"))?;
    if value.get("report").and_then(|r| r.as_str()) != Some(KIND) {
        return Err(format!("is not an attest report {HOW}"));
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => return Err(format!("is a report of version {v}; this attest reads version {VERSION}")),
        None => return Err(format!("has no `version` {HOW}")),
    }
    serde_json::from_value(value).map_err(|e| format!("is not a valid report: {e}"))
}
