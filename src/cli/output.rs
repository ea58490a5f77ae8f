//! The one writer: everything attest prints goes through here, so that a
//! reader that goes away early (`attest check | head -1`) ends the output
//! quietly instead of aborting the run, and the exit code still follows the
//! findings. `clippy::print_stdout` and `print_stderr` are denied elsewhere.
//! The progress bar of a long run is drawn from here too.

use crate::engine::{Progress, Stage};
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
    to_stdout(|w| w.write_all(text.as_bytes()))
}

/// Standard output, written by `write` through a buffer.
fn to_stdout(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), OutputError> {
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut stdout).and_then(|()| stdout.flush()) {
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
    write_with(output, |w| w.write_all(text.as_bytes()))
}

/// As `write_out`, for output written as it is made by `write`.
pub fn write_with(output: Option<&Path>, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<(), OutputError> {
    let written = match output {
        Some(path) => std::fs::File::create(path)
            .and_then(|file| {
                let mut file = std::io::BufWriter::new(file);
                write(&mut file).and_then(|()| file.flush())
            })
            .map_err(|source| OutputError::File { path: path.display().to_string(), source }),
        None => to_stdout(write),
    };
    written.inspect_err(|e| error(e))
}

/// Run `work` while a progress bar on standard error follows `progress`. The
/// bar appears only once the run has taken a second, so that quick runs (a
/// pre-commit hook) print nothing, and it is cleared before `work`'s result is
/// shown. The caller decides whether standard error is a terminal worth
/// drawing on.
pub fn with_progress<T>(progress: &Progress, work: impl FnOnce() -> T) -> T {
    let (done, finished) = std::sync::mpsc::channel::<()>();
    std::thread::scope(|scope| {
        scope.spawn(move || draw(progress, &finished));
        let result = work();
        drop(done);
        result
    })
}

/// Draw `progress` every tenth of a second until `finished` says the run is over.
fn draw(progress: &Progress, finished: &std::sync::mpsc::Receiver<()>) {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    use std::sync::mpsc::RecvTimeoutError;
    use std::time::{Duration, Instant};
    let start = Instant::now();
    let mut bar: Option<ProgressBar> = None;
    let mut shown: Option<std::mem::Discriminant<Stage>> = None;
    while let Err(RecvTimeoutError::Timeout) = finished.recv_timeout(Duration::from_millis(100)) {
        if start.elapsed() < Duration::from_secs(1) {
            continue;
        }
        let stage = progress.stage();
        // Each stage has its words in its template, so that one draw never
        // mixes the words of a stage with the counts of another.
        let (template, done, of) = match stage {
            Stage::Starting => ("{spinner} loading policies, finding files", 0, 0),
            Stage::Reading { done, of } => ("  reading [{bar:40}] {pos}/{len} files", done, of),
            Stage::Checking { done, of } => (" checking [{bar:40}] {pos}/{len} files and modules", done, of),
        };
        let bar = bar.get_or_insert_with(|| ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()));
        let kind = Some(std::mem::discriminant(&stage));
        if shown != kind {
            let style = ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar()).progress_chars("=> ");
            bar.set_style(style);
            shown = kind;
        }
        bar.update(|state| {
            state.set_len(of as u64);
            state.set_pos(done as u64);
        });
        bar.tick();
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
}
