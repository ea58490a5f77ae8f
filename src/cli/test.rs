//! `attest test`: run policies against their fixtures.

use super::{Color, FOUND, OK, TROUBLE, output, use_color};
use crate::testing::{self, render};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestFormat {
    Text,
    Json,
    Junit,
}

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    /// Policy files or folders; each `NAME.policy` is tested with the fixtures in `NAME/`.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Test only the policies whose id matches (globs; repeatable).
    #[arg(long, value_name = "ID")]
    pub only: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = TestFormat::Text)]
    pub format: TestFormat,
    /// Write the results to a file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Fail unless at least this percentage of assertions is made to fail by some fixture (0 to 100).
    #[arg(long, value_name = "PCT", value_parser = percentage)]
    pub min_coverage: Option<f64>,
    /// Fail unless at least this percentage of branches (`or`/`and` operands, filters, functions) is taken by some fixture (0 to 100).
    #[arg(long, value_name = "PCT", value_parser = percentage)]
    pub min_branch_coverage: Option<f64>,
    /// When to use colour in text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

pub fn run(args: &TestArgs, root: &Path) -> u8 {
    let color = use_color(args.color, std::io::stderr().is_terminal());
    let source = crate::engine::PolicySource { paths: args.paths.clone(), builtin: false };
    let all = match crate::engine::load_policies(&source, root) {
        Ok(all) => all,
        Err(e) => return super::fail(&e, color, "tested"),
    };
    let selector = match crate::select::Selector::new(&args.only, &[]) {
        Ok(s) => s,
        Err(e) => {
            output::error(e);
            return TROUBLE;
        }
    };
    let selected: Vec<_> = all.iter().filter(|p| selector.selects(&p.meta)).cloned().collect();
    if selected.is_empty() {
        output::error(format!(
            "no policy to test (looked in {})",
            args.paths.iter().map(|p| format!("`{}`", p.display())).collect::<Vec<_>>().join(", ")
        ));
        return TROUBLE;
    }
    let suite = testing::run(&selected, &all, &Default::default(), root);
    let stdout_color = args.output.is_none() && use_color(args.color, std::io::stdout().is_terminal());
    let out = match args.format {
        TestFormat::Text => render::text(&suite, stdout_color, args.min_branch_coverage.is_some()),
        TestFormat::Json => render::json(&suite),
        TestFormat::Junit => render::junit(&suite),
    };
    if output::write_out(args.output.as_deref(), &out).is_err() {
        return TROUBLE;
    }
    if !suite.problems.is_empty() {
        return TROUBLE;
    }
    let short = |min: Option<f64>, got: f64, what: &str, listed: &str| match min {
        Some(min) if got + 1e-9 < min => {
            output::error(format!(
                "coverage of {what} is {got:.1}%, {:.1} points below --min-{}coverage {min}; {listed}",
                min - got,
                if what == "branches" { "branch-" } else { "" }
            ));
            false
        }
        _ => true,
    };
    let assertions = short(args.min_coverage, suite.coverage(), "assertions", "the report lists the assertions no fixture made fail");
    let branches = short(args.min_branch_coverage, suite.branch_coverage(), "branches", "the report lists the branches no fixture took");
    if suite.passed() && assertions && branches { OK } else { FOUND }
}

/// A percentage, 0 to 100.
fn percentage(s: &str) -> Result<f64, String> {
    let n: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=100.0).contains(&n) { Ok(n) } else { Err(format!("{n} is not a percentage from 0 to 100")) }
}
