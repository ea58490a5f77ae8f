//! attest: SOC 2 controls as policies over infrastructure configuration.
//!
//! The pipeline, one module per step (see ARCHITECTURE.md):
//! `discover` → `load` → `doc` → `platform` → `policy` + `eval` → `engine` → `report`.

// INVARIANT: all output goes through `cli::output`, which writes without these
// macros, so that a closed pipe ends a run quietly instead of panicking.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub use attest_lang::{comments, criteria, diag, doc, policy, schema, source};

pub mod baseline;
pub mod builtin;
pub mod cli;
pub mod config;
pub mod discover;
pub mod engine;
pub mod eval;
pub mod evidence;
pub mod finding;
pub mod git;
pub mod image;
pub mod load;
pub mod platform;
pub mod render;
pub mod report;
pub mod select;
pub mod testing;
pub mod waiver;
