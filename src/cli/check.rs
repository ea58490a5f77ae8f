//! `attest check` and `attest baseline write`: the same evaluation, with
//! `attest.toml`, waivers and a baseline applied.

use super::{Color, FOUND, OK, PolicyArgs, TROUBLE, fail, output, use_color};
use crate::diag;
use crate::engine::{self, Request};
use crate::finding::{Keep, Status};
use crate::load::Limits;
use crate::policy::Severity;
use crate::report::{self, Format, Sort, Style};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What to evaluate: the paths and the policies. One definition for every
/// command that evaluates files (`check`, `report`, `baseline write`).
#[derive(clap::Args, Debug, Clone)]
pub struct Selection {
    /// Files or folders (default: `paths` in attest.toml, else `.`).
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub policies: PolicyArgs,
    /// Run only policies whose id or criterion matches (globs such as `CC6.*`; repeatable).
    #[arg(long, value_name = "ID|CRITERION")]
    pub only: Vec<String>,
    /// Skip policies whose id or criterion matches (globs; repeatable).
    #[arg(long, value_name = "ID|CRITERION")]
    pub skip: Vec<String>,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub select: Selection,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The order of findings in the text and concise formats: the most severe first, or by file.
    #[arg(long, value_enum, default_value_t = Sort::Severity)]
    pub sort: Sort,
    /// Show only findings of this severity or higher; the summary counts the others (default: `min-severity` in attest.toml, else all). The exit code still follows `--fail-on`.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub min_severity: Option<Severity>,
    /// Write the report to a file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 only for findings of this severity or higher (default: `fail-on` in attest.toml, else `low`).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<Severity>,
    /// Findings whose outcome is unknown fail the run too.
    #[arg(long)]
    pub strict: bool,
    /// Policies that could not be evaluated (an error in the policy) are reported but do not make the run exit 2.
    #[arg(long)]
    pub allow_errors: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    #[command(flatten)]
    pub run: RunArgs,
}

/// The most worker threads `--jobs` may ask for.
const MAX_JOBS: usize = 256;

/// Options shared by every command that evaluates files.
#[derive(clap::Args, Debug, Clone)]
pub struct RunArgs {
    /// Use this configuration file instead of the nearest attest.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The date waivers are checked against (default: today), for reproducible runs.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
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
    /// Print no progress bar and no summary; findings and reports are still written.
    #[arg(short, long)]
    pub quiet: bool,
}

impl Selection {
    /// The engine's request for these arguments, run from `root`.
    pub fn request(&self, run: &RunArgs, root: &Path, keep: Keep) -> Result<Request, u8> {
        if let Some(jobs) = run.jobs {
            // Each thread costs memory and start-up; more threads than this
            // only slow a run down.
            if !(1..=MAX_JOBS).contains(&jobs) {
                output::error(format!("`--jobs` must be between 1 and {MAX_JOBS}"));
                return Err(TROUBLE);
            }
            // Fails only when a pool exists already (tests run several checks per process).
            let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs).build_global();
        }
        let today = match &run.today {
            Some(d) => Some(crate::config::parse_date(d).map_err(|e| {
                output::error(format!("`--today {d}` is not a date: {e}"));
                TROUBLE
            })?),
            None => None,
        };
        let render = crate::render::Tools::from_env().map_err(|e| {
            output::error(e.to_string());
            TROUBLE
        })?;
        Ok(Request {
            render,
            root: root.to_path_buf(),
            paths: self.paths.clone(),
            config: run.config.clone(),
            policies: self.policies.source(),
            only: self.only.clone(),
            skip: self.skip.clone(),
            today,
            limits: Limits { max_file_size: run.max_file_size, max_depth: run.max_depth, ..Limits::default() },
            progress: None,
            keep,
        })
    }

    /// Run the engine, with a progress bar on a terminal unless `--quiet`; on
    /// failure the error is shown and the exit code returned. `keep`: what the
    /// outputs to be written need of the findings' source.
    pub fn run(&self, run: &RunArgs, root: &Path, keep: Keep) -> Result<engine::Run, u8> {
        let mut request = self.request(run, root, keep)?;
        let stderr_is_terminal = std::io::stderr().is_terminal();
        let color = use_color(run.color, stderr_is_terminal);
        let result = if stderr_is_terminal && !run.quiet {
            let progress = Arc::new(engine::Progress::default());
            request.progress = Some(Arc::clone(&progress));
            output::with_progress(&progress, || engine::run(&request))
        } else {
            engine::run(&request)
        };
        result.map_err(|e| fail(&e, color, "checked"))
    }
}

pub fn run(args: &CheckArgs, root: &Path) -> u8 {
    let color = use_color(args.run.color, std::io::stderr().is_terminal());
    // Only the text format shows the source around a finding.
    let keep = if args.format == Format::Text { Keep::Snippets } else { Keep::Positions };
    let e = match args.select.run(&args.run, root, keep) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let (mut findings, baselined, fixed) = match &args.baseline {
        Some(path) => match crate::baseline::read(path, root) {
            Ok(b) => crate::baseline::filter(e.findings, &b),
            Err(d) => {
                output::err(&diag::render(&d, color, 100));
                return TROUBLE;
            }
        },
        None => (e.findings, 0, Vec::new()),
    };
    let settings = e.config.as_ref().map(|c| &c.settings);
    let fail_on = args.fail_on.or(settings.and_then(|s| s.fail_on)).unwrap_or(Severity::Low);
    // INVARIANT: decided before `--min-severity` leaves findings out: it
    // changes what is shown, never the exit code.
    let failing = findings.iter().any(|f| f.severity() >= fail_on && f.counts(args.strict));
    // An assertion that could not be evaluated is not known to hold.
    let errors = !args.allow_errors && findings.iter().any(|f| f.waiver.is_none() && f.status == Status::Error);
    let min_severity = args.min_severity.or(settings.and_then(|s| s.min_severity));
    let all = findings.len();
    if let Some(min) = min_severity {
        findings.retain(|f| f.severity() >= min);
    }
    let run = report::Run {
        findings: &findings,
        policies: e.policies.iter().map(|p| Arc::clone(&p.meta)).collect(),
        files: e.files,
        documents: e.documents,
        tally: e.tally,
        notices: &e.notices,
        baselined,
        fixed: &fixed,
        min_severity,
        below_min_severity: all - findings.len(),
        unconfigured: e.config.is_none(),
    };
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let style = Style {
        color: args.format == Format::Text && use_color(args.run.color, to_terminal),
        width: 100,
        sort: args.sort,
        summary: !args.run.quiet,
    };
    let written = output::write_with(args.output.as_deref(), |out| report::write(args.format, &run, &style, out));
    drop(run);
    // The process ends next: the policies' syntax trees and the findings are
    // left to it rather than freed one by one.
    std::mem::forget((e.policies, findings));
    if written.is_err() {
        return TROUBLE;
    }
    if errors {
        TROUBLE
    } else if failing {
        FOUND
    } else {
        OK
    }
}
