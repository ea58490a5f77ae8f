//! The run: load files in parallel, evaluate every policy over every unit, and
//! turn outcomes into sorted findings.

use crate::diag::Label;
use crate::discover::Input;
use crate::doc::{Document, Syntax};
use crate::eval::{self, Tri};
use crate::finding::{DUPLICATE_KEY, Finding, PARSE_ERROR, Status};
use crate::load::{self, Limits, LoadError};
use crate::policy::Policy;
use crate::source::{SourceFile, Span};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A file after loading: its documents, or why it has none.
#[derive(Debug)]
pub struct Loaded {
    pub file: Arc<SourceFile>,
    pub syntax: Option<Syntax>,
    pub docs: Vec<Document>,
    pub error: Option<LoadError>,
    /// Problems that do not stop the check (keys given twice, CODEOWNERS lines
    /// GitHub skips): reported, and the rest of the file is checked.
    pub problems: Vec<crate::load::Problem>,
    /// Loaded for context only; its findings are not reported.
    pub context: bool,
}

/// What a report lists about each file: enough to tie it to its inputs.
#[derive(Debug, Clone)]
pub struct FileRecord {
    pub file: Arc<SourceFile>,
    pub syntax: Option<Syntax>,
    /// The platforms of its documents (`platform::classify`), sorted, no repeats.
    pub platforms: Vec<crate::platform::Kind>,
    pub documents: usize,
    /// Why it was not checked, when it was not.
    pub error: Option<String>,
    /// Whether `file.text` is the whole content as read (not so for a file too
    /// large, binary or unreadable).
    pub read: bool,
}

impl Loaded {
    pub fn record(&self) -> FileRecord {
        let mut platforms: Vec<crate::platform::Kind> = self.docs.iter().map(crate::platform::classify).collect();
        platforms.sort();
        platforms.dedup();
        FileRecord {
            file: Arc::clone(&self.file),
            syntax: self.syntax,
            platforms,
            documents: self.docs.len(),
            error: self.error.as_ref().map(|e| e.message.clone()),
            read: self.error.is_none() || !self.file.text.is_empty(),
        }
    }
}

/// Read and parse one file. Never panics; every problem becomes a `LoadError`.
pub fn load_input(input: &Input, limits: &Limits) -> Loaded {
    let bytes = match std::fs::metadata(&input.path) {
        Ok(m) if m.len() > limits.max_file_size => Err(LoadError::whole(format!(
            "file is {} bytes, over the limit of {} bytes (raise it with `--max-file-size`)",
            m.len(),
            limits.max_file_size
        ))),
        _ => std::fs::read(&input.path).map_err(|e| LoadError::whole(format!("cannot read file: {}", io_reason(&e)))),
    };
    let text = bytes.and_then(|b| load::decode(b, limits));
    let loaded = match text {
        Ok(text) => load_text(SourceFile::new(input.display.clone(), text), input.syntax, limits),
        Err(error) => {
            let file = SourceFile::new(input.display.clone(), "");
            Loaded { file, syntax: input.syntax, docs: Vec::new(), error: Some(error), problems: Vec::new(), context: false }
        }
    };
    Loaded { context: input.context, ..loaded }
}

fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_lowercase()
}

/// Parse text already in memory.
pub fn load_text(file: Arc<SourceFile>, syntax: Option<Syntax>, limits: &Limits) -> Loaded {
    // A file whose name does not say: its content decides.
    let syntax = syntax.unwrap_or_else(|| load::sniff(&file.text));
    match load::parse(&file, syntax, limits) {
        Ok(parsed) => Loaded { file, syntax: Some(syntax), docs: parsed.docs, error: None, problems: parsed.problems, context: false },
        Err(error) => Loaded { file, syntax: Some(syntax), docs: Vec::new(), error: Some(error), problems: Vec::new(), context: false },
    }
}

pub fn load_all(inputs: &[Input], limits: &Limits) -> Vec<Loaded> {
    let mut loaded: Vec<Loaded> = inputs.par_iter().map(|i| load_input(i, limits)).collect();
    resolve_modules(&mut loaded);
    loaded
}

/// The unit a file is evaluated in (see `platform::unit_of`); `None` for a file
/// that is a unit of its own.
fn unit_key(l: &Loaded) -> Option<String> {
    crate::platform::unit_of(&l.docs)
}

/// Files grouped into the units they are evaluated in. The order of units and of
/// files in them is the order of `files`, so the result does not depend on
/// scheduling.
pub fn units(files: &[Loaded]) -> Vec<Vec<&Loaded>> {
    let mut units: Vec<Vec<&Loaded>> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for l in files {
        match unit_key(l) {
            Some(key) => match index.get(&key) {
                Some(&i) => units[i].push(l),
                None => {
                    index.insert(key, units.len());
                    units.push(vec![l]);
                }
            },
            None => units.push(vec![l]),
        }
    }
    units
}

/// Let each Terraform module resolve what it statically can (variables, locals,
/// policy documents) across its files, and each CloudFormation template its
/// parameters, before anything is evaluated.
fn resolve_modules(loaded: &mut [Loaded]) {
    let mut modules: std::collections::BTreeMap<String, Vec<&mut Document>> = std::collections::BTreeMap::new();
    for l in loaded.iter_mut() {
        match l.docs.first().and_then(crate::platform::terraform::module_of) {
            Some(key) => modules.entry(key).or_default().extend(l.docs.iter_mut()),
            // A CloudFormation template resolves its own parameters and mappings.
            None => l.docs.iter_mut().for_each(crate::platform::cloudformation::resolve),
        }
    }
    modules.into_par_iter().for_each(|(_, mut docs)| crate::platform::terraform::resolve(&mut docs));
}

/// Counts of assertion outcomes, for summaries and coverage.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
}

/// Outcome counts of one policy over the whole run, and the resources it
/// evaluated (`path#address`, or the path for an assertion outside any `for`):
/// the evidence `attest report` shows per criterion.
#[derive(Debug, Default, Clone)]
pub struct PolicyTally {
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
    pub resources: BTreeSet<String>,
}

/// Everything one evaluation produced.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub findings: Vec<Finding>,
    pub tally: Tally,
    /// By policy id; a policy that evaluated nothing has no entry.
    pub by_policy: BTreeMap<String, PolicyTally>,
}

/// Evaluate `policies` over every loaded file, unit by unit, and return the
/// findings, sorted, plus the tally of outcomes.
pub fn evaluate(policies: &[Arc<Policy>], files: &[Loaded]) -> (Vec<Finding>, Tally) {
    let e = evaluate_all(policies, files);
    (e.findings, e.tally)
}

/// As `evaluate`, with the per-policy tally kept.
pub fn evaluate_all(policies: &[Arc<Policy>], files: &[Loaded]) -> Evaluation {
    let units = units(files);
    let per_file: Vec<Evaluation> = units
        .par_iter()
        .map(|unit_files| {
            let mut e = Evaluation::default();
            let mut docs: Vec<&Document> = Vec::new();
            for loaded in unit_files {
                if let Some(err) = &loaded.error {
                    e.findings.push(load_finding(&PARSE_ERROR, &loaded.file, err));
                    continue;
                }
                e.findings.extend(loaded.problems.iter().map(|p| {
                    let policy = match p.kind {
                        crate::load::ProblemKind::DuplicateKey => &DUPLICATE_KEY,
                        crate::load::ProblemKind::SkippedLine => &PARSE_ERROR,
                    };
                    load_finding(policy, &loaded.file, &p.error)
                }));
                docs.extend(loaded.docs.iter());
            }
            if let Some(first) = unit_files.iter().find(|l| l.error.is_none()) {
                for policy in policies {
                    evaluate_one(policy, &docs, &first.file, &mut e);
                }
            }
            // Files read for context only report nothing.
            e.findings.retain(|f| !unit_files.iter().any(|l| l.context && Arc::ptr_eq(&l.file, &f.file)));
            e
        })
        .collect();
    // INVARIANT: merged in file order, and the maps are ordered, so the result
    // does not depend on the thread count.
    let mut all = Evaluation::default();
    for e in per_file {
        all.findings.extend(e.findings);
        all.tally.pass += e.tally.pass;
        all.tally.fail += e.tally.fail;
        all.tally.unknown += e.tally.unknown;
        for (id, t) in e.by_policy {
            let into = all.by_policy.entry(id).or_default();
            into.pass += t.pass;
            into.fail += t.fail;
            into.unknown += t.unknown;
            into.resources.extend(t.resources);
        }
    }
    all.findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    all
}

/// What one policy did over one unit: its findings, and the result of every
/// assertion evaluation (by the span of the `assert`), for coverage.
#[derive(Debug, Default)]
pub struct PolicyRun {
    pub findings: Vec<Finding>,
    pub outcomes: Vec<(Span, Tri)>,
    /// The resource of every outcome, in outcome order (see `PolicyTally`).
    pub resources: Vec<String>,
}

/// Run one policy over one unit. `check` and `test` both come through here.
pub fn run_policy(policy: &Arc<Policy>, unit: &[&Document], file: &Arc<SourceFile>) -> PolicyRun {
    let mut run = PolicyRun::default();
    let outcomes = match eval::run(policy, unit) {
        Ok(o) => o,
        Err(e) => {
            run.outcomes.push((policy.span, Tri::Unknown));
            run.resources.push(file.path.clone());
            run.findings.push(Finding {
                policy: Arc::clone(&policy.meta),
                status: Status::Unknown,
                message: format!("could not evaluate: {}", e.message),
                file: Arc::clone(file),
                span: Span::new(0, 0),
                labels: Vec::new(),
                address: None,
                waiver: None,
            });
            return run;
        }
    };
    for o in outcomes {
        run.outcomes.push((o.assertion, o.result));
        run.resources.push(match (&o.item, &o.address) {
            (Some(item), Some(address)) => format!("{}#{address}", item.doc.file.path),
            (Some(item), None) => item.doc.file.path.clone(),
            (None, _) => file.path.clone(),
        });
        let status = match o.result {
            Tri::True => continue,
            Tri::False => Status::Fail,
            Tri::Unknown => Status::Unknown,
        };
        run.findings.push(to_finding(policy, o, status, file));
    }
    run
}

fn evaluate_one(policy: &Arc<Policy>, unit: &[&Document], file: &Arc<SourceFile>, e: &mut Evaluation) {
    let run = run_policy(policy, unit, file);
    if run.outcomes.is_empty() {
        e.findings.extend(run.findings);
        return;
    }
    let per = e.by_policy.entry(policy.meta.id.clone()).or_default();
    for (_, result) in &run.outcomes {
        let (total, mine) = match result {
            Tri::True => (&mut e.tally.pass, &mut per.pass),
            Tri::False => (&mut e.tally.fail, &mut per.fail),
            Tri::Unknown => (&mut e.tally.unknown, &mut per.unknown),
        };
        *total += 1;
        *mine += 1;
    }
    per.resources.extend(run.resources);
    e.findings.extend(run.findings);
}

fn to_finding(policy: &Arc<Policy>, o: eval::Outcome<'_>, status: Status, unit_file: &Arc<SourceFile>) -> Finding {
    // The file of the finding is the file of its first label, else of its item.
    let file = o
        .labels
        .first()
        .map(|l| Arc::clone(&l.doc.file))
        .or_else(|| o.item.as_ref().map(|i| Arc::clone(&i.doc.file)))
        .unwrap_or_else(|| Arc::clone(unit_file));
    let mut labels: Vec<Label> = o
        .labels
        .iter()
        .filter(|l| Arc::ptr_eq(&l.doc.file, &file))
        .enumerate()
        .map(|(i, l)| Label { span: l.span, text: l.text.clone(), primary: i == 0 })
        .collect();
    if labels.is_empty() {
        let span = o.item.as_ref().map_or(Span::new(0, 0), |i| i.node.anchor(&file));
        labels.push(Label { span, text: "in this resource".into(), primary: true });
    }
    Finding {
        policy: Arc::clone(&policy.meta),
        status,
        message: o.message,
        span: labels[0].span,
        file,
        labels,
        address: o.address.map(|a| a.to_string()),
        waiver: None,
    }
}

fn load_finding(policy: &Arc<crate::policy::Meta>, file: &Arc<SourceFile>, e: &LoadError) -> Finding {
    let span = e.span.unwrap_or(Span::new(0, 0));
    Finding {
        policy: Arc::clone(policy),
        status: Status::Fail,
        message: e.message.clone(),
        file: Arc::clone(file),
        span,
        labels: vec![Label { span, text: if e.span.is_some() { "here".into() } else { String::new() }, primary: true }],
        address: None,
        waiver: None,
    }
}
