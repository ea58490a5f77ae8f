//! The command line: argument parsing and the subcommands. Exit codes: 0 nothing
//! failed at or above `--fail-on`, 1 something did, 2 attest could not do its job.

mod baseline;
mod check;
mod inspect;
mod policies;
mod query;
mod report;
pub mod test;

use clap::{Args, Parser, Subcommand};
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
                let _ = e.print();
                return ExitCode::from(if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { TROUBLE } else { OK });
            }
            // One line: the error and, where clap gives them, the allowed values.
            let text = e.render().to_string();
            let line: Vec<&str> = text.lines().take_while(|l| !l.trim().is_empty()).map(str::trim).collect();
            eprintln!("{} (see `attest --help`)", line.join(" "));
            return ExitCode::from(TROUBLE);
        }
    };
    let code = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Test(args) => test::run(&args),
        Command::Baseline(command) => baseline::run(&command),
        Command::Init { force } => baseline::init(force),
        Command::Query(args) => query::run(&args),
        Command::Inspect(args) => inspect::run(&args),
        Command::Policies(args) => policies::list(&args),
        Command::Explain { id, policies } => policies::explain(&id, &policies),
    };
    ExitCode::from(code)
}

/// Load the policies asked for; print every policy error and give `None` when
/// there were any.
pub fn load_policies(args: &PolicyArgs, color: bool) -> Option<Vec<std::sync::Arc<crate::policy::Policy>>> {
    let mut loader = crate::policy::Loader::new();
    if !args.no_builtin {
        loader.add_builtin();
    }
    for p in &args.policy {
        if let Err(e) = loader.add_path(p) {
            eprintln!("error: {e}");
            return None;
        }
    }
    let (policies, errors) = loader.finish();
    if errors.is_empty() {
        return Some(policies);
    }
    for e in &errors {
        eprint!("{}", crate::diag::render(e, color, 100));
    }
    eprintln!("error: {} in the policies; nothing was checked", plural(errors.len(), "error"));
    None
}

pub fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

pub fn use_color(choice: Color, stream_is_terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => stream_is_terminal && std::env::var_os("NO_COLOR").is_none(),
    }
}
