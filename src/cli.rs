//! The command line: argument parsing and the subcommands. Exit codes: 0 nothing
//! failed at or above `--fail-on`, 1 something did, 2 attest could not do its job.

mod baseline;
mod check;
mod inspect;
mod output;
mod policies;
mod query;
mod report;
mod test;

use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "attest", version, about = "SOC 2 controls as policies over infrastructure configuration")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check configuration files against the policies.
    Check(check::CheckArgs),
    /// Record the current findings in a baseline file.
    #[command(subcommand)]
    Baseline(baseline::BaselineCommand),
    /// Write a starter attest.toml and print the pre-commit and CI snippets.
    Init {
        /// Overwrite an existing attest.toml.
        #[arg(long)]
        force: bool,
    },
    /// Write a SOC 2 evidence report (HTML, Markdown or JSON): criteria coverage,
    /// findings, exceptions and file digests.
    Report(report::ReportArgs),
    /// Test policies against their fixtures.
    Test(test::TestArgs),
    /// Evaluate an expression over files and print the values with their locations.
    Query(query::QueryArgs),
    /// Print the platform view of files (collections, addresses, locations).
    Inspect(inspect::InspectArgs),
    /// List the policies with their criteria and severity.
    Policies(PolicyArgs),
    /// Show the documentation of one policy.
    Explain {
        /// The policy id, e.g. `k8s-container-privileged`.
        id: String,
        #[command(flatten)]
        policies: PolicyArgs,
    },
}

/// Which policies to load.
#[derive(Args, Debug, Clone)]
pub struct PolicyArgs {
    /// An extra policy file, or a folder of `*.policy` files (repeatable).
    #[arg(short = 'p', long = "policy", value_name = "PATH")]
    pub policy: Vec<PathBuf>,
    /// Do not load the built-in SOC 2 pack.
    #[arg(long)]
    pub no_builtin: bool,
}

impl PolicyArgs {
    pub fn source(&self) -> crate::engine::PolicySource {
        crate::engine::PolicySource { paths: self.policy.clone(), builtin: !self.no_builtin }
    }
}

/// How `query` and `inspect` print what they find.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewFormat {
    Text,
    /// One JSON object per line.
    Json,
}

/// The output options `query` and `inspect` share.
#[derive(Args, Debug, Clone)]
pub struct ViewArgs {
    /// `json`: one JSON object per line (per value for `query`, per file for `inspect`).
    #[arg(short, long, value_enum, default_value_t = ViewFormat::Text)]
    pub format: ViewFormat,
    /// The same as `--format json`.
    #[arg(long, hide = true)]
    pub json: bool,
    /// Shorten each value (`query`) or unknown expression (`inspect --unknowns`) to this many characters in text; whole by default.
    #[arg(long, value_name = "CHARS")]
    pub max_width: Option<usize>,
}

impl ViewArgs {
    pub fn json(&self) -> bool {
        self.json || self.format == ViewFormat::Json
    }

    /// `text`, shortened to `--max-width` characters with `...` when longer.
    pub fn shorten(&self, text: String) -> String {
        match self.max_width.filter(|w| text.chars().count() > *w) {
            Some(w) => text.chars().take(w.saturating_sub(3)).collect::<String>() + "...",
            None => text,
        }
    }
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Auto,
    Always,
    Never,
}

pub const OK: u8 = 0;
pub const FOUND: u8 = 1;
pub const TROUBLE: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand)
            {
                let stream_is_terminal = if e.use_stderr() { std::io::stderr().is_terminal() } else { std::io::stdout().is_terminal() };
                let text = if stream_is_terminal { e.render().ansi().to_string() } else { e.render().to_string() };
                output::err_or_out(&text, e.use_stderr());
                return ExitCode::from(if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { TROUBLE } else { OK });
            }
            // One line: the error and, where clap gives them, the allowed values.
            let text = e.render().to_string();
            let line: Vec<&str> = text.lines().take_while(|l| !l.trim().is_empty()).map(str::trim).collect();
            output::err(&format!("{} (see `attest --help`)\n", line.join(" ")));
            return ExitCode::from(TROUBLE);
        }
    };
    // INVARIANT: the one place that reads the working directory; everything
    // below is given it.
    let root = std::env::current_dir().unwrap_or_default();
    let code = match cli.command {
        Command::Check(args) => check::run(&args, &root),
        Command::Report(args) => report::run(&args, &root),
        Command::Test(args) => test::run(&args, &root),
        Command::Baseline(command) => baseline::run(&command, &root),
        Command::Init { force } => baseline::init(force, &root),
        Command::Query(args) => query::run(&args, &root),
        Command::Inspect(args) => inspect::run(&args, &root),
        Command::Policies(args) => policies::list(&args, &root),
        Command::Explain { id, policies } => policies::explain(&id, &policies, &root),
    };
    ExitCode::from(code)
}

/// Load the policies asked for, or show every error in them and give the exit
/// code.
pub fn load_policies(args: &PolicyArgs, root: &std::path::Path) -> Result<Vec<std::sync::Arc<crate::policy::Policy>>, u8> {
    let color = use_color(Color::Auto, std::io::stderr().is_terminal());
    crate::engine::load_policies(&args.source(), root).map_err(|e| fail(&e, color, "checked"))
}

/// Discover and load files for `query` and `inspect`, or show why not.
fn load_paths(paths: &[PathBuf], root: &std::path::Path) -> Option<Vec<crate::engine::Loaded>> {
    let (inputs, errors) = crate::discover::discover(paths, root, None);
    errors.iter().for_each(output::error);
    errors.is_empty().then(|| crate::engine::load_all(&inputs, &Default::default(), root))
}

/// Show why a run could not be done (`nothing was VERB`) and give the exit code.
pub fn fail(e: &crate::engine::RunError, color: bool, verb: &str) -> u8 {
    use crate::engine::RunError;
    for d in e.diagnostics() {
        output::err(&crate::diag::render(d, color, 100));
    }
    match e {
        RunError::Config(_) | RunError::Params(_) => {}
        RunError::Policies(_) => output::error(format!("{e}; nothing was {verb}")),
        RunError::Paths(errors) => errors.iter().for_each(output::error),
        _ => output::error(e),
    }
    TROUBLE
}

pub fn use_color(choice: Color, stream_is_terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => stream_is_terminal && std::env::var_os("NO_COLOR").is_none(),
    }
}
