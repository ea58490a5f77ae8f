//! `attest check`

use super::{Color, FOUND, OK, PolicyArgs, TROUBLE, load_policies, use_color};
use crate::finding::Status;
use crate::load::Limits;
use crate::policy::{Policy, Severity};
use crate::report::{self, Format, Style};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Files or folders to check.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Run only policies whose id or criterion matches (globs such as `CC6.*`; repeatable).
    #[arg(long, value_name = "ID|CRITERION")]
    pub only: Vec<String>,
    /// Skip policies whose id or criterion matches (globs; repeatable).
    #[arg(long, value_name = "ID|CRITERION")]
    pub skip: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to a file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 only for findings of this severity or higher.
    #[arg(long, value_enum, default_value_t = Severity::Low, value_name = "SEVERITY")]
    pub fail_on: Severity,
    /// Findings whose outcome is unknown fail the run too.
    #[arg(long)]
    pub strict: bool,
    /// Worker threads (default: one per core).
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Files larger than this many bytes are reported instead of loaded.
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_file_size)]
    pub max_file_size: u64,
    /// Maximum nesting depth of a loaded file.
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth)]
    pub max_depth: usize,
    /// When to use colour in text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

pub fn run(args: &CheckArgs) -> u8 {
    let stderr_color = use_color(args.color, std::io::stderr().is_terminal());
    if let Some(jobs) = args.jobs {
        if jobs == 0 {
            eprintln!("error: `--jobs` must be at least 1");
            return TROUBLE;
        }
        // Fails only when a pool exists already (tests run several checks per process).
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs).build_global();
    }
    let Some(policies) = load_policies(&args.policies, stderr_color) else { return TROUBLE };
    let policies = match select(policies, &args.only, &args.skip) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return TROUBLE;
        }
    };
    let (inputs, errors) = crate::discover::discover(&args.paths);
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        return TROUBLE;
    }
    let limits = Limits { max_file_size: args.max_file_size, max_depth: args.max_depth, ..Limits::default() };
    let loaded = crate::engine::load_all(&inputs, &limits);
    let (findings, tally) = crate::engine::evaluate(&policies, &loaded);
    let run = report::Run {
        findings: &findings,
        policies: policies.iter().map(|p| Arc::clone(&p.meta)).collect(),
        files: loaded.len(),
        documents: loaded.iter().map(|l| l.docs.len()).sum(),
        tally,
    };
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let style = Style { color: args.format == Format::Text && use_color(args.color, to_terminal), width: 100 };
    let out = report::render(args.format, &run, &style);
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &out) {
                eprintln!("error: cannot write `{}`: {e}", path.display());
                return TROUBLE;
            }
        }
        None => print!("{out}"),
    }
    let failing =
        findings.iter().any(|f| f.severity() >= args.fail_on && (f.status == Status::Fail || args.strict && f.status == Status::Unknown));
    if failing { FOUND } else { OK }
}

/// Keep policies matching `--only` (all when empty) and not matching `--skip`; a
/// pattern matches a policy's id or any of its criteria.
pub fn select(policies: Vec<Arc<Policy>>, only: &[String], skip: &[String]) -> Result<Vec<Arc<Policy>>, String> {
    let set = |patterns: &[String]| -> Result<globset::GlobSet, String> {
        let mut b = globset::GlobSetBuilder::new();
        for p in patterns {
            b.add(globset::Glob::new(p).map_err(|e| format!("bad pattern `{p}`: {e}"))?);
        }
        b.build().map_err(|e| e.to_string())
    };
    let (only_set, skip_set) = (set(only)?, set(skip)?);
    let matches = |set: &globset::GlobSet, p: &Policy| set.is_match(&p.meta.id) || p.meta.criteria.iter().any(|c| set.is_match(c));
    Ok(policies.into_iter().filter(|p| (only.is_empty() || matches(&only_set, p)) && !matches(&skip_set, p)).collect())
}
