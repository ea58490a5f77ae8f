//! Evaluating a run: every policy over every unit of files, in parallel, into
//! sorted findings and the tallies coverage and evidence need.

use super::Progress;
use super::files::Loaded;
use crate::diag::Label;
use crate::discover::Role;
use crate::doc::Document;
use crate::eval::{self, Tri};
use crate::finding::{DUPLICATE_KEY, Finding, PARSE_ERROR, Status, UNPARSED_FILE};
use crate::load::LoadError;
use crate::policy::Policy;
use crate::policy::ast::Ranged;
use crate::source::{SourceFile, Span};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

/// The unit a file is evaluated in (see `platform::unit_of`); `None` for a file
/// that is a unit of its own.
fn unit_key(l: &Loaded) -> Option<String> {
    let rendered = l.origin.as_ref().map(|o| o.unit.clone());
    rendered.or_else(|| l.unit.clone()).or_else(|| crate::platform::unit_of(&l.docs))
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

/// Counts of assertion outcomes, for summaries and coverage.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
}

/// Outcome counts of one policy over the whole run, and the resources it
/// evaluated (`Resource::key`): the evidence `attest report` shows per
/// criterion.
#[derive(Debug, Default, Clone)]
pub struct PolicyTally {
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
    pub resources: BTreeSet<u64>,
}

/// A resource an assertion was evaluated on: its file, and the key that tells
/// it from every other resource of the run (its file's path and address, or
/// the path alone for an assertion outside any `for`), which is what a run
/// keeps of it to count resources.
#[derive(Debug, Clone)]
pub struct Resource {
    pub file: Arc<SourceFile>,
    pub key: u64,
}

impl Resource {
    fn new(file: &Arc<SourceFile>, address: Option<&str>) -> Resource {
        use std::hash::BuildHasher;
        // Fixed, so that a run counts the same on any machine; 64 bits, so
        // that two of a run's resources have the same key with a chance of
        // about one in 10^7 at a million resources.
        let key = foldhash::quality::FixedState::with_seed(0).hash_one((&file.path, address));
        Resource { file: Arc::clone(file), key }
    }
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
    let mut e = evaluate_counted(policies, files, &Progress::default());
    e.finish();
    e
}

impl Evaluation {
    /// Add `other`'s findings and counts to this one's.
    pub(super) fn merge(&mut self, other: Evaluation) {
        self.findings.extend(other.findings);
        self.tally.pass += other.tally.pass;
        self.tally.fail += other.tally.fail;
        self.tally.unknown += other.tally.unknown;
        for (id, t) in other.by_policy {
            let into = self.by_policy.entry(id).or_default();
            into.pass += t.pass;
            into.fail += t.fail;
            into.unknown += t.unknown;
            into.resources.extend(t.resources);
        }
    }

    /// Sort the findings and make those that say the same of several
    /// instances or calls one (`collapse`): once every unit is merged, since
    /// calls of one module may come from several groups of files.
    pub(super) fn finish(&mut self) {
        sort_findings(&mut self.findings);
        self.findings = collapse(std::mem::take(&mut self.findings));
    }
}

/// Sort findings into the order of every output, in place: a stable sort's
/// scratch space would be as large as the findings (8 MB at 30k files), at
/// the end of a run, when its memory peaks. Findings with the same key are
/// the same in every output, and come in the same order whatever the thread
/// count (merged in group order), so the order among them is the same too.
pub(crate) fn sort_findings(findings: &mut [Finding]) {
    if !findings.is_sorted_by(|a, b| a.sort_key() <= b.sort_key()) {
        findings.sort_unstable_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }
}

/// As `evaluate_all`, counting the units evaluated in `progress`; the
/// findings are neither sorted nor collapsed (`Evaluation::finish`).
pub(super) fn evaluate_counted(policies: &[Arc<Policy>], files: &[Loaded], progress: &Progress) -> Evaluation {
    // A unit of context files only (a module read for the calls to it) is
    // checked through those calls, never on its own; a file a renderer read
    // is checked as rendered.
    // A file a renderer read is in a unit of its own only for its duplicate
    // keys; no policy runs on it.
    let reports = |l: &Loaded| l.role != Role::Context && (!l.consumed || !l.problems.is_empty());
    let units: Vec<Vec<&Loaded>> = units(files).into_iter().filter(|u| u.iter().any(|l| reports(l))).collect();
    progress.checking(units.len());
    let ranges = Ranges::of(policies);
    // With fewer units than threads (a pre-commit call), the policies of a
    // unit are evaluated on every thread, each with a unit of its own (its
    // caches are not shared), and merged in the policies' order.
    let spread = units.len() < rayon::current_num_threads();
    let per_file: Vec<Evaluation> = units
        .par_iter()
        .map(|unit_files| {
            let mut e = Evaluation::default();
            let mut docs: Vec<&Document> = Vec::new();
            for loaded in unit_files {
                if let Some(err) = &loaded.error {
                    e.findings.push(unparsed_finding(loaded, err));
                    continue;
                }
                // A duplicate key is reported where a platform or a
                // renderer reads the file (a Helm values file, a
                // kustomization): in a `mkdocs.yml` it is no one's concern.
                let path = &loaded.file.path;
                let claimed = || {
                    crate::platform::is_values_file(path)
                        || crate::platform::is_kustomization_file(path)
                        || loaded.docs.iter().any(|d| crate::platform::classify(d) != crate::platform::Kind::Other)
                };
                let reported = loaded.problems.iter().filter(|p| p.kind != crate::load::ProblemKind::DuplicateKey || claimed());
                e.findings.extend(reported.map(|p| match p.kind {
                    crate::load::ProblemKind::DuplicateKey => load_finding(&DUPLICATE_KEY, &loaded.file, &p.error),
                    crate::load::ProblemKind::SkippedLine => load_finding(&PARSE_ERROR, &loaded.file, &p.error),
                    crate::load::ProblemKind::UnparsedDocument(at) => unparsed_about(loaded, &p.error, loaded.file.text.get(at.range())),
                }));
                docs.extend(loaded.docs.iter());
                docs.extend(loaded.modules.iter());
            }
            let context: Vec<&str> = unit_files.iter().filter(|l| l.role == Role::Context).map(|l| l.file.path.as_str()).collect();
            if let Some(first) = unit_files.iter().find(|l| l.error.is_none() && !l.consumed) {
                let unit = eval::Unit::new(&docs);
                if spread {
                    let applying: Vec<&Arc<Policy>> = ranges.applying(policies, &unit).collect();
                    let parts: Vec<Evaluation> = applying
                        .par_iter()
                        .map_init(
                            || eval::Unit::new(&docs),
                            |unit, policy| {
                                let mut part = Evaluation::default();
                                evaluate_one(policy, unit, &first.file, &context, &mut part);
                                part
                            },
                        )
                        .collect();
                    for part in parts {
                        e.merge(part);
                    }
                } else {
                    for policy in ranges.applying(policies, &unit) {
                        evaluate_one(policy, &unit, &first.file, &context, &mut e);
                    }
                }
            }
            // Files read for context only report nothing.
            e.findings.retain(|f| !unit_files.iter().any(|l| l.role == Role::Context && Arc::ptr_eq(&l.file, &f.file)));
            name_callers(unit_files, &mut e.findings);
            super::render::relocate(unit_files, &mut e.findings);
            progress.checked_one();
            e
        })
        .collect();
    // INVARIANT: merged in file order, and the maps are ordered, so the result
    // does not depend on the thread count.
    let mut all = Evaluation::default();
    for e in per_file {
        all.merge(e);
    }
    all
}

/// The collections the policies range over, each once: a policy that only
/// ranges over collections a unit has nothing in has nothing to say of it
/// (and its stored body need not be decoded). Asked of every unit for every
/// policy, so asked by number.
struct Ranges<'p> {
    distinct: Vec<&'p Ranged>,
    /// By policy: the numbers of the collections it ranges over, or `None`
    /// when it does more than range over collections.
    of_policy: Vec<Option<Vec<usize>>>,
}

impl<'p> Ranges<'p> {
    fn of(policies: &'p [Arc<Policy>]) -> Self {
        let mut number: HashMap<&Ranged, usize, foldhash::fast::RandomState> = HashMap::default();
        let mut distinct = Vec::new();
        let of_policy = policies
            .iter()
            .map(|p| {
                let ranged = p.body.collections()?;
                Some(
                    ranged
                        .iter()
                        .map(|r| {
                            *number.entry(r).or_insert_with(|| {
                                distinct.push(r);
                                distinct.len() - 1
                            })
                        })
                        .collect(),
                )
            })
            .collect();
        Ranges { distinct, of_policy }
    }

    /// The policies that have something to say of `unit`.
    fn applying<'i>(&'i self, policies: &'p [Arc<Policy>], unit: &'i eval::Unit<'_, '_>) -> impl Iterator<Item = &'p Arc<Policy>> + 'i {
        let mut holds: Vec<Option<bool>> = vec![None; self.distinct.len()];
        policies.iter().zip(&self.of_policy).filter_map(move |(policy, ranged)| {
            let applies = ranged.as_ref().is_none_or(|ids| {
                ids.iter().any(|&id| {
                    *holds[id].get_or_insert_with(|| {
                        let r = self.distinct[id];
                        !unit.items(&r.collection, r.filter.as_deref()).is_empty()
                    })
                })
            });
            applies.then_some(policy)
        })
    }
}

/// Findings of one policy at one place with one status and one message (but
/// for the address) come from several instances of a block (`count`,
/// `for_each`) or several calls of a module:
/// they are one finding, so that a line is not reported once per example that
/// calls its module. It keeps the message of the module's own evaluation when
/// there is one (its address has no `module.`), else of the first, and says
/// how many more there are. `findings` must be sorted.
fn collapse(findings: Vec<Finding>) -> Vec<Finding> {
    // The message without the instance's address and the call: what the
    // assertion said, whichever instance it said it of. A Kubernetes
    // address also goes without the addresses it is inside (the workload
    // `Deployment/shop/api` of the container `Deployment/shop/api/containers/web`),
    // which overlays name differently (`namePrefix`, `namespace`).
    fn stem(f: &Finding) -> String {
        let mut message = f.message.split(" (module called from ").next().unwrap_or_default().to_string();
        let mut cut = f.address.as_deref().unwrap_or_default();
        while !cut.is_empty() {
            message = message.replace(cut, "");
            cut = match cut.rfind('/') {
                Some(i) if cut[..i].contains('/') => &cut[..i],
                _ => "",
            };
        }
        message
    }
    fn place(f: &Finding) -> (&str, Span, &str) {
        (&f.file.path, f.span, &f.policy.id)
    }
    // In place (a run's largest allocation: 100,000 findings at 30k files),
    // so that the end of a run does not hold them twice. The order within a
    // place is the caller's to decide: it sorts the findings again.
    let mut findings = findings;
    let mut keep = vec![true; findings.len()];
    let mut at = 0;
    while at < findings.len() {
        // Sorted: the findings of one policy at one place are together, and
        // most places have one.
        let first = at;
        at += 1;
        while at < findings.len() && place(&findings[at]) == place(&findings[first]) {
            at += 1;
        }
        if at - first == 1 {
            continue;
        }
        let mut groups: indexmap::IndexMap<(&str, String), Vec<usize>> = indexmap::IndexMap::new();
        for (i, f) in findings.iter().enumerate().take(at).skip(first) {
            groups.entry((f.status.name(), stem(f))).or_default().push(i);
        }
        let mut more: Vec<(usize, usize)> = Vec::new();
        for group in groups.values() {
            let own = group.iter().copied().find(|&i| findings[i].address.as_deref().is_none_or(|a| !a.starts_with("module.")));
            let own = own.unwrap_or(group[0]);
            group.iter().for_each(|&i| keep[i] = i == own);
            if group.len() > 1 {
                more.push((own, group.len() - 1));
            }
        }
        for (i, n) in more {
            let f = &mut findings[i];
            f.message = format!("{} (and {n} more from other instances, module calls or overlays)", f.message);
        }
    }
    let mut kept = keep.into_iter();
    findings.retain(|_| kept.next().unwrap_or(true));
    findings
}

/// A finding about a module evaluated for a call says where the call is:
/// several root modules may call one module under the same name.
fn name_callers(unit_files: &[&Loaded], findings: &mut [Finding]) {
    let calls: Vec<(String, &str)> = unit_files
        .iter()
        .flat_map(|l| l.modules.iter().filter_map(|d| Some((format!("{}.", d.scope.as_deref()?), l.file.path.as_str()))))
        .collect();
    for f in findings.iter_mut().filter(|f| !unit_files.iter().any(|l| Arc::ptr_eq(&l.file, &f.file))) {
        let Some(address) = &f.address else { continue };
        if let Some((_, caller)) = calls.iter().find(|(scope, _)| address.starts_with(scope.as_str())) {
            f.message = format!("{} (module called from {caller})", f.message);
        }
    }
}

/// What one policy did over one unit: its findings, and the result of every
/// assertion evaluation (by the span of the `assert`), for coverage.
#[derive(Debug, Default)]
pub struct PolicyRun {
    pub findings: Vec<Finding>,
    pub outcomes: Vec<(Span, Tri)>,
    /// The resource of every outcome, in outcome order.
    pub resources: Vec<Resource>,
}

/// Run one policy over one unit. `check` and `test` both come through here.
pub fn run_policy(policy: &Arc<Policy>, unit: &eval::Unit<'_, '_>, file: &Arc<SourceFile>) -> PolicyRun {
    let mut run = PolicyRun::default();
    let outcomes = match eval::run(policy, unit) {
        Ok(o) => o,
        Err(failure) => {
            // At the resource being checked when evaluation stopped, else at
            // the start of the unit's first file.
            let (file, span, label, address) = match &failure.item {
                Some(item) => {
                    let span = item.node.anchor(&item.doc.file);
                    (Arc::clone(&item.doc.file), span, "while checking this", item.address.as_deref().map(str::to_string))
                }
                None => (Arc::clone(file), Span::new(0, 0), "", None),
            };
            run.outcomes.push((policy.span, Tri::Unknown));
            run.resources.push(Resource::new(&file, None));
            run.findings.push(Finding {
                policy: Arc::clone(&policy.meta),
                status: Status::Error,
                message: format!("could not evaluate: {}", failure.error),
                file,
                span,
                labels: vec![Label { span, text: label.into(), primary: true }],
                address,
                waiver: None,
            });
            return run;
        }
    };
    for o in outcomes {
        run.outcomes.push((o.assertion, o.result));
        run.resources.push(match &o.item {
            Some(item) => Resource::new(&item.doc.file, o.address.as_deref()),
            None => Resource::new(file, None),
        });
        let status = match o.result {
            Tri::True => continue,
            Tri::False => Status::Fail,
            Tri::Unknown if o.error => Status::Error,
            Tri::Unknown => Status::Unknown,
        };
        run.findings.push(to_finding(policy, o, status, file));
    }
    run
}

/// Run one policy over a unit and count its outcomes, except those about the
/// resources of `context` files (read only to inform the others).
fn evaluate_one(policy: &Arc<Policy>, unit: &eval::Unit<'_, '_>, file: &Arc<SourceFile>, context: &[&str], e: &mut Evaluation) {
    let run = run_policy(policy, unit, file);
    let counted: Vec<(Tri, u64)> = run
        .outcomes
        .into_iter()
        .zip(run.resources)
        .filter(|(_, resource)| !context.contains(&resource.file.path.as_str()))
        .map(|((_, result), resource)| (result, resource.key))
        .collect();
    e.findings.extend(run.findings);
    if counted.is_empty() {
        return;
    }
    let per = e.by_policy.entry(policy.meta.id.to_string()).or_default();
    for (result, resource) in counted {
        let (total, mine) = match result {
            Tri::True => (&mut e.tally.pass, &mut per.pass),
            Tri::False => (&mut e.tally.fail, &mut per.fail),
            Tri::Unknown => (&mut e.tally.unknown, &mut per.unknown),
        };
        *total += 1;
        *mine += 1;
        per.resources.insert(resource);
    }
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
        .map(|(i, l)| Label { span: l.span, text: l.text.as_str().into(), primary: i == 0 })
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

/// The finding about a file that could not be loaded: a `parse-error` when it is
/// recognisably infrastructure (or the error is about the whole file, which
/// says nothing of what it is), else an `unparsed-file` notice.
fn unparsed_finding(loaded: &Loaded, err: &LoadError) -> Finding {
    unparsed_about(loaded, err, (!loaded.unread).then_some(&loaded.file.text[..]))
}

/// The finding about the part of a file that could not be loaded, whose text
/// is `text` (the file's, or one document's of a YAML stream; `None` when
/// the file could not be read as text).
fn unparsed_about(loaded: &Loaded, err: &LoadError, text: Option<&str>) -> Finding {
    use crate::platform::Unparsed;
    // A file that could not be read at all (`syntax` none) may be anything.
    let what = match loaded.syntax {
        None => Unparsed::Infrastructure,
        syntax => crate::platform::unparsed(&loaded.file.path, syntax, text),
    };
    match what {
        Unparsed::Infrastructure => load_finding(&PARSE_ERROR, &loaded.file, err),
        Unparsed::Other => load_finding(&UNPARSED_FILE, &loaded.file, err),
        Unparsed::Template => {
            let syntax = if loaded.syntax == Some(crate::doc::Syntax::Toml) { "TOML" } else { "YAML" };
            let message = format!(
                "a template (`{{{{ }}}}`, `{{% %}}`, `%{{ }}`, `@NAME@` or `{{NAME}}`), {syntax} only once rendered, so not checked ({})",
                err.message
            );
            load_finding(&UNPARSED_FILE, &loaded.file, &LoadError { message, span: err.span })
        }
    }
}

fn load_finding(policy: &Arc<crate::policy::Meta>, file: &Arc<SourceFile>, e: &LoadError) -> Finding {
    let label = Label { span: e.span.unwrap_or_default(), text: if e.span.is_some() { "here".into() } else { "".into() }, primary: true };
    Finding::about_input(policy, file, e.message.clone(), vec![label])
}
