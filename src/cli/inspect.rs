//! `attest inspect PATH...`: the platform view of files, with locations, so a
//! policy author sees what the collections hold before writing a policy.

use super::{FOUND, OK, TROUBLE, ViewArgs, output};
use crate::doc::{Document, Node, Value as V};
use crate::engine::Loaded;
use crate::policy::Policy;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct InspectArgs {
    /// Files or folders to inspect.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Also list every value that is not known statically, with its expression.
    #[arg(long)]
    pub unknowns: bool,
    /// A policy file or folder: under each document, list the policies of it that range over the document (repeatable).
    #[arg(short, long = "policy", value_name = "PATH")]
    pub policies: Vec<PathBuf>,
    #[command(flatten)]
    pub view: ViewArgs,
}

/// One file as the platforms see it.
#[derive(serde::Serialize)]
struct FileView {
    path: String,
    syntax: &'static str,
    /// Why the file could not be loaded, with the place when known.
    error: Option<Problem>,
    documents: Vec<DocView>,
}

#[derive(serde::Serialize)]
struct Problem {
    message: String,
    line: Option<usize>,
    column: Option<usize>,
}

#[derive(serde::Serialize)]
struct DocView {
    index: usize,
    platform: &'static str,
    elements: Vec<Element>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unknowns: Option<Vec<Unknown>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policies: Option<Vec<String>>,
}

/// An element of a collection, where a policy's `for` would bind it.
#[derive(serde::Serialize)]
struct Element {
    collection: &'static str,
    address: String,
    line: usize,
    column: usize,
}

/// A value not known statically, and the expression it stands for.
#[derive(serde::Serialize)]
struct Unknown {
    path: String,
    line: usize,
    column: usize,
    expression: String,
}

pub fn run(args: &InspectArgs, root: &Path) -> u8 {
    let policies = if args.policies.is_empty() {
        None
    } else {
        let source = crate::engine::PolicySource { paths: args.policies.clone(), builtin: false };
        match crate::engine::load_policies(&source, root) {
            Ok(p) => Some(p),
            Err(e) => {
                use std::io::IsTerminal as _;
                return super::fail(&e, super::use_color(super::Color::Auto, std::io::stderr().is_terminal()), "inspected");
            }
        }
    };
    let Some(loaded) = super::load_paths(&args.paths, root) else { return TROUBLE };
    // Each document is seen with the other documents of its unit, as `check`
    // sees it (which CODEOWNERS file of a repository is in effect; the
    // Kubernetes objects of a Terraform file).
    let mut views = Vec::new();
    for unit in crate::engine::units(&loaded) {
        let docs: Vec<&Document> = unit.iter().flat_map(|m| m.docs.iter()).collect();
        let mut elements = elements(&docs);
        // Files read only as context of a named file are not shown.
        for l in unit.iter().filter(|l| l.role != crate::discover::Role::Context) {
            views.push(file_view(l, &mut elements, policies.as_deref(), args.unknowns));
        }
    }
    views.sort_by(|a, b| a.path.cmp(&b.path));
    let mut out = String::new();
    for view in &views {
        if args.view.json() {
            let _ = writeln!(out, "{}", serde_json::to_string(view).unwrap_or_default());
        } else {
            text(view, &args.view, &mut out);
        }
    }
    if output::write_out(None, &out).is_err() {
        return TROUBLE;
    }
    if loaded.is_empty() { FOUND } else { OK }
}

/// The elements of every collection in a unit, by the document they are in
/// (its address), each document's in the order of the collections' table.
fn elements(docs: &[&Document]) -> HashMap<*const Document, Vec<Element>> {
    let mut out: HashMap<*const Document, Vec<Element>> = HashMap::new();
    for name in crate::policy::surface::COLLECTIONS.iter().map(|c| c.name).filter(|n| *n != "documents") {
        for r in crate::platform::collect(name, None, docs) {
            let at = r.doc.file.line_col(r.node.span.start as usize);
            let address = r.address.as_deref().unwrap_or("").to_string();
            out.entry(std::ptr::from_ref(r.doc)).or_default().push(Element { collection: name, address, line: at.line, column: at.column });
        }
    }
    out
}

fn file_view(
    l: &Loaded,
    elements: &mut HashMap<*const Document, Vec<Element>>,
    policies: Option<&[Arc<Policy>]>,
    unknowns: bool,
) -> FileView {
    let error = l.error.as_ref().map(|e| {
        let at = e.span.map(|s| l.file.line_col(s.start as usize));
        Problem { message: e.message.clone(), line: at.map(|a| a.line), column: at.map(|a| a.column) }
    });
    let documents = l
        .docs
        .iter()
        .map(|d| {
            let own = elements.remove(&std::ptr::from_ref(d)).unwrap_or_default();
            // The platforms whose collections hold something of the
            // document; a policy over `documents` ranges over every one.
            let platform = |c: &str| c.split('.').next().unwrap_or_default().to_string();
            let platforms: Vec<String> = own.iter().map(|e| platform(e.collection)).collect();
            let policies = policies.map(|ps| {
                let applies = |p: &&Arc<Policy>| p.meta.platforms.iter().any(|x| x == "any" || platforms.iter().any(|p| p == x));
                ps.iter().filter(applies).map(|p| p.meta.id.to_string()).collect()
            });
            let unknowns = unknowns.then(|| {
                let mut found = Vec::new();
                unknowns_in(&d.root, "", &mut found);
                found
                    .into_iter()
                    .map(|(path, node, text)| {
                        let at = d.file.line_col(node.span.start as usize);
                        Unknown { path, line: at.line, column: at.column, expression: text.to_string() }
                    })
                    .collect()
            });
            DocView { index: d.index, platform: crate::platform::classify(d).name(), elements: own, unknowns, policies }
        })
        .collect();
    FileView { path: l.file.path.clone(), syntax: l.syntax.map_or("unknown", crate::doc::Syntax::name), error, documents }
}

/// The text form: the file and its syntax, then each document's platform,
/// elements, unknowns and policies, indented.
fn text(view: &FileView, options: &ViewArgs, out: &mut String) {
    let _ = writeln!(out, "{} ({})", view.path, view.syntax);
    if let Some(e) = &view.error {
        let place = e.line.zip(e.column).map_or(String::new(), |(l, c)| format!(" at {l}:{c}"));
        let _ = writeln!(out, "  cannot be loaded{place}: {}", e.message);
    }
    let width = crate::policy::surface::COLLECTIONS.iter().map(|c| c.name.len()).max().unwrap_or(0);
    for d in &view.documents {
        let _ = writeln!(out, "  document {}: {}", d.index, d.platform);
        for e in &d.elements {
            let _ = writeln!(out, "    {:<width$} {:<48} {}:{}", e.collection, e.address, e.line, e.column);
        }
        for u in d.unknowns.iter().flatten() {
            // One line however the expression was written.
            let expression = options.shorten(u.expression.split_whitespace().collect::<Vec<_>>().join(" "));
            let _ = writeln!(out, "    unknown {} at {}:{}: {expression}", u.path, u.line, u.column);
        }
        if let Some(ids) = &d.policies {
            let ids = if ids.is_empty() { "none".to_string() } else { ids.join(", ") };
            let _ = writeln!(out, "    policies: {ids}");
        }
    }
}

fn unknowns_in<'n>(n: &'n Node, path: &str, out: &mut Vec<(String, &'n Node, &'n str)>) {
    match &n.value {
        V::Unknown(t) => out.push((path.to_string(), n, t)),
        V::List(items) => items.iter().enumerate().for_each(|(i, c)| unknowns_in(c, &format!("{path}[{i}]"), out)),
        V::Map(m) => m.iter().for_each(|(k, c)| unknowns_in(c, &if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out)),
        _ => {}
    }
}
