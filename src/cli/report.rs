//! `attest report`: the evaluation of `check`, written as SOC 2 evidence.
//! Exit codes: 0 the report was written (whatever it found: `check` is the
//! gate), 2 it could not be.

use super::check::{RunArgs, Selection};
use super::output::{self, write_out};
use super::{OK, TROUBLE};
use crate::evidence::{self, Inputs};
use std::path::{Path, PathBuf};

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Html,
    #[value(alias = "markdown")]
    Md,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    #[command(flatten)]
    pub select: Selection,
    /// Output format (default: from the extension of `--output`, else `md`).
    #[arg(short, long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write the report to a file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Show what changed since this earlier JSON report.
    #[arg(long, value_name = "OLD.json")]
    pub compare: Option<PathBuf>,
    /// The time the report states (RFC 3339, e.g. `2026-01-01T00:00:00Z`; default:
    /// `SOURCE_DATE_EPOCH`, else now). Also the date waivers are checked against
    /// unless `--today` is given.
    #[arg(long, value_name = "TIME")]
    pub timestamp: Option<String>,
    /// A TSC category the audit covers besides security (repeatable; default: all):
    /// `availability`, `confidentiality`, `processing-integrity`, `privacy`.
    #[arg(long, value_name = "CATEGORY", value_parser = category)]
    pub category: Vec<String>,
    /// Unknown outcomes make a criterion fail.
    #[arg(long)]
    pub strict: bool,
    /// Leave source excerpts out of the report.
    #[arg(long)]
    pub no_source: bool,
    #[command(flatten)]
    pub run: RunArgs,
}

fn category(s: &str) -> Result<String, String> {
    match crate::criteria::CATEGORIES.iter().find(|c| c.1 == s) {
        Some(c) => Ok(c.1.to_string()),
        None => {
            let names: Vec<&str> = crate::criteria::CATEGORIES.iter().map(|c| c.1).collect();
            Err(format!("expected one of {}", names.join(", ")))
        }
    }
}

fn format_of(args: &ReportArgs) -> ReportFormat {
    let by_extension = args.output.as_ref().and_then(|o| o.extension()).and_then(|x| match x.to_str()? {
        "html" | "htm" => Some(ReportFormat::Html),
        "json" => Some(ReportFormat::Json),
        "md" | "markdown" => Some(ReportFormat::Md),
        _ => None,
    });
    args.format.or(by_extension).unwrap_or(ReportFormat::Md)
}

/// The report's time: the flag, else `SOURCE_DATE_EPOCH` (the reproducible-builds
/// convention), else now, to the second.
fn timestamp(flag: Option<&str>) -> Result<jiff::Timestamp, String> {
    if let Some(t) = flag {
        return t.parse::<jiff::Timestamp>().map_err(|e| format!("`--timestamp {t}` is not an RFC 3339 time: {e}"));
    }
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let seconds: i64 = epoch.trim().parse().map_err(|_| format!("`SOURCE_DATE_EPOCH={epoch}` is not a number of seconds"))?;
        return jiff::Timestamp::from_second(seconds).map_err(|e| format!("`SOURCE_DATE_EPOCH={epoch}`: {e}"));
    }
    jiff::Timestamp::from_second(jiff::Timestamp::now().as_second()).map_err(|e| e.to_string())
}

pub fn run(args: &ReportArgs, root: &Path) -> u8 {
    let fixed = args.timestamp.is_some() || std::env::var_os("SOURCE_DATE_EPOCH").is_some();
    let time = match timestamp(args.timestamp.as_deref()) {
        Ok(t) => t,
        Err(e) => {
            output::error(e);
            return TROUBLE;
        }
    };
    let previous = match &args.compare {
        Some(path) => match evidence::json::read(path, &crate::source::display_path(path, root)) {
            Ok(e) => Some(e),
            Err(e) => {
                output::error(e);
                return TROUBLE;
            }
        },
        None => None,
    };
    let mut run = args.run.clone();
    if run.today.is_none() && fixed {
        // A fixed time fixes the waiver date too, or the report would change daily.
        run.today = Some(time.to_zoned(jiff::tz::TimeZone::UTC).date().to_string());
    }
    let e = match args.select.run(&run, root, crate::finding::Keep::Evidence) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let git = e.paths.first().and_then(|p| evidence::git::read(p));
    let mut report = evidence::build(&Inputs {
        policies: &e.policies,
        findings: &e.findings,
        by_policy: &e.by_policy,
        waivers: &e.waivers,
        records: &e.records,
        config: e.config.as_ref().map(|c| c.file.as_ref()),
        paths: e.paths.iter().map(|p| crate::source::display_path(p, root)).collect(),
        categories: args.category.clone(),
        documents: e.documents,
        today: e.today.unwrap_or_else(crate::waiver::local_today),
        generated: time.to_string(),
        git,
        strict: args.strict,
        excerpts: !args.no_source,
    });
    if let Some(old) = &previous {
        report.comparison = Some(evidence::compare::compare(old, &report));
    }
    let text = match format_of(args) {
        ReportFormat::Html => evidence::html::render(&report),
        ReportFormat::Md => evidence::markdown::render(&report),
        ReportFormat::Json => evidence::json::render(&report),
    };
    if write_out(args.output.as_deref(), &text).is_err() {
        return TROUBLE;
    }
    if let Some(path) = args.output.as_ref().filter(|_| !args.run.quiet) {
        output::err(&format!("wrote {}: criteria {}\n", crate::source::display_path(path, root), evidence::status_counts(&report)));
    }
    OK
}
