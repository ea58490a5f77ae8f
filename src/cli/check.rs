//! `attest check` and `attest baseline write`: the same evaluation, with
//! `attest.toml`, waivers and a baseline applied.

use super::{Color, FOUND, OK, PolicyArgs, TROUBLE, load_policies, use_color};
use crate::config::Config;
use crate::diag::{self, Diag};
use crate::finding::Finding;
use crate::load::Limits;
use crate::policy::{Policy, Severity};
use crate::report::{self, Format, Style};
use std::io::IsTerminal;
use std::path::PathBuf;
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
    /// Write the report to a file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit 1 only for findings of this severity or higher (default: `fail-on` in attest.toml, else `low`).
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<Severity>,
    /// Findings whose outcome is unknown fail the run too.
    #[arg(long)]
    pub strict: bool,
    /// Report only findings that are not in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    #[command(flatten)]
    pub run: RunArgs,
}

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
}

/// What an evaluation produced, before it is reported.
pub struct Evaluated {
    pub policies: Vec<Arc<Policy>>,
    pub findings: Vec<Finding>,
    pub notices: Vec<Diag>,
    pub files: usize,
    pub documents: usize,
    pub tally: crate::engine::Tally,
    pub config: Option<Config>,
    /// Outcome counts and resources per policy id (`attest report`).
    pub by_policy: std::collections::BTreeMap<String, crate::engine::PolicyTally>,
    /// Every waiver read, applied or not, in file order.
    pub waivers: Vec<Arc<crate::waiver::Waiver>>,
    /// Every file checked, in path order.
    pub records: Vec<crate::engine::FileRecord>,
    /// The paths checked, after `attest.toml` defaults.
    pub paths: Vec<PathBuf>,
    /// The date waivers were checked against.
    pub today: jiff::civil::Date,
}

fn fail(d: &Diag, color: bool) -> u8 {
    eprint!("{}", diag::render(d, color, 100));
    TROUBLE
}

/// Load the configuration and policies, check the files, apply waivers.
/// `Err` carries the exit code after the error has been printed.
pub fn evaluate(selection: &Selection, run: &RunArgs) -> Result<Evaluated, u8> {
    let Selection { paths, policies, only, skip } = selection;
    let color = use_color(run.color, std::io::stderr().is_terminal());
    if let Some(jobs) = run.jobs {
        if jobs == 0 {
            eprintln!("error: `--jobs` must be at least 1");
            return Err(TROUBLE);
        }
        // Fails only when a pool exists already (tests run several checks per process).
        let _ = rayon::ThreadPoolBuilder::new().num_threads(jobs).build_global();
    }
    let today = match &run.today {
        Some(d) => crate::waiver::parse_date(d).map_err(|e| {
            eprintln!("error: `--today {d}` is not a date: {e}");
            TROUBLE
        })?,
        None => jiff::Zoned::now().date(),
    };
    let config_path = run.config.clone().or_else(crate::config::find);
    let config = match &config_path {
        Some(p) => Some(crate::config::load(p).map_err(|d| fail(&d, color))?),
        None => None,
    };
    let settings = config.as_ref().map(|c| &c.settings);

    let mut policy_args = policies.clone();
    if let Some(c) = &config {
        policy_args.policy.extend(c.settings.policies.iter().map(|p| c.resolve(p)));
        policy_args.no_builtin |= c.settings.builtin == Some(false);
    }
    let Some(loaded_policies) = load_policies(&policy_args, color) else { return Err(TROUBLE) };
    let loaded_policies = match &config {
        Some(c) => bind_params(loaded_policies, c).map_err(|errors| {
            errors.iter().for_each(|d| eprint!("{}", diag::render(d, color, 100)));
            TROUBLE
        })?,
        None => loaded_policies,
    };
    let only: Vec<String> = only.iter().chain(settings.map(|s| &s.enable).into_iter().flatten()).cloned().collect();
    let skip: Vec<String> = skip.iter().chain(settings.map(|s| &s.disable).into_iter().flatten()).cloned().collect();
    let selector = Selector::new(&only, &skip).map_err(|e| {
        eprintln!("error: {e}");
        TROUBLE
    })?;
    let selected: Vec<Arc<Policy>> = loaded_policies.into_iter().filter(|p| selector.selects(&p.meta)).collect();

    let paths: Vec<PathBuf> = match (paths.is_empty(), &config) {
        (false, _) => paths.to_vec(),
        (true, Some(c)) if !c.settings.paths.is_empty() => c.settings.paths.iter().map(|p| c.resolve(p)).collect(),
        _ => vec![PathBuf::from(".")],
    };
    let exclude = match &config {
        Some(c) if !c.settings.exclude.is_empty() || !c.settings.formats.is_empty() => {
            Some(crate::discover::Rules::new(&c.base, &c.settings.exclude, &c.formats()).map_err(|e| {
                eprintln!("error: {e}");
                TROUBLE
            })?)
        }
        _ => None,
    };
    let (inputs, errors) = crate::discover::discover_except(&paths, exclude.as_ref());
    if !errors.is_empty() {
        for e in &errors {
            eprintln!("error: {e}");
        }
        return Err(TROUBLE);
    }
    let limits = Limits { max_file_size: run.max_file_size, max_depth: run.max_depth, ..Limits::default() };
    let loaded = crate::engine::load_all(&inputs, &limits);
    let crate::engine::Evaluation { mut findings, tally, by_policy } = crate::engine::evaluate_all(&selected, &loaded);
    // The built-in findings about input obey the selection too; a file that
    // cannot be parsed is reported unless `parse-error` is skipped by name.
    findings.retain(|f| match f.policy.id.as_str() {
        "parse-error" => !selector.skips(&f.policy),
        "duplicate-key" => selector.selects(&f.policy),
        _ => true,
    });

    // Waivers: inline comments in the checked files, and attest.toml's.
    let mut waiver_errors = Vec::new();
    let mut waivers: Vec<Arc<crate::waiver::Waiver>> =
        loaded.iter().flat_map(|l| crate::waiver::inline(&l.file, &mut waiver_errors)).map(Arc::new).collect();
    if let Some(c) = &config {
        waivers.extend(crate::waiver::central(c).into_iter().map(Arc::new));
    }
    if !waiver_errors.is_empty() {
        for d in &waiver_errors {
            eprint!("{}", diag::render(d, color, 100));
        }
        eprintln!("error: {}; nothing was reported", super::plural(waiver_errors.len(), "bad waiver"));
        return Err(TROUBLE);
    }
    let notices = crate::waiver::apply(&mut findings, &waivers, today);
    Ok(Evaluated {
        policies: selected,
        findings,
        notices,
        files: loaded.len(),
        documents: loaded.iter().map(|l| l.docs.len()).sum(),
        tally,
        config,
        by_policy,
        records: loaded.iter().map(crate::engine::Loaded::record).collect(),
        waivers,
        paths,
        today,
    })
}

/// The policies with the parameter values of `attest.toml`, or every error in them.
fn bind_params(policies: Vec<Arc<Policy>>, config: &crate::config::Config) -> Result<Vec<Arc<Policy>>, Vec<Diag>> {
    if config.settings.params.is_empty() {
        return Ok(policies);
    }
    let settings = crate::policy::params::table_settings(&config.settings.params);
    let (values, errors) = crate::policy::params::resolve(&config.file, settings, &crate::policy::params::declared(&policies));
    if !errors.is_empty() {
        return Err(errors);
    }
    let values = Arc::new(values);
    Ok(policies.iter().map(|p| Arc::new(p.with_values(&values))).collect())
}

pub fn run(args: &CheckArgs) -> u8 {
    let color = use_color(args.run.color, std::io::stderr().is_terminal());
    let e = match evaluate(&args.select, &args.run) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let (findings, baselined, fixed) = match &args.baseline {
        Some(path) => match crate::baseline::read(path) {
            Ok(b) => crate::baseline::filter(e.findings, &b),
            Err(d) => return fail(&d, color),
        },
        None => (e.findings, 0, Vec::new()),
    };
    let run = report::Run {
        findings: &findings,
        policies: e.policies.iter().map(|p| Arc::clone(&p.meta)).collect(),
        files: e.files,
        documents: e.documents,
        tally: e.tally,
        notices: &e.notices,
        baselined,
        fixed: &fixed,
    };
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let style = Style { color: args.format == Format::Text && use_color(args.run.color, to_terminal), width: 100 };
    let out = report::render(args.format, &run, &style);
    if write_out(args.output.as_ref(), &out).is_err() {
        return TROUBLE;
    }
    let fail_on = args.fail_on.or(e.config.as_ref().and_then(|c| c.settings.fail_on)).unwrap_or(Severity::Low);
    let failing = findings.iter().any(|f| f.severity() >= fail_on && f.counts(args.strict));
    if failing { FOUND } else { OK }
}

/// Print to standard output, or write the file (reporting a failure).
pub fn write_out(output: Option<&PathBuf>, text: &str) -> Result<(), ()> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| eprintln!("error: cannot write `{}`: {e}", path.display())),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// Keep policies matching `--only` (all when empty) and not matching `--skip`; a
/// pattern matches a policy's id or any of its criteria.
pub fn select(policies: Vec<Arc<Policy>>, only: &[String], skip: &[String]) -> Result<Vec<Arc<Policy>>, String> {
    let selector = Selector::new(only, skip)?;
    Ok(policies.into_iter().filter(|p| selector.selects(&p.meta)).collect())
}

/// `--only` and `--skip` (and `enable`/`disable`): globs over policy ids and
/// criteria.
pub struct Selector {
    only: Option<globset::GlobSet>,
    skip: globset::GlobSet,
}

impl Selector {
    pub fn new(only: &[String], skip: &[String]) -> Result<Selector, String> {
        let set = |patterns: &[String]| -> Result<globset::GlobSet, String> {
            let mut b = globset::GlobSetBuilder::new();
            for p in patterns {
                b.add(globset::Glob::new(p).map_err(|e| format!("bad pattern `{p}`: {e}"))?);
            }
            b.build().map_err(|e| e.to_string())
        };
        Ok(Selector { only: if only.is_empty() { None } else { Some(set(only)?) }, skip: set(skip)? })
    }

    fn matches(set: &globset::GlobSet, m: &crate::policy::Meta) -> bool {
        set.is_match(&m.id) || m.criteria.iter().any(|c| set.is_match(c))
    }

    pub fn selects(&self, m: &crate::policy::Meta) -> bool {
        self.only.as_ref().is_none_or(|o| Self::matches(o, m)) && !self.skips(m)
    }

    pub fn skips(&self, m: &crate::policy::Meta) -> bool {
        Self::matches(&self.skip, m)
    }
}
