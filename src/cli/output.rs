//! The one writer: everything attest prints goes through here, so that a
//! reader that goes away early (`attest check | head -1`) ends the output
//! quietly instead of aborting the run, and the exit code still follows the
//! findings. `clippy::print_stdout` and `print_stderr` are denied elsewhere.

use std::io::{ErrorKind, Write};
use std::path::Path;

/// Output that could not be written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum OutputError {
    #[error("cannot write `{path}`: {source}")]
    File { path: String, source: std::io::Error },
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
}

/// Write to standard output. A closed pipe is not an error: the reader has
/// what it wanted.
pub fn out(text: &str) -> Result<(), OutputError> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != ErrorKind::BrokenPipe => Err(OutputError::Stdout(e)),
        _ => Ok(()),
    }
}

/// Write to standard error; if even that fails there is no one left to tell.
pub fn err(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes()).and_then(|()| stderr.flush());
}

/// Standard error or standard output (clap's help goes to standard output).
pub fn err_or_out(text: &str, to_stderr: bool) {
    if to_stderr {
        err(text);
    } else {
        let _ = out(text);
    }
}

/// `error: MESSAGE` on standard error.
pub fn error(message: impl std::fmt::Display) {
    err(&format!("error: {message}\n"));
}

/// Write to a file, or to standard output when none is given; a failure is
/// reported on standard error and returned.
pub fn write_out(output: Option<&Path>, text: &str) -> Result<(), OutputError> {
    let written = match output {
        Some(path) => std::fs::write(path, text).map_err(|source| OutputError::File { path: path.display().to_string(), source }),
        None => out(text),
    };
    written.inspect_err(|e| error(e))
}
