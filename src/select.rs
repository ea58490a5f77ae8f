//! Which policies run: `--only` and `--skip` (and `enable`/`disable` in
//! `attest.toml`), globs over policy ids and SOC 2 criteria.

use crate::policy::Meta;

/// A selection pattern that is not a glob.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("bad pattern `{pattern}`: {source}")]
#[diagnostic(help("patterns are policy ids or criteria, with `*` globs: `CC6.*`, `k8s-*`"))]
pub struct SelectError {
    pub pattern: String,
    pub source: globset::Error,
}

/// Keep policies matching `only` (all when empty) and not matching `skip`; a
/// pattern matches a policy's id (or an id it had before) or any of its criteria.
pub struct Selector {
    only: Option<globset::GlobSet>,
    skip: globset::GlobSet,
}

impl Selector {
    pub fn new(only: &[String], skip: &[String]) -> Result<Selector, SelectError> {
        let set = |patterns: &[String]| -> Result<globset::GlobSet, SelectError> {
            let mut b = globset::GlobSetBuilder::new();
            for p in patterns {
                b.add(globset::Glob::new(p).map_err(|source| SelectError { pattern: p.clone(), source })?);
            }
            b.build().map_err(|source| SelectError { pattern: patterns.join(", "), source })
        };
        Ok(Selector { only: if only.is_empty() { None } else { Some(set(only)?) }, skip: set(skip)? })
    }

    fn matches(set: &globset::GlobSet, m: &Meta) -> bool {
        m.names().any(|id| set.is_match(id)) || m.criteria.iter().any(|c| set.is_match(&**c))
    }

    pub fn selects(&self, m: &Meta) -> bool {
        self.only.as_ref().is_none_or(|o| Self::matches(o, m)) && !self.skips(m)
    }

    pub fn skips(&self, m: &Meta) -> bool {
        Self::matches(&self.skip, m)
    }
}
