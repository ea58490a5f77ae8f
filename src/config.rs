//! `attest.toml`: found by walking up from the working directory (or given with
//! `--config`). Parsed with serde and toml; every error points into the file.

use crate::diag::{Diag, did_you_mean};
use crate::policy::Severity;
use crate::source::{SourceFile, Span};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

mod starter;
pub use starter::{Exclude, conventional_folder, propose_excludes, some_folders, starter};

pub const FILE_NAME: &str = "attest.toml";

const KEYS: &[&str] =
    &["paths", "exclude", "formats", "policies", "builtin", "enable", "disable", "fail-on", "min-severity", "params", "waiver"];
const WAIVER_KEYS: &[&str] = &["policy", "path", "address", "reason", "owner", "expires"];

/// The settings of `attest.toml`. Paths in it are relative to its folder.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    /// What `attest check` checks when no path is given.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Globs of files and folders never to check.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Globs whose files have this syntax whatever their name:
    /// `"deploy/*.tpl" = "yaml"`.
    #[serde(default)]
    pub formats: std::collections::BTreeMap<String, Spanned<String>>,
    /// Extra policy files or folders.
    #[serde(default)]
    pub policies: Vec<String>,
    /// Load the built-in pack (default true).
    pub builtin: Option<bool>,
    /// Run only policies whose id or criterion matches (globs).
    #[serde(default)]
    pub enable: Vec<String>,
    /// Never run policies whose id or criterion matches (globs).
    #[serde(default)]
    pub disable: Vec<String>,
    pub fail_on: Option<Severity>,
    /// Show only findings of this severity or higher (`--min-severity`).
    pub min_severity: Option<Severity>,
    /// Parameter values, by name: `min_log_retention_days = 90`. Checked against
    /// the parameters the loaded policies declare.
    #[serde(default)]
    pub params: std::collections::BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default, rename = "waiver")]
    pub waivers: Vec<Spanned<CentralWaiver>>,
}

/// A `[[waiver]]` table: every field but `address` is required.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentralWaiver {
    pub policy: String,
    /// A glob over paths relative to the folder of `attest.toml`.
    pub path: Spanned<String>,
    pub address: Option<String>,
    pub reason: Spanned<String>,
    pub owner: String,
    pub expires: Spanned<toml::Value>,
}

/// A loaded configuration and where it came from.
#[derive(Debug)]
pub struct Config {
    pub file: Arc<SourceFile>,
    /// The folder paths in the file are relative to.
    pub base: PathBuf,
    /// The folder paths are shown relative to (where attest runs).
    pub root: PathBuf,
    pub settings: Settings,
}

impl Config {
    /// The format overrides, checked by `parse`.
    pub fn formats(&self) -> Vec<(String, crate::doc::Syntax)> {
        self.settings.formats.iter().filter_map(|(glob, s)| Some((glob.clone(), crate::doc::Syntax::from_name(s.get_ref())?))).collect()
    }

    /// Resolve a path written in the file.
    pub fn resolve(&self, p: &str) -> PathBuf {
        let joined = self.base.join(p);
        PathBuf::from(crate::source::display_path(&joined, &self.root))
    }
}

/// `attest.toml` in `root` (where attest runs) or its nearest parent.
pub fn find(root: &Path) -> Option<PathBuf> {
    root.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Read and parse a configuration file; `root` is the folder paths are shown
/// relative to.
pub fn load(path: &Path, root: &Path) -> Result<Config, ConfigError> {
    let file = crate::diag::read_source(path, root, "the configuration").map_err(ConfigError::Unreadable)?;
    let settings = parse(&file)?;
    let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let base = if base.as_os_str().is_empty() { PathBuf::from(".") } else { base };
    Ok(Config { file, base, root: root.to_path_buf(), settings })
}

/// Why `attest.toml` cannot be used; each points into the file.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ConfigError {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Unreadable(Box<Diag>),
    /// Not TOML, or a key or value of the wrong kind (with "did you mean").
    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(Box<Diag>),
    /// A `[formats]` entry naming no syntax, or a pattern that is not a glob.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Format(Box<Diag>),
    /// A `[[waiver]]` without a reason, with a bad date or path glob.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Waiver(Box<Diag>),
}

impl ConfigError {
    pub fn diag(&self) -> &Diag {
        match self {
            ConfigError::Unreadable(d) | ConfigError::Invalid(d) | ConfigError::Format(d) | ConfigError::Waiver(d) => d,
        }
    }
}

/// Parse configuration text; errors carry a span and, for a misspelt key, a
/// "did you mean".
pub fn parse(file: &Arc<SourceFile>) -> Result<Settings, ConfigError> {
    let settings: Settings = toml::from_str(&file.text).map_err(|e| {
        let span = e.span().map_or(Span::default(), |r| Span::new(r.start, r.end));
        let message = e.message().trim().to_string();
        let mut d = Diag::error(file, span, format!("invalid {FILE_NAME}: {}", first_line(&message)), "here");
        if let Some(key) = message.strip_prefix("unknown field `").and_then(|r| r.split('`').next()) {
            let candidates = if message.contains("`policy`") { WAIVER_KEYS } else { KEYS };
            d.help = did_you_mean(key, candidates.iter().copied()).or_else(|| Some(format!("the keys are {}", candidates.join(", "))));
        }
        ConfigError::Invalid(Box::new(d))
    })?;
    for (glob, syntax) in &settings.formats {
        let r = syntax.span();
        if crate::doc::Syntax::from_name(syntax.get_ref()).is_none() {
            return Err(ConfigError::Format(Box::new(
                Diag::error(file, Span::new(r.start, r.end), format!("`{}` is not a format", syntax.get_ref()), "not a format")
                    .with_help("formats are yaml, json, toml, hcl (Terraform), dockerfile and codeowners"),
            )));
        }
        if let Err(e) = globset::Glob::new(glob) {
            return Err(ConfigError::Format(Box::new(Diag::error(
                file,
                Span::new(r.start, r.end),
                format!("bad glob `{glob}`: {e}"),
                "for this pattern",
            ))));
        }
    }
    for w in &settings.waivers {
        let w = w.get_ref();
        if w.reason.get_ref().trim().is_empty() {
            let r = w.reason.span();
            return Err(ConfigError::Waiver(Box::new(Diag::error(
                file,
                Span::new(r.start, r.end),
                "a waiver needs a reason",
                "empty reason",
            ))));
        }
        parse_date(&date_text(&w.expires)).map_err(|e| {
            let r = w.expires.span();
            ConfigError::Waiver(Box::new(Diag::error(
                file,
                Span::new(r.start, r.end),
                format!("`expires` is not a date: {e}"),
                "write a date such as 2026-12-31",
            )))
        })?;
        globset::Glob::new(w.path.get_ref()).map_err(|e| {
            let r = w.path.span();
            ConfigError::Waiver(Box::new(Diag::error(file, Span::new(r.start, r.end), format!("bad glob: {e}"), "here")))
        })?;
    }
    Ok(settings)
}

/// A date as written in `attest.toml`, a waiver comment or `--today`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, jiff::Error> {
    s.trim().parse()
}

/// A TOML date, or a string holding one, as text.
pub fn date_text(v: &Spanned<toml::Value>) -> String {
    match v.get_ref() {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}
