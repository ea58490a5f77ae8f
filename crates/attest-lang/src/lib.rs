//! attest's policy language, in a crate of its own so that the build of
//! `attest` can parse the built-in pack (see `attest`'s `build.rs`): source
//! files and spans, the spanned document tree, diagnostics, the criteria, and
//! the policy parser and checker. `attest` re-exports every module under the
//! same name (`attest::policy`, `attest::doc`, …).

pub mod comments;
pub mod criteria;
pub mod diag;
pub mod doc;
pub mod policy;
pub mod schema;
pub mod source;
