//! The run: everything `attest check`, `attest report` and `attest baseline
//! write` do before they write anything. A `Request` (what the user asked)
//! becomes a `Run` (what was found) or a `RunError` (why attest could not do its
//! job): configuration, policies and their parameters, selection, discovery,
//! loading (`files`), evaluation (`evaluate`) and waivers, in that order.
//!
//! INVARIANT: nothing here prints or reads the working directory; the caller
//! gives `Request::root` and renders the result.

mod evaluate;
mod files;
mod groups;
mod modules;
mod render;

use evaluate::evaluate_counted;
pub use evaluate::{Evaluation, PolicyRun, PolicyTally, Resource, Tally, evaluate, evaluate_all, run_policy, units};
use files::load_counted;
pub use files::{FileRecord, Loaded, load_all, load_input, load_text};
pub use render::{NOT_RENDERED, Origin, Part};

use crate::config::Config;
use crate::diag::Diag;
use crate::discover::{DiscoverError, Role};
use crate::finding::{DUPLICATE_KEY, Finding, INVALID_WAIVER, PARSE_ERROR, UNPARSED_FILE, Waiver};
use crate::load::Limits;
use crate::policy::{Policy, PolicyPathError};
use crate::select::{SelectError, Selector};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What to check, as the user asked for it.
#[derive(Debug, Clone)]
pub struct Request {
    /// The folder attest runs from: paths are shown relative to it, and the
    /// configuration is looked for from it upwards.
    pub root: PathBuf,
    /// Files or folders; empty: `paths` of `attest.toml`, else `root`.
    pub paths: Vec<PathBuf>,
    /// The configuration file; `None`: the nearest `attest.toml`.
    pub config: Option<PathBuf>,
    pub policies: PolicySource,
    /// `--only` and `--skip` (globs over ids and criteria).
    pub only: Vec<String>,
    pub skip: Vec<String>,
    /// The date waivers are checked against; `None`: today's local date,
    /// read from the clock and the time zone only when there are waivers.
    pub today: Option<jiff::civil::Date>,
    pub limits: Limits,
    /// Counted as the run goes, for a caller that shows progress; `None`: nobody watches.
    pub progress: Option<Arc<Progress>>,
    /// The programs that render Helm charts and kustomizations; none: their
    /// files are read as written, with a notice per chart and kustomization.
    pub render: crate::render::Tools,
    /// What findings keep of their source: snippets for the outputs that show
    /// them; positions only, a fraction of the memory, for the others.
    pub keep: crate::finding::Keep,
}

/// How far a run has got: the engine counts files read and units evaluated, the
/// caller reads the counts and draws what it likes. Nothing here prints.
#[derive(Debug, Default)]
pub struct Progress {
    files: AtomicUsize,
    read: AtomicUsize,
    units: AtomicUsize,
    evaluated: AtomicUsize,
}

/// The stage a run is in, with what is done of it and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Configuration, policies and discovery: nothing counted yet.
    Starting,
    /// Files read, of how many.
    Reading { done: usize, of: usize },
    /// Units (a file, a Terraform module, a folder of manifests) evaluated, of how many.
    Checking { done: usize, of: usize },
}

impl Progress {
    pub fn stage(&self) -> Stage {
        let (files, units) = (self.files.load(Ordering::Relaxed), self.units.load(Ordering::Relaxed));
        match (files, units) {
            (0, 0) => Stage::Starting,
            (_, 0) => Stage::Reading { done: self.read.load(Ordering::Relaxed), of: files },
            _ => Stage::Checking { done: self.evaluated.load(Ordering::Relaxed), of: units },
        }
    }

    pub(crate) fn reading(&self, files: usize) {
        self.files.fetch_add(files, Ordering::Relaxed);
    }

    pub(crate) fn read_one(&self) {
        self.read.fetch_add(1, Ordering::Relaxed);
    }

    pub(crate) fn checking(&self, units: usize) {
        self.units.fetch_add(units, Ordering::Relaxed);
    }

    pub(crate) fn checked_one(&self) {
        self.evaluated.fetch_add(1, Ordering::Relaxed);
    }
}

/// Which policies to load: the built-in pack or not, and files or folders.
#[derive(Debug, Clone, Default)]
pub struct PolicySource {
    pub paths: Vec<PathBuf>,
    pub builtin: bool,
}

/// What a run found, before it is reported.
pub struct Run {
    pub policies: Vec<Arc<Policy>>,
    pub findings: Vec<Finding>,
    /// Warnings about waivers (expired, stale, not waivable).
    pub notices: Vec<Diag>,
    pub files: usize,
    pub documents: usize,
    pub tally: Tally,
    pub config: Option<Config>,
    /// Outcome counts per policy id, and the resources each evaluated when
    /// the request keeps them (`Keep::Evidence`: `attest report`).
    pub by_policy: BTreeMap<String, PolicyTally>,
    /// Every waiver read, applied or not, in file order.
    pub waivers: Vec<Arc<Waiver>>,
    /// Every file checked, in path order, when the request keeps them
    /// (`Keep::Evidence`: the evidence report lists them); `files` counts
    /// them in any case.
    pub records: Vec<FileRecord>,
    /// The paths checked, after `attest.toml` defaults.
    pub paths: Vec<PathBuf>,
    /// The date waivers were checked against: `None` when there were none
    /// and no date was given.
    pub today: Option<jiff::civil::Date>,
}

/// Why attest could not do its job; nothing was checked.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum RunError {
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    #[diagnostic(transparent)]
    PolicyPath(#[from] PolicyPathError),
    /// Errors in the policies.
    #[error("{} in the policies", crate::diag::plural(.0.len(), "error"))]
    Policies(Vec<Diag>),
    /// Parameter values in `attest.toml` that no policy declares, or of the wrong type.
    #[error("{} in the parameters of `attest.toml`", crate::diag::plural(.0.len(), "error"))]
    Params(Vec<Diag>),
    #[error(transparent)]
    #[diagnostic(transparent)]
    Select(#[from] SelectError),
    /// Paths that do not exist or cannot be walked, or bad `exclude` patterns.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Paths(Vec<DiscoverError>),
}

impl RunError {
    /// The diagnostics with a source snippet behind this error, if it has any.
    pub fn diagnostics(&self) -> &[Diag] {
        match self {
            RunError::Config(e) => std::slice::from_ref(e.diag()),
            RunError::Policies(ds) | RunError::Params(ds) => ds,
            _ => &[],
        }
    }
}

/// Load policies: the built-in pack unless left out, then the given files and
/// folders; every policy error at once.
pub fn load_policies(source: &PolicySource, root: &Path) -> Result<Vec<Arc<Policy>>, RunError> {
    let mut loader = crate::builtin::loader().relative_to(root);
    if source.builtin {
        crate::builtin::add_to(&mut loader);
    }
    for p in &source.paths {
        loader.add_path(p)?;
    }
    let (policies, errors) = loader.finish();
    if errors.is_empty() { Ok(policies) } else { Err(RunError::Policies(errors)) }
}

/// Check the files of a request: the one pipeline behind `check`, `report` and
/// `baseline write`.
pub fn run(request: &Request) -> Result<Run, RunError> {
    let root = &request.root;
    let config_path = request.config.clone().or_else(|| crate::config::find(root));
    let config = config_path.map(|p| crate::config::load(&p, root)).transpose()?;
    let settings = config.as_ref().map(|c| &c.settings);

    let mut source = request.policies.clone();
    if let Some(c) = &config {
        source.paths.extend(c.settings.policies.iter().map(|p| c.resolve(p)));
        source.builtin &= c.settings.builtin != Some(false);
    }
    let paths: Vec<PathBuf> = match (request.paths.is_empty(), &config) {
        (false, _) => request.paths.clone(),
        (true, Some(c)) if !c.settings.paths.is_empty() => c.settings.paths.iter().map(|p| c.resolve(p)).collect(),
        _ => vec![PathBuf::from(".")],
    };
    let rules = match &config {
        Some(c) if !c.settings.exclude.is_empty() || !c.settings.formats.is_empty() => {
            Some(crate::discover::Rules::new(&c.base, &c.settings.exclude, &c.formats()).map_err(|e| RunError::Paths(vec![e]))?)
        }
        _ => None,
    };
    // The policies are loaded while the files are found and grouped: a short
    // run (one pre-commit call) waits for the longer of the two, not both.
    let discovered = || {
        let (inputs, errors) = crate::discover::discover(&paths, root, rules.as_ref());
        if errors.is_empty() { Ok(groups::groups(inputs, &request.limits)) } else { Err(RunError::Paths(errors)) }
    };
    let (policies, groups) = rayon::join(|| load_policies(&source, root), discovered);
    let policies = policies?;
    let policies = match &config {
        Some(c) => bind_params(policies, c).map_err(RunError::Params)?,
        None => policies,
    };
    let with = |flag: &[String], key: Option<&Vec<String>>| flag.iter().chain(key.into_iter().flatten()).cloned().collect::<Vec<_>>();
    let selector = Selector::new(&with(&request.only, settings.map(|s| &s.enable)), &with(&request.skip, settings.map(|s| &s.disable)))?;
    let selected: Vec<Arc<Policy>> = policies.into_iter().filter(|p| selector.selects(&p.meta)).collect();

    let unwatched = Progress::default();
    let progress = request.progress.as_deref().unwrap_or(&unwatched);
    // Called Terraform modules are read inside the checked paths and the
    // folder attest runs from.
    let scope: Vec<PathBuf> = paths.iter().map(|p| root.join(p)).chain([root.clone()]).collect();
    // One group of files at a time (see `groups`): its documents are dropped
    // once it is checked, so memory does not grow with the number of files.
    let groups = groups?;
    let Checked { mut evaluation, waivers: mut inline, waiver_errors, notices: bounded, mut records, files, documents } =
        check_all(groups, request.keep, |g| check_group(g, &selected, request, &scope, progress));
    evaluation.finish();
    let Evaluation { mut findings, tally, by_policy } = evaluation;
    // The built-in findings about input obey the selection too; a file that
    // cannot be parsed is reported unless `parse-error` is skipped by name.
    findings.retain(|f| {
        if Arc::ptr_eq(&f.policy, &PARSE_ERROR) {
            !selector.skips(&f.policy)
        } else if Arc::ptr_eq(&f.policy, &DUPLICATE_KEY) || Arc::ptr_eq(&f.policy, &UNPARSED_FILE) {
            selector.selects(&f.policy)
        } else {
            true
        }
    });

    // Waivers: inline comments in the checked files, and attest.toml's.
    inline.sort_by(|a, b| (&a.file.path, a.span).cmp(&(&b.file.path, b.span)));
    let mut waivers: Vec<Arc<Waiver>> = inline.into_iter().map(Arc::new).collect();
    if let Some(c) = &config {
        waivers.extend(crate::waiver::central(c, root).into_iter().map(Arc::new));
    }
    // A waiver comment that cannot be read waives nothing and is a finding
    // at its place; the run goes on.
    findings.extend(
        waiver_errors
            .iter()
            .filter(|_| !selector.skips(&INVALID_WAIVER))
            .map(|d| Finding::about_input(&INVALID_WAIVER, &d.file, d.message.clone(), d.labels.clone())),
    );
    // Sorted already but for the waiver errors and the messages collapsing
    // changed.
    evaluate::sort_findings(&mut findings);
    let today = request.today.or_else(|| (!waivers.is_empty()).then(crate::waiver::local_today));
    let mut notices = today.map(|today| crate::waiver::apply(&mut findings, &waivers, today)).unwrap_or_default();
    notices.extend(bounds_reached(bounded));
    records.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Run { policies: selected, findings, notices, files, documents, tally, config, by_policy, records, waivers, paths, today })
}

/// What checking one group of files gives the run; its documents are gone.
#[derive(Default)]
struct Checked {
    /// Not yet sorted or collapsed: calls of a module may come from other groups.
    evaluation: Evaluation,
    /// Inline waivers, and the waiver comments that could not be read.
    waivers: Vec<Waiver>,
    waiver_errors: Vec<Diag>,
    /// Bounds of static evaluation reached, charts and kustomizations not rendered.
    notices: Vec<Diag>,
    /// The files checked: not those read only as context of a named file,
    /// nor rendered text, which is not a file: made for the evidence report
    /// only (`Keep::resources`; each hashes its file, and they take 6 MB at
    /// 30k files), and counted in `files`.
    records: Vec<FileRecord>,
    files: usize,
    /// Documents checked, rendered ones included.
    documents: usize,
}

impl Checked {
    /// What the run keeps of a group, made by the thread that calls this:
    /// excerpts of the files with findings, waivers or notices (`keep`),
    /// copies of the findings' texts and of the file records, and the
    /// resources evaluated only when the evidence report counts them (a set
    /// of keys per policy, as many as findings at 30k files).
    fn kept(mut self, keep: crate::finding::Keep, texts: &mut crate::finding::LabelTexts) -> Checked {
        crate::finding::keep_excerpts(&mut self.evaluation.findings, &mut self.waivers, keep, texts);
        if !keep.resources() {
            self.evaluation.by_policy.values_mut().for_each(|t| t.resources = Default::default());
        }
        self.records = self.records.clone();
        self.notices = self.notices.iter().map(Diag::excerpted).collect();
        self.waiver_errors = self.waiver_errors.iter().map(Diag::excerpted).collect();
        self
    }

    fn merge(mut self, other: Checked) -> Checked {
        self.evaluation.merge(other.evaluation);
        self.waivers.extend(other.waivers);
        self.waiver_errors.extend(other.waiver_errors);
        self.notices.extend(other.notices);
        self.records.extend(other.records);
        self.files += other.files;
        self.documents += other.documents;
        self
    }
}

/// Check one group of `request`'s files (`scope`: where called modules are read).
fn check_group(
    inputs: &[crate::discover::Input],
    policies: &[Arc<Policy>],
    request: &Request,
    scope: &[PathBuf],
    progress: &Progress,
) -> Checked {
    let loaded = load_counted(inputs, &request.limits, &request.root, scope, Some(&request.render), progress);
    let evaluation = evaluate_counted(policies, &loaded, progress);
    let mut waiver_errors = Vec::new();
    // A rendered file's comments are its sources', read there.
    let waivers: Vec<_> =
        loaded.iter().filter(|l| l.origin.is_none()).flat_map(|l| crate::waiver::inline(&l.file, &mut waiver_errors)).collect();
    let checked = loaded.iter().filter(|l| l.role != Role::Context);
    let files = checked.clone().filter(|l| l.origin.is_none());
    // A record hashes its file: made only for the report that lists them.
    let records: Vec<FileRecord> = if request.keep.resources() { files.clone().map(Loaded::record).collect() } else { Vec::new() };
    let files = files.count();
    let documents = checked.map(|l| l.docs.len()).sum();
    let notices = loaded.iter().flat_map(|l| l.notices.iter().cloned()).collect();
    Checked { evaluation, waivers, waiver_errors, notices, files, records, documents }
}

/// Check every group on the thread pool (each group's inputs dropped once it
/// is checked), and merge what each gives in group
/// order on the calling thread, which first makes its own copy of what the
/// run keeps (`Checked::kept`). The workers fill pages with documents and free
/// them group after group; what the run keeps, allocated among them, would
/// hold those pages until the end (35 MB of 306 at 30k files), so it is
/// allocated by a thread that parses nothing.
///
/// INVARIANT: merged in group order, then sorted by the caller: the same
/// whatever the thread count.
fn check_all(
    groups: Vec<Vec<crate::discover::Input>>,
    keep: crate::finding::Keep,
    check: impl Fn(&[crate::discover::Input]) -> Checked + Sync,
) -> Checked {
    let (done, arrivals) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            let many = groups.len() > 64;
            groups.into_par_iter().enumerate().for_each_with(done, |done, (n, group)| {
                // The receiver lives until every sender is gone.
                let checked = check(&group);
                drop(group);
                // The group's documents are gone: their pages go back to the
                // system once mimalloc's purge delay is over, not when this
                // thread next allocates much.
                release_freed(false);
                let _ = done.send((n, checked));
            });
            // Each thread's pages, before the findings are sorted and written;
            // not worth waking the threads for a short run (a pre-commit call).
            if many {
                rayon::broadcast(|_| release_freed(true));
            }
        });
        let mut all = Checked::default();
        let mut waiting: BTreeMap<usize, Checked> = BTreeMap::new();
        let mut next = 0;
        let mut texts = crate::finding::LabelTexts::default();
        for (n, checked) in arrivals {
            waiting.insert(n, checked.kept(keep, &mut texts));
            while let Some(checked) = waiting.remove(&next) {
                all = all.merge(checked);
                next += 1;
            }
        }
        all
    })
}

/// Give the memory this thread freed back to the system: mimalloc, the
/// binary's allocator, keeps a thread's freed pages until that thread
/// allocates again, and a thread of the pool that has no more groups to
/// check does not (`force`: all of it, not only what its purge delay let
/// go). Nothing under another allocator (the tests').
fn release_freed(force: bool) {
    // SAFETY: asks mimalloc to collect the calling thread's heap; it frees
    // only blocks already freed.
    unsafe { libmimalloc_sys::mi_collect(force) }
}

/// The bounds of static evaluation reached, once each, in file order.
fn bounds_reached(mut bounded: Vec<Diag>) -> Vec<Diag> {
    let key = |d: &Diag| (d.file.path.clone(), d.labels.first().map(|l| (l.span.start, l.span.end)), d.message.clone());
    bounded.sort_by_key(key);
    bounded.dedup_by_key(|d| key(d));
    bounded
}

/// The policies with the parameter values of `attest.toml`, or every error in them.
fn bind_params(policies: Vec<Arc<Policy>>, config: &Config) -> Result<Vec<Arc<Policy>>, Vec<Diag>> {
    use crate::policy::params;
    if config.settings.params.is_empty() {
        return Ok(policies);
    }
    let settings = params::table_settings(&config.file.text, &config.settings.params);
    let (values, errors) = params::resolve(&config.file, settings, &params::declared(&policies));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(policies.iter().map(|p| Arc::new(p.with_values(&values))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run over two files with the built-in pack, keeping `keep`.
    fn run_keeping(keep: crate::finding::Keep) -> Run {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("main.tf"), "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n")
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n").unwrap_or_else(|e| panic!("{e}"));
        let request = Request {
            root: dir.path().to_path_buf(),
            paths: vec![dir.path().to_path_buf()],
            config: None,
            policies: PolicySource { paths: Vec::new(), builtin: true },
            only: Vec::new(),
            skip: Vec::new(),
            today: None,
            limits: Limits::default(),
            progress: None,
            render: crate::render::Tools::default(),
            keep,
        };
        run(&request).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn file_records_are_kept_for_the_evidence_report_only_and_files_counted_always() {
        use crate::finding::Keep;
        let evidence = run_keeping(Keep::Evidence);
        let paths: Vec<&str> = evidence.records.iter().map(|r| r.path.as_str()).collect();
        assert_eq!((evidence.files, paths), (2, vec!["main.tf", "pod.yaml"]));
        for keep in [Keep::Snippets, Keep::Positions] {
            let run = run_keeping(keep);
            assert_eq!((run.files, run.records.len()), (2, 0), "{keep:?}");
            assert!(!run.findings.is_empty());
        }
    }
}
