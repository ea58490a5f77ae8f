//! Helm charts and kustomizations, checked as their renderers print them:
//! each chart (`helm template`) and each top-level kustomization (one no
//! other kustomization of the scan names; `kustomize build`) is rendered
//! while loading, and what it prints is loaded as files of its own (with an
//! `Origin`) that replace the files the renderer read. Findings in the
//! rendered text are reported in the files that made it (`relocate`): at
//! the same line where the line is found there as printed, else at the
//! line that sets the same key, else at the start of the template or of
//! the object (or the kustomization), the label saying what was rendered.
//!
//! Without a renderer, or when rendering fails, a chart's templates are not
//! checked, and a kustomization's resources are checked as written (its
//! patches not), with one notice per chart or kustomization.

use super::files::{Loaded, load_text};
use crate::diag::{Diag, Label};
use crate::doc::{Document, Syntax};
use crate::finding::Finding;
use crate::load::Limits;
use crate::render::{RenderError, Tools};
use crate::source::{SourceFile, Span};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// Where the findings of a rendered file are reported.
#[derive(Debug)]
pub struct Origin {
    /// `helm` or `kustomize`, for labels.
    pub renderer: &'static str,
    /// The unit the rendered documents are evaluated in: the chart or the
    /// kustomization, whatever their folders.
    pub unit: String,
    /// The parts of the rendered text and where each came from.
    pub parts: Vec<Part>,
}

/// A part of a rendered text (a template's output, an object kustomize
/// printed) and the files it came from.
#[derive(Debug)]
pub struct Part {
    pub rendered: Span,
    /// The places that may have written each line: kustomize patches
    /// first, since they set the final values, then the resources, then the
    /// kustomizations (see `place`).
    pub sources: Vec<(Arc<SourceFile>, Span)>,
    /// How many of `sources` are patches.
    pub patches: usize,
    /// Where a finding goes when no line of `sources` matches.
    pub fallback: (Arc<SourceFile>, Span),
}

/// Render the charts and top-level kustomizations among `loaded`, adding the
/// rendered files and marking the files they replace; notices go to the
/// chart's or kustomization's file. The result is in path order.
pub(super) fn render(loaded: &mut Vec<Loaded>, tools: &Tools, limits: &Limits, root: &Path) {
    let mut added = helm(loaded, tools, limits, root);
    added.extend(kustomize(loaded, tools, limits, root));
    loaded.extend(added);
    loaded.sort_by(|a, b| a.file.path.cmp(&b.file.path));
}

/// The label of the notice of a Helm chart that is not rendered: the run's
/// summary counts them, as what they make is not checked at all.
pub const NOT_RENDERED: &str = "not rendered";

fn helm(loaded: &mut [Loaded], tools: &Tools, limits: &Limits, root: &Path) -> Vec<Loaded> {
    let charts = {
        let docs: Vec<&Document> = loaded.iter().flat_map(|l| &l.docs).collect();
        let paths: Vec<&str> = loaded.iter().map(|l| l.file.path.as_str()).collect();
        crate::platform::charts(&docs, &paths)
    };
    let outputs: Vec<Option<Result<String, RenderError>>> =
        charts.par_iter().map(|c| tools.helm(&root.join(&c.folder), &c.name, limits.max_file_size)).collect();
    let mut out = Vec::new();
    for (chart, output) in charts.iter().zip(outputs) {
        let reads = |p: &str| crate::platform::chart_reads(&chart.folder, p);
        let text = match output {
            Some(Ok(text)) => text,
            not_rendered => {
                // Templates without `{{ }}` are manifests as they are:
                // checked as written; the others are skipped, with one notice.
                let skipped = consume_where(loaded, |l| reads(&l.file.path) && l.file.text.contains("{{")).len();
                let why = match not_rendered {
                    Some(Err(e)) => format!("`helm template` {e}"),
                    _ if skipped == 0 => continue,
                    _ => "no `helm` program on `PATH` (or named by `ATTEST_HELM`) to render it".to_string(),
                };
                let message = format!("Helm chart `{}` is not rendered: {why}; {} not checked", chart.name, plural_templates(skipped));
                notice(loaded, &chart.file, message, NOT_RENDERED);
                continue;
            }
        };
        let templates = consume(loaded, reads);
        let unit = format!("helm chart {}", chart.folder);
        for (source, text) in crate::platform::helm_sources(&chart.folder, &text) {
            let template = source.as_ref().and_then(|s| templates.iter().find(|t| &t.path == s)).cloned();
            let target = template.clone().unwrap_or_else(|| Arc::clone(&chart.file));
            let mut rendered =
                load_text(SourceFile::new(source.unwrap_or_else(|| chart.file.path.clone()), text), Some(Syntax::Yaml), limits);
            rendered.docs.iter_mut().for_each(|d| release_namespace_unset(&mut d.root));
            if let Some(e) = &rendered.error {
                let message = format!("what `helm template` printed for this template is not YAML, so it is not checked: {}", e.message);
                notice(loaded, &target, message, "rendered from here");
                continue;
            }
            let part = Part {
                patches: 0,
                rendered: Span::new(0, rendered.file.text.len()),
                sources: template.iter().map(|t| (Arc::clone(t), Span::new(0, t.text.len()))).collect(),
                fallback: (Arc::clone(&target), first_line(&target)),
            };
            let origin = Origin { renderer: "helm", unit: unit.clone(), parts: vec![part] };
            out.push(Loaded { origin: Some(Arc::new(origin)), ..rendered });
        }
    }
    out
}

/// An object's namespace printed from `{{ .Release.Namespace }}` is left
/// unset, as in a manifest applied with `kubectl -n`: the release chooses it.
/// Anywhere else (a subject's namespace, a host name) it is what helm prints
/// without `--namespace`: `default`.
fn release_namespace_unset(root: &mut crate::doc::Node) {
    use crate::doc::Value;
    use crate::render::RELEASE_NAMESPACE;
    if let Some(Value::Map(metadata)) = match &mut root.value {
        Value::Map(m) => m.get_mut("metadata").map(|n| &mut n.value),
        _ => None,
    } && metadata.get("namespace").and_then(|n| n.as_str()) == Some(RELEASE_NAMESPACE)
    {
        metadata.shift_remove("namespace");
    }
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        match &mut node.value {
            Value::Str(s) if s.contains(RELEASE_NAMESPACE) => *s = s.replace(RELEASE_NAMESPACE, "default"),
            Value::List(items) => stack.extend(items.iter_mut()),
            Value::Map(m) => stack.extend(m.values_mut()),
            _ => {}
        }
    }
}

/// What a build printed, loaded, with where each of its objects comes from.
/// What a build printed, where each of its objects comes from, and the
/// objects its resources declare that it did not print (file, place, name).
type Built = (Loaded, Vec<Part>, Vec<(Arc<SourceFile>, Span, String)>);

fn kustomize(loaded: &mut [Loaded], tools: &Tools, limits: &Limits, root: &Path) -> Vec<Loaded> {
    let ks = {
        let docs: Vec<&Document> = loaded.iter().flat_map(|l| &l.docs).collect();
        crate::platform::kustomizations(&docs)
    };
    // What stops a build before it starts: kustomize fetches what is not
    // on disk, and attest uses no network.
    let blocked_by = |t: &crate::platform::Tree| match &t.remote {
        Some(r) => Some(format!("it names `{r}`, which kustomize would fetch")),
        None => t.refs.iter().find(|r| !root.join(r).exists()).map(|r| format!("`{r}`, which it names, is not a file or folder here")),
    };
    let (trees, blocked) = trees_to_build(&ks, blocked_by);
    let outputs: Vec<Option<Result<String, RenderError>>> = trees
        .par_iter()
        .zip(&blocked)
        .map(|(t, b)| match (b, ks.get(t.top)) {
            (None, Some(k)) => tools.kustomize(&root.join(&k.folder), limits.max_file_size),
            _ => None,
        })
        .collect();
    // Where each printed object comes from, for every tree built, before
    // any file is consumed: trees share bases, and a consumed file has no
    // documents left to find an object in.
    let mut built: Vec<(&crate::platform::Tree, String, Result<Built, String>)> = Vec::new();
    for ((tree, blocked), output) in trees.iter().zip(blocked).zip(outputs) {
        let Some(k) = ks.get(tree.top) else { continue };
        let unit = format!("kustomization {}", k.folder);
        let result = match (blocked, output) {
            (Some(why), _) => Err(why),
            (None, None) => Err("no `kustomize` or `kubectl` program on `PATH` (or named by `ATTEST_KUSTOMIZE`) to build it".to_string()),
            (None, Some(Err(e))) => Err(format!("`{}` {e}", tools.kustomize_name())),
            (None, Some(Ok(text))) => {
                let rendered = load_text(SourceFile::new(k.file.path.clone(), text), Some(Syntax::Yaml), limits);
                match &rendered.error {
                    Some(e) => Err(format!("what `{}` printed is not YAML: {}", tools.kustomize_name(), e.message)),
                    None => {
                        let parts = rendered.docs.iter().map(|d| part_of(d, loaded, tree, &k.file)).collect();
                        let dropped = not_printed(&rendered, loaded, tree);
                        Ok((rendered, parts, dropped))
                    }
                }
            }
        };
        built.push((tree, unit, result));
    }
    for (tree, _, result) in &built {
        if result.is_ok() {
            consume(loaded, |p| tree.files.contains(p));
        }
    }
    let built_tops: std::collections::BTreeSet<usize> = built.iter().filter(|(_, _, r)| r.is_ok()).map(|(t, _, _)| t.top).collect();
    let mut out = Vec::new();
    for (tree, unit, result) in built {
        let Some(k) = ks.get(tree.top) else { continue };
        match result {
            Ok((rendered, parts, dropped)) => {
                for (file, span, name) in dropped {
                    let message = format!("`{name}` is not in what kustomization {} builds (a patch deletes it): not checked", k.folder);
                    notice_at(loaded, &file, span, message, "not built");
                }
                let origin = Origin { renderer: "kustomize", unit, parts };
                out.push(Loaded { origin: Some(Arc::new(origin)), ..rendered });
            }
            Err(why) => {
                let patches = if tree.patches.is_empty() { "" } else { ", its patches are not" };
                let apart = if crate::platform::kustomize_subtrees(&ks, tree).iter().any(|t| built_tops.contains(&t.top)) {
                    " (the kustomizations it names are built on their own)"
                } else {
                    ""
                };
                let message = format!("kustomization not built: {why}; its resources are checked as written{patches}{apart}");
                notice(loaded, &k.file, message, "not built");
                // Checked as written, the tree is still one unit, so that
                // the resources and components it names count for checks
                // across objects (a NetworkPolicy in a component).
                for l in loaded.iter_mut().filter(|l| tree.files.contains(&l.file.path) && !l.consumed && l.unit.is_none()) {
                    l.unit = Some(unit.clone());
                }
            }
        }
    }
    out
}

/// The trees of the top-level kustomizations among `ks`, each with what
/// stops its build (`blocked_by`). A tree that cannot be built gives way to
/// the kustomizations its top names, built on their own (before it, so
/// that what it leaves is checked as written in its unit); each
/// kustomization once.
type Blocked = Vec<Option<String>>;
fn trees_to_build(
    ks: &[crate::platform::Kustomization],
    blocked_by: impl Fn(&crate::platform::Tree) -> Option<String>,
) -> (Vec<crate::platform::Tree>, Blocked) {
    let (mut trees, mut blocked) = (Vec::new(), Vec::new());
    let (mut tops, mut seen) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
    let mut pending: Vec<(crate::platform::Tree, bool)> =
        crate::platform::kustomize_trees(ks).into_iter().rev().map(|t| (t, false)).collect();
    while let Some((tree, expanded)) = pending.pop() {
        let why = blocked_by(&tree);
        if why.is_some() && !expanded {
            seen.insert(tree.top);
            let subtrees: Vec<_> = crate::platform::kustomize_subtrees(ks, &tree).into_iter().filter(|t| seen.insert(t.top)).collect();
            pending.push((tree, true));
            pending.extend(subtrees.into_iter().rev().map(|t| (t, false)));
            continue;
        }
        if tops.insert(tree.top) {
            trees.push(tree);
            blocked.push(why);
        }
    }
    (trees, blocked)
}

/// The objects the resources of `tree` declare that the build did not
/// print (a `$patch: delete` removed them): each file, the object's first
/// line and its `Kind/name`.
fn not_printed(rendered: &Loaded, loaded: &[Loaded], tree: &crate::platform::Tree) -> Vec<(Arc<SourceFile>, Span, String)> {
    let resources = loaded
        .iter()
        .filter(|l| tree.files.contains(&l.file.path) && !tree.patches.contains(&l.file.path))
        .filter(|l| !crate::platform::is_kustomization_file(&l.file.path))
        .flat_map(|l| l.docs.iter())
        .flat_map(|d| crate::platform::manifest_objects(&d.root).into_iter().map(move |o| (d, o)));
    resources
        .filter(|(_, o)| !rendered.docs.iter().any(|r| crate::platform::same_object(&r.root, o).is_some()))
        .map(|(d, o)| (Arc::clone(&d.file), d.file.first_line(o.span), crate::platform::kind_and_name(o)))
        .collect()
}

/// Where an object kustomize printed may come from: the documents of the
/// tree's files that declare it, patches first, then resources; then the
/// tree's kustomization files, the top-level one first, whose transformers
/// write values of their own (`namespace: default`). When none of their
/// lines match, the first resource that declares it, else the
/// kustomization.
fn part_of(rendered: &Document, loaded: &[Loaded], tree: &crate::platform::Tree, kustomization: &Arc<SourceFile>) -> Part {
    // (tier: patch 0, resource 1, kustomization 2 or 3 for the top-level one first, file, span)
    let docs = || loaded.iter().filter(|l| tree.files.contains(&l.file.path)).flat_map(|l| l.docs.iter());
    // The objects named best (`platform::Named`): of the same kind and name
    // before one whose name the rendered name holds (a kustomization added a
    // prefix), before one of the same name only.
    let named = |d: &Document| crate::platform::same_object(&rendered.root, &d.root);
    let best = docs().filter(|d| !crate::platform::is_kustomization_file(&d.file.path)).filter_map(named).min();
    let mut sources: Vec<(u8, Arc<SourceFile>, Span)> = docs()
        .filter_map(|d| {
            let tier = if crate::platform::is_kustomization_file(&d.file.path) {
                if Arc::ptr_eq(&d.file, kustomization) { 2 } else { 3 }
            } else if best.is_none() || named(d) != best {
                return None;
            } else if tree.patches.contains(&d.file.path) {
                0
            } else {
                1
            };
            Some((tier, Arc::clone(&d.file), d.root.span))
        })
        .collect();
    // INVARIANT: a stable sort of files in path order, by tier.
    sources.sort_by_key(|(tier, _, _)| *tier);
    let fallback = match sources.iter().find(|(tier, _, _)| *tier == 1) {
        Some((_, file, span)) => (Arc::clone(file), file.first_line(*span)),
        None => (Arc::clone(kustomization), first_line(kustomization)),
    };
    let patches = sources.iter().filter(|(tier, _, _)| *tier == 0).count();
    Part { rendered: rendered.root.span, sources: sources.into_iter().map(|(_, f, s)| (f, s)).collect(), patches, fallback }
}

/// Mark the files a renderer read (not checked as written: their documents
/// are checked as rendered) and give them, by path.
fn consume(loaded: &mut [Loaded], reads: impl Fn(&str) -> bool) -> Vec<Arc<SourceFile>> {
    consume_where(loaded, |l| reads(&l.file.path))
}

fn consume_where(loaded: &mut [Loaded], which: impl Fn(&Loaded) -> bool) -> Vec<Arc<SourceFile>> {
    let mut out = Vec::new();
    for l in loaded.iter_mut().filter(|l| l.origin.is_none() && which(l)) {
        l.docs.clear();
        l.error = None;
        // Its duplicate keys are still the file's (`evaluate` reports them).
        l.problems.retain(|p| p.kind == crate::load::ProblemKind::DuplicateKey);
        l.consumed = true;
        out.push(Arc::clone(&l.file));
    }
    out
}

/// "its 2 templates with `{{ }}` are", "no template is".
fn plural_templates(n: usize) -> String {
    match n {
        0 => "no template is".to_string(),
        1 => "its template with `{{ }}` is".to_string(),
        n => format!("its {n} templates with `{{{{ }}}}` are"),
    }
}

fn first_line(file: &SourceFile) -> Span {
    file.first_line(Span::new(0, file.text.len()))
}

fn notice(loaded: &mut [Loaded], file: &Arc<SourceFile>, message: String, label: &str) {
    notice_at(loaded, file, first_line(file), message, label);
}

fn notice_at(loaded: &mut [Loaded], file: &Arc<SourceFile>, span: Span, message: String, label: &str) {
    let mut d = Diag::error(file, span, message, label);
    d.severity = miette::Severity::Warning;
    if let Some(l) = loaded.iter_mut().find(|l| Arc::ptr_eq(&l.file, file)) {
        l.notices.push(d);
    }
}

/// Report the findings in the rendered files of a unit in the files that
/// made them.
pub(super) fn relocate(unit_files: &[&Loaded], findings: &mut [Finding]) {
    for f in findings.iter_mut() {
        if let Some(origin) = unit_files.iter().find(|l| Arc::ptr_eq(&l.file, &f.file)).and_then(|l| l.origin.as_deref()) {
            relocate_one(f, origin);
        }
    }
}

fn relocate_one(f: &mut Finding, origin: &Origin) {
    let rendered = Arc::clone(&f.file);
    let within = |p: &&Part| p.rendered.start <= f.span.start && f.span.start <= p.rendered.end;
    let Some(part) = origin.parts.iter().find(within).or(origin.parts.first()) else { return };
    let printed = line_of(&rendered.text, f.span.start as usize);
    let shown: String = rendered.text[printed.clone()].trim().chars().take(80).collect();
    let (file, span, how) = match place_node(&rendered.text, part, f.span) {
        Some(found) => found,
        None => (Arc::clone(&part.fallback.0), part.fallback.1, How::Unknown),
    };
    let primary = f.labels.iter().find(|l| l.primary).map_or("".into(), |l| Arc::clone(&l.text));
    let text = match how {
        How::Exact | How::Repeated | How::Unquoted | How::InFlow => primary,
        How::SameKey => format!("{primary}; rendered by {} as `{shown}`", origin.renderer).into(),
        How::Unknown => format!("rendered by {} as `{shown}`, from a line attest cannot find here: {primary}", origin.renderer).into(),
    };
    let mut labels = vec![Label { span, text, primary: true }];
    // The other labels where their line is found as printed in the same file.
    for l in f.labels.iter().filter(|l| !l.primary) {
        if let Some((other, at, How::Exact)) = place(&rendered.text, part.rendered, l.span, &part.sources, part.patches)
            && Arc::ptr_eq(&other, &file)
        {
            labels.push(Label { span: at, text: l.text.clone(), primary: false });
        }
    }
    f.message = format!("{} (as rendered by {})", f.message, origin.renderer);
    f.file = file;
    f.span = span;
    f.labels = labels;
}

/// The place of `span`'s line (`place`); or, when it is not found, may be
/// another node's (`How::Repeated`) or is only a line with the same key
/// (`How::SameKey`), of the first line below it in the node it begins
/// (indented more) found as printed: a container whose first
/// printed key (`- command:`) is written twice in its object, or that a
/// patch adds beside a container with the same first key, is found by its
/// `image:` line.
fn place_node(text: &str, part: &Part, span: Span) -> Option<(Arc<SourceFile>, Span, How)> {
    const LINES: usize = 64;
    let indent = |line: &str| line.len() - line.trim_start().len();
    let printed = line_of(text, span.start as usize);
    let own = indent(&text[printed.clone()]);
    let below = Span::new(printed.end.min(text.len()), part.rendered.end as usize);
    let first = place(text, part.rendered, span, &part.sources, part.patches);
    if first.as_ref().is_some_and(|(_, _, how)| !matches!(how, How::Repeated | How::SameKey)) {
        return first;
    }
    let under = lines_in(text, below)
        .skip(1)
        .filter(|(_, line)| !line.trim().is_empty())
        .take_while(|(_, line)| indent(line) > own)
        .take(LINES)
        .find_map(|(at, line)| {
            let line = Span::new(at, at + line.len());
            place(text, part.rendered, line, &part.sources, part.patches).filter(|(_, _, how)| *how == How::Exact)
        });
    under.or(first)
}

/// How well a place in a source is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// The line is there as printed, once: the span moves with it.
    Exact,
    /// As `Exact`, but the line is printed more often than it is written
    /// there: it may be another node's.
    Repeated,
    /// The line is there but for the quotes of its value, once: the value.
    Unquoted,
    /// The line is a list item written in a flow sequence (`add: ["NET_ADMIN"]`),
    /// once: the item.
    InFlow,
    /// A line sets the same key, once: the line, not the value.
    SameKey,
    /// Neither: the fallback.
    Unknown,
}

/// Where the line of `span` in the rendered `text` is written among
/// `sources`: in the first source that has it, the line as printed (exact),
/// else a line setting the same key; where several lines qualify, the one
/// with a template expression (`{{ }}`: a literal line would have been
/// printed as it is), then the one indented as printed, if that makes one;
/// a line printed as often as the source has it (`securityContext:` of
/// each container) is the source's line of the same rank. A kustomization
/// among the sources is searched only for the line as printed, and only
/// when no other source has it. A line as printed that a resource has too is
/// the resource's, although a patch (the first `patches` sources) repeats
/// it: a patch names the container it changes (`- name: manager`); a line
/// only a patch has, or a key it sets to another value, is the patch's.
/// `part`: the rendered text the source made.
fn place(text: &str, part: Span, span: Span, sources: &[(Arc<SourceFile>, Span)], patches: usize) -> Option<(Arc<SourceFile>, Span, How)> {
    let printed = line_of(text, span.start as usize);
    let (lead, wanted) = normalized(&text[printed.clone()]);
    if wanted.is_empty() {
        return None;
    }
    let indent = &text[printed.start..printed.start + lead];
    let start = printed.start + lead;
    let key = wanted.split_once(": ").map(|(k, _)| k).or_else(|| wanted.strip_suffix(':')).map(|k| format!("{k}:"));
    let same = |line: &str| normalized(line).1 == wanted;
    // kustomize prints scalars without the quotes the source may have.
    let unquoted_wanted = unquoted(wanted);
    let same_unquoted = |line: &str| unquoted(normalized(line).1) == unquoted_wanted;
    let keyed = |line: &str| key.as_deref().is_some_and(|k| normalized(line).1.starts_with(k));
    let templated = |line: &str| line.contains("{{");
    let indented = |line: &str| normalized(line).0 == lead && line.get(..lead) == Some(indent);
    // kustomize prints a flow sequence's items as a block sequence's.
    let item = text[printed.clone()].trim_start().starts_with("- ") && value_at(wanted).is_none();
    let in_flow = |line: &str| item && flow_item(line, &unquoted_wanted).is_some();
    let printed_as: Vec<(usize, &str)> = lines_in(text, part).filter(|(_, l)| same(l)).collect();
    // Read up only when several lines are candidates (`pick`).
    let wanted_keys = std::cell::OnceCell::new();
    let tiers: [(How, &Test, &[&Test]); 4] = [
        (How::Exact, &same, &[&indented]),
        (How::Unquoted, &same_unquoted, &[&indented]),
        (How::InFlow, &in_flow, &[]),
        (How::SameKey, &keyed, &[&templated, &indented]),
    ];
    for (how, matches, narrowers) in tiers {
        // A kustomization's own line (a transformer's `namespace: default`)
        // counts only as printed, and only when no object source has it.
        let mut in_objects = false;
        let order: Vec<&(Arc<SourceFile>, Span)> = match how {
            How::SameKey => sources.iter().collect(),
            _ => {
                let (patched, rest) = sources.split_at(patches.min(sources.len()));
                let kustomization = |(file, _): &&(Arc<SourceFile>, Span)| crate::platform::is_kustomization_file(&file.path);
                rest.iter().filter(|s| !kustomization(s)).chain(patched).chain(rest.iter().filter(kustomization)).collect()
            }
        };
        for (file, range) in order {
            let kustomization = crate::platform::is_kustomization_file(&file.path);
            if kustomization && (how != How::Exact || in_objects) {
                continue;
            }
            let found: Vec<(usize, &str)> = lines_in(&file.text, *range).filter(|(_, l)| matches(l)).collect();
            in_objects |= !kustomization && !found.is_empty();
            // Lines printed more than once pair with the lines written, in order.
            let ranked = (matches!(how, How::Exact | How::Unquoted) && found.len() > 1 && found.len() == printed_as.len())
                .then(|| printed_as.iter().position(|(at, _)| *at == printed.start).and_then(|k| found.get(k).copied()))
                .flatten();
            // A line printed more often than written here (a second
            // container's `- args:`) may be another node's.
            let repeated = how == How::Exact && ranked.is_none() && printed_as.len() > 1;
            // A line in the same place of its object first: under the same keys.
            let under_same_keys =
                |at: usize| enclosing_keys(&file.text, at) == *wanted_keys.get_or_init(|| enclosing_keys(text, printed.start));
            let Some((at, line)) = ranked.or_else(|| pick(found, &under_same_keys, narrowers)) else { continue };
            let how = if repeated { How::Repeated } else { how };
            let (source_lead, source_text) = normalized(line);
            let base = at + source_lead;
            let from = (span.start as usize).saturating_sub(start);
            let span = match how {
                // The same text: the span moves by the difference of the lines' starts.
                How::Exact | How::Repeated => {
                    let from = from.min(source_text.len());
                    let to = (span.end as usize).saturating_sub(start).clamp(from, source_text.len());
                    Span::new(base + from, base + to)
                }
                // The same text but for quotes: the value, quotes and all,
                // when the span is in the value; else the line.
                How::Unquoted => match (value_at(wanted), value_at(source_text)) {
                    (Some(v), Some(sv)) if from >= v => Span::new(base + sv, base + source_text.len()),
                    _ => Span::new(base, base + source_text.len()),
                },
                How::InFlow => match flow_item(line, &unquoted_wanted) {
                    Some(item) => Span::new(at + item.start, at + item.end),
                    None => Span::new(base, base + source_text.len()),
                },
                _ => Span::new(base, base + source_text.len()),
            };
            return Some((Arc::clone(file), span, how));
        }
    }
    None
}

/// A test of a source line.
type Test<'a> = dyn Fn(&str) -> bool + 'a;

/// The one line among `found`, or the one left by the first of `placed` (by
/// the line's offset) and then `narrowers` that leaves one (each narrows
/// what the ones before left, unless it leaves none).
fn pick<'t>(mut found: Vec<(usize, &'t str)>, placed: &dyn Fn(usize) -> bool, narrowers: &[&Test]) -> Option<(usize, &'t str)> {
    let mut narrow = |keep: &dyn Fn(usize, &str) -> bool| {
        if found.len() <= 1 {
            return;
        }
        let kept: Vec<(usize, &str)> = found.iter().copied().filter(|&(at, l)| keep(at, l)).collect();
        if !kept.is_empty() {
            found = kept;
        }
    };
    narrow(&|at, _| placed(at));
    for n in narrowers {
        narrow(&|_, l| n(l));
    }
    match found[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// A line as compared: without indentation, a list item's `- `, or
/// trailing spaces; with the offset where that starts.
fn normalized(line: &str) -> (usize, &str) {
    let trimmed = line.trim_start();
    let item = trimmed.strip_prefix("- ").map_or(trimmed, str::trim_start);
    (line.len() - item.len(), item.trim_end())
}

/// A compared line with the quotes of its scalar value taken off
/// (`name: "a"` and `- 'a'` as `name: a` and `a`); other lines as they are.
fn unquoted(line: &str) -> std::borrow::Cow<'_, str> {
    let (key, value) = match value_at(line) {
        Some(at) => line.split_at(at),
        None => ("", line),
    };
    let inner = ['"', '\''].iter().find_map(|q| value.strip_prefix(*q)?.strip_suffix(*q)).filter(|v| !v.contains(['"', '\'', '\\']));
    match inner {
        Some(v) => format!("{key}{v}").into(),
        None => line.into(),
    }
}

/// Where in `line` a flow sequence (`add: ["NET_ADMIN", SYS_TIME]`) has
/// the item `wanted` (without quotes), quotes and all.
fn flow_item(line: &str, wanted: &str) -> Option<std::ops::Range<usize>> {
    let open = line.find('[')?;
    let mut at = open + 1;
    for piece in line[open + 1..].split(',') {
        let lead = piece.len() - piece.trim_start_matches([' ', '[']).len();
        let item = piece[lead..].trim_end_matches([' ', ']']);
        if unquoted(item) == wanted {
            return Some(at + lead..at + lead + item.len());
        }
        at += piece.len() + 1;
    }
    None
}

/// The keys of the mappings that hold the line at `offset` of a block YAML
/// `text`, innermost first, read from the lines above it that start a key
/// less indented (a list item's `- ` does not count: kustomize prints the
/// items of `initContainers:` as indented as the key). Two lines setting
/// `image:` are told apart by it: one under `initContainers`, one under
/// `containers`.
fn enclosing_keys(text: &str, offset: usize) -> Vec<&str> {
    /// A bound on the lines read up.
    const LINES: usize = 2000;
    fn key_of(line: &str) -> Option<(usize, &str)> {
        let (column, rest) = normalized(line);
        let key = rest.split_once(": ").map(|(k, _)| k).or_else(|| rest.strip_suffix(':'));
        key.filter(|k| !k.is_empty() && !k.starts_with(['#', '{', '['])).map(|k| (column, k))
    }
    let line = line_of(text, offset);
    let mut column = normalized(&text[line.clone()]).0;
    let mut keys = Vec::new();
    for above in text[..line.start].lines().rev().take(LINES) {
        if column == 0 || above.starts_with("---") {
            break;
        }
        if let Some((at, key)) = key_of(above).filter(|(at, _)| *at < column) {
            keys.push(key);
            column = at;
        }
    }
    keys
}

/// Where the value of a `key: value` line starts.
fn value_at(line: &str) -> Option<usize> {
    line.find(": ").map(|i| i + 2)
}

/// The byte range of the line holding `offset`, without its line end.
fn line_of(text: &str, offset: usize) -> std::ops::Range<usize> {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let end = text[offset..].find(['\n', '\r']).map_or(text.len(), |i| offset + i);
    start..end
}

/// The lines of `text` that overlap `range`, each with its offset.
fn lines_in(text: &str, range: Span) -> impl Iterator<Item = (usize, &str)> {
    let first = line_of(text, range.start as usize).start;
    let end = (range.end as usize).min(text.len());
    let mut at = first;
    text[first..end.max(first)].split_inclusive('\n').map(move |l| {
        let here = at;
        at += l.len();
        (here, l.trim_end_matches(['\n', '\r']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_release_namespace_is_unset_on_the_object_and_default_elsewhere() {
        let ns = crate::render::RELEASE_NAMESPACE;
        let text = format!(
            "kind: RoleBinding\nmetadata: {{name: a, namespace: {ns}}}\nsubjects: [{{kind: ServiceAccount, name: a, namespace: {ns}}}]\nurl: http://a.{ns}.svc\n"
        );
        let file = SourceFile::new("a.yaml", text);
        let mut doc = crate::load::parse(&file, Syntax::Yaml, &Limits::default()).map(|p| p.docs).unwrap_or_default().remove(0);
        release_namespace_unset(&mut doc.root);
        let root = &doc.root;
        assert!(root.get("metadata").and_then(|m| m.get("namespace")).is_none());
        let subject = root.get("subjects").and_then(|s| s.as_list()).and_then(|l| l.first());
        assert_eq!(subject.and_then(|s| s.get("namespace")).and_then(|n| n.as_str()), Some("default"));
        assert_eq!(root.get("url").and_then(|n| n.as_str()), Some("http://a.default.svc"));
    }

    fn source(text: &str) -> Vec<(Arc<SourceFile>, Span)> {
        let f = SourceFile::new("t.yaml", text);
        vec![(Arc::clone(&f), Span::new(0, f.text.len()))]
    }

    /// A patch that only sets an image names its container: the container's
    /// line is the resource's; the image it sets is the patch's.
    #[test]
    fn a_line_a_patch_repeats_is_the_resources() {
        let rendered = "spec:\n  containers:\n    - name: manager\n      image: ghcr.io/acme/manager:v2\n";
        let patch = SourceFile::new("patch.yaml", "spec:\n  containers:\n    - name: manager\n      image: ghcr.io/acme/manager:v2\n");
        let base = SourceFile::new("manager.yaml", "spec:\n  containers:\n    - name: manager\n      image: manager:dev\n");
        let sources: Vec<(Arc<SourceFile>, Span)> =
            [&patch, &base].into_iter().map(|f| (Arc::clone(f), Span::new(0, f.text.len()))).collect();
        let found = |word: &str| {
            let at = rendered.find(word).unwrap_or_default();
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + word.len()), &sources, 1)
                .map(|(f, _, how)| (f.path.clone(), how))
        };
        assert_eq!(found("manager\n"), Some(("manager.yaml".to_string(), How::Exact)));
        assert_eq!(found("ghcr.io"), Some(("patch.yaml".to_string(), How::Exact)));
    }

    /// A value a JSON patch replaced is found by its key under the same
    /// keys: the init container's `image:`, not the container's, although
    /// the latter is indented as kustomize prints it.
    #[test]
    fn a_replaced_value_is_found_under_the_same_keys() {
        let rendered = "spec:\n  template:\n    spec:\n      containers:\n      - image: nginx:1.27\n        name: app\n      initContainers:\n      - command:\n        - sh\n        image: devimage\n        name: init\n";
        let base = "spec:\n  template:\n    spec:\n      initContainers:\n        - command:\n            - sh\n          image: busybox:latest\n          name: init\n      containers:\n      - name: app\n        image: nginx:1.27\n";
        let at = rendered.find("devimage").unwrap_or_default();
        let (_, span, how) =
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 8), &source(base), 0).unwrap_or_else(|| panic!("found"));
        assert_eq!((how, &base[span.range()]), (How::SameKey, "image: busybox:latest"));
        assert_eq!(enclosing_keys(base, base.find("image: busybox").unwrap_or_default()), ["initContainers", "spec", "template", "spec"]);
    }

    #[test]
    fn a_line_found_as_printed_keeps_its_span() {
        let rendered = "spec:\n  containers:\n    - name: web\n      securityContext:\n        runAsNonRoot: false\n";
        let template = "spec:\n  containers:\n  - name: web\n    securityContext:\n      runAsNonRoot: false\n";
        let at = rendered.find("false").unwrap_or_default();
        let (_, span, how) =
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(template), 0).unwrap_or_else(|| panic!("found"));
        assert_eq!((how, &template[span.range()]), (How::Exact, "false"));
        // A list item's `- ` does not count.
        let at = rendered.find("name: web").unwrap_or_default();
        let (_, span, how) =
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 9), &source(template), 0).unwrap_or_else(|| panic!("found"));
        assert_eq!((how, &template[span.range()]), (How::Exact, "name: web"));
    }

    #[test]
    fn a_templated_value_is_found_by_its_key_and_a_repeated_line_is_not_found() {
        let rendered = "a:\n  runAsNonRoot: false\n";
        let template = "a:\n  runAsNonRoot: {{ .Values.nonRoot }}\n";
        let at = rendered.find("false").unwrap_or_default();
        let (_, span, how) =
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(template), 0).unwrap_or_else(|| panic!("found"));
        assert_eq!((how, &template[span.range()]), (How::SameKey, "runAsNonRoot: {{ .Values.nonRoot }}"));
        let twice = "a:\n  runAsNonRoot: {{ .Values.a }}\nb:\n  runAsNonRoot: {{ .Values.b }}\n";
        // A literal line with the key did not print `false`; the indentation tells which.
        let literal = "a:\n  runAsNonRoot: {{ .Values.a }}\nb:\n  runAsNonRoot: true\n";
        assert_eq!(
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(literal), 0).map(|(_, s, _)| s.start),
            Some(5)
        );
        // The keys above tell which first, then the indentation.
        let indented = "a:\n    runAsNonRoot: {{ .Values.a }}\nb:\n  runAsNonRoot: {{ .Values.b }}\n";
        assert_eq!(
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(indented), 0)
                .map(|(_, s, _)| &indented[s.range()]),
            Some("runAsNonRoot: {{ .Values.a }}")
        );
        let same_keys = "a:\n    runAsNonRoot: {{ .Values.a }}\n  runAsNonRoot: {{ .Values.b }}\n";
        assert_eq!(
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(same_keys), 0)
                .map(|(_, s, _)| &same_keys[s.range()]),
            Some("runAsNonRoot: {{ .Values.b }}")
        );
        assert_eq!(
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(twice), 0).map(|(_, s, _)| &twice[s.range()]),
            Some("runAsNonRoot: {{ .Values.a }}")
        );
        // Under the same keys, as indented: which one is not known.
        let ambiguous = "a:\n  runAsNonRoot: {{ .Values.a }}\n  runAsNonRoot: {{ .Values.b }}\n";
        assert!(place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 5), &source(ambiguous), 0).is_none());
    }

    /// kustomize prints quoted items written twice (`- "create"`) without
    /// their quotes: each is the item written in its place, in order; and
    /// a flow sequence's items (`add: ["SYS_ADMIN", NET_RAW]`) as a block
    /// sequence's: each is found at its item.
    #[test]
    fn quoted_items_pair_in_order_and_flow_items_are_found() {
        let rendered = "rules:\n  - verbs:\n      - get\n  - verbs:\n      - create\n      - get\n";
        let written = "rules:\n  - verbs:\n      - \"get\"\n  - verbs:\n      - \"create\"\n      - \"get\"\n";
        let at = rendered.rfind("get").unwrap_or_default();
        let (_, span, how) =
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 3), &source(written), 0).unwrap_or_else(|| panic!("found"));
        assert_eq!((how, span.start as usize), (How::Unquoted, written.rfind("\"get\"").unwrap_or_default()));
        let rendered = "add:\n  - SYS_ADMIN\n  - NET_RAW\n";
        let written = "add: [\"SYS_ADMIN\", NET_RAW]\n";
        for (word, item) in [("SYS_ADMIN", "\"SYS_ADMIN\""), ("NET_RAW", "NET_RAW")] {
            let at = rendered.find(word).unwrap_or_default();
            let (_, span, how) = place(rendered, Span::new(0, rendered.len()), Span::new(at, at + word.len()), &source(written), 0)
                .unwrap_or_else(|| panic!("found"));
            assert_eq!((how, &written[span.range()]), (How::InFlow, item));
        }
    }

    /// kustomize prints `value: "hunter2"` as `value: hunter2`: the line is
    /// found but for its quotes, and the span is the value as written.
    #[test]
    fn a_line_printed_without_its_quotes_is_found_at_its_value() {
        let rendered = "env:\n  - name: DB_USER\n    value: admin\n  - name: DB_PASSWORD\n    value: hunter2\n";
        let written = "env:\n  - name: DB_USER\n    value: \"admin\"\n  - name: DB_PASSWORD\n    value: 'hunter2'\n";
        let at = rendered.find("hunter2").unwrap_or_default();
        let (_, span, how) =
            place(rendered, Span::new(0, rendered.len()), Span::new(at, at + 7), &source(written), 0).unwrap_or_else(|| panic!("found"));
        assert_eq!((how, &written[span.range()]), (How::Unquoted, "'hunter2'"));
        assert_eq!(unquoted("- \"a\""), "- \"a\"", "only a value after a key is unquoted");
        assert_eq!(unquoted("name: \"a\\\"b\""), "name: \"a\\\"b\"", "escapes are left alone");
    }
}
