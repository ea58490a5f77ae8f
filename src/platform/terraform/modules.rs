//! Module calls: a `module` block whose `source` is a local folder
//! (`./modules/logs`), or a module `terraform init` downloaded (listed in
//! `.terraform/modules/modules.json`), is followed: the module's files are
//! evaluated again with the call's arguments as their variables, as copies of
//! the documents whose items are addressed under the call
//! (`module.logs.aws_s3_bucket.this`). The engine reads the folders; this
//! module only finds them among the documents it is given.

use super::INSTANCES;
use super::instances::key_value;
use super::resolve::{BUDGET, Given, Inputs, Outputs, resolve_with};
use crate::diag::Diag;
use crate::doc::weight;
use crate::doc::{Document, Map, Node, Value as V};
use crate::source::Span;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// Calls nest at most this deep (a module calling a module ...).
const MAX_DEPTH: usize = 8;
/// At most this many module instances are evaluated for one root module.
const MAX_CALLS: usize = 64;

/// The path of the file `terraform init` writes, below a root module's folder.
const MODULES_JSON: &str = ".terraform/modules/modules.json";

/// What calls may reach: the documents of the called folders as written
/// (before evaluation), and the modules `terraform init` downloaded, by the
/// folder of the root module and the call's key (`logs`, `logs.inner`).
#[derive(Default)]
pub struct Library {
    folders: BTreeMap<String, Vec<Document>>,
    downloaded: HashMap<String, HashMap<String, String>>,
}

/// Whether a module source is a local folder.
fn is_local(source: &str) -> bool {
    source.starts_with("./") || source.starts_with("../")
}

/// The local folders the module calls of `docs` (one folder's files) name,
/// as written (`./modules/logs`): what the engine reads.
pub fn local_sources<'d>(docs: impl IntoIterator<Item = &'d Document>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for doc in docs {
        for (_, body) in doc.root.get("module").and_then(Node::as_map).into_iter().flatten() {
            if let Some(source) = body.get("source").and_then(Node::as_str).filter(|s| is_local(s))
                && !out.iter().any(|o| o == source)
            {
                out.push(source.to_string());
            }
        }
    }
    out
}

/// The local folders a Terraform file's text calls modules from, found
/// without parsing it (`source = "../modules/logs"` on a line of its own):
/// enough to read a module with its callers, never to evaluate.
pub fn local_sources_in_text(text: &str) -> Vec<String> {
    let source = |line: &str| {
        let rest = line.trim_start().strip_prefix("source")?.trim_start().strip_prefix('=')?.trim_start().strip_prefix('"')?;
        let path = &rest[..rest.find('"')?];
        (path.starts_with("./") || path.starts_with("../")).then(|| path.to_string())
    };
    text.lines().filter_map(source).collect()
}

/// The folders of a `.terraform/modules/modules.json` document, relative to
/// the root module's folder, by the call's key.
pub fn downloaded(doc: &Document) -> Vec<(String, String)> {
    if !(doc.file.path == MODULES_JSON || doc.file.path.ends_with(&format!("/{MODULES_JSON}"))) {
        return Vec::new();
    }
    let entries = doc.root.get("Modules").and_then(Node::as_list).into_iter().flatten();
    let field = |m: &Node, k: &str| m.get(k).and_then(Node::as_str).map(str::to_string);
    entries.filter_map(|m| Some((field(m, "Key")?, field(m, "Dir")?))).filter(|(k, _)| !k.is_empty()).collect()
}

/// `folder` joined with a relative path, `.` and `..` taken away where they
/// can be: how the engine shows the files of the folder it reads.
pub fn join(folder: &str, relative: &str) -> String {
    let mut parts: Vec<&str> = if folder == "." { Vec::new() } else { folder.split('/').collect() };
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    if parts.is_empty() { ".".to_string() } else { parts.join("/") }
}

impl Library {
    /// The library of the Terraform documents of `folders` (by folder, as
    /// written) and of the `modules.json` documents among `others`.
    pub fn new<'d>(folders: impl Iterator<Item = (&'d str, &'d Document)>, others: impl Iterator<Item = &'d Document>) -> Library {
        let mut lib = Library::default();
        for doc in others {
            let entries = downloaded(doc);
            if entries.is_empty() {
                continue;
            }
            let root = doc.file.path.strip_suffix(MODULES_JSON).map_or(".", |r| r.trim_end_matches('/'));
            let root = if root.is_empty() { "." } else { root };
            let dirs = entries.into_iter().map(|(key, dir)| (key, join(root, &dir))).collect();
            lib.downloaded.insert(root.to_string(), dirs);
        }
        let folders: Vec<(&str, &Document)> = folders.collect();
        let mut called: Vec<String> = lib.downloaded.values().flat_map(|d| d.values().cloned()).collect();
        for (folder, doc) in &folders {
            called.extend(local_sources([*doc]).iter().map(|s| join(folder, s)));
        }
        for (folder, doc) in folders.into_iter().filter(|(f, _)| called.iter().any(|c| c == f)) {
            lib.folders.entry(folder.to_string()).or_default().push(copy(doc, None));
        }
        lib
    }
}

fn copy(doc: &Document, scope: Option<String>) -> Document {
    copy_with(doc, scope, doc.root.clone())
}

/// A document of the same file with another root.
fn copy_with(doc: &Document, scope: Option<String>, root: Node) -> Document {
    Document {
        file: Arc::clone(&doc.file),
        syntax: doc.syntax,
        index: doc.index,
        root,
        scope,
        derived: Default::default(),
        left_out: Vec::new(),
    }
}

/// Where a call stands: the root module's folder, the call's key in
/// `modules.json` and its address so far, the folders it went through.
#[derive(Clone)]
struct Chain<'c> {
    root: &'c str,
    key: String,
    scope: String,
    folders: Vec<String>,
    /// The calls to evaluate, by name; all when `None`.
    only: Option<&'c [String]>,
}

/// Evaluate the module in `folder` whose documents are `docs` (in place),
/// with the modules it calls: the copies of their documents, evaluated with
/// the calls' arguments, each with the position in `docs` of the document
/// that calls it. The evaluation and the copies are paid from one budget
/// (see `BUDGET`).
pub(super) fn resolve_root(folder: &str, docs: &mut [&mut Document], lib: &Library, notices: &mut Vec<Diag>) -> Vec<(usize, Document)> {
    let chain = Chain { root: folder, key: String::new(), scope: String::new(), folders: vec![folder.to_string()], only: None };
    let mut spent = 0;
    let mut budget = Budget { calls: MAX_CALLS, spent: &mut spent };
    let mut out = Vec::new();
    evaluate(folder, docs, Given::default(), lib, &chain, &mut budget, notices, &mut |pos, doc| out.push((pos, doc)));
    out
}

/// Evaluate one module's documents `docs` (a root module's, or the copies
/// for one call), `given` its call's arguments, and the modules it calls
/// (given to `out`). When it calls modules, a trial copy of its documents is
/// evaluated first, to evaluate the calls with their arguments; then its own
/// documents, with the called modules' outputs known (`module.NAME.OUTPUT`).
#[allow(clippy::too_many_arguments, reason = "the state of one walk down the calls")]
fn evaluate(
    folder: &str,
    docs: &mut [&mut Document],
    mut given: Given,
    lib: &Library,
    chain: &Chain<'_>,
    budget: &mut Budget<'_>,
    notices: &mut Vec<Diag>,
    out: &mut dyn FnMut(usize, Document),
) {
    super::overrides::merge(docs);
    if !docs.iter().any(|d| d.root.get("module").is_some()) {
        resolve_with(docs, &given, notices, budget.spent);
        return;
    }
    let start = *budget.spent;
    let mut trial: Vec<Document> = docs.iter().map(|d| calls_only(d)).collect();
    let mut refs: Vec<&mut Document> = trial.iter_mut().collect();
    // Its notices are those of the evaluation below.
    resolve_with(&mut refs, &given, &mut Vec::new(), budget.spent);
    let trial_cost = budget.spent.saturating_sub(start);
    let mut called = Vec::new();
    calls(folder, &refs, lib, chain, budget, notices, &mut |pos, doc| called.push((pos, doc)));
    given.outputs = outputs(called.iter().map(|(_, d)| d), &chain.scope, &refs);
    // The trial is dropped: the evaluation that replaces it has its allowance.
    *budget.spent = budget.spent.saturating_sub(trial_cost);
    resolve_with(docs, &given, notices, budget.spent);
    // A call that reads outputs, or the module's resources (`for_each =
    // aws_s3_bucket.all`), is not the same once they are known: it is
    // evaluated again, as the module's own documents call it.
    let changed: Vec<String> =
        module_blocks(docs).filter(|(name, body)| module_block(&refs, name) != Some(*body)).map(|(n, _)| n.clone()).collect();
    if !changed.is_empty() {
        called.retain(|(_, d)| !changed.iter().any(|name| call_of(d, &chain.scope) == Some(name.as_str())));
        let again = Chain { only: Some(&changed), ..chain.clone() };
        calls(folder, docs, lib, &again, budget, notices, &mut |pos, doc| called.push((pos, doc)));
    }
    called.into_iter().for_each(|(pos, doc)| out(pos, doc));
}

/// The module blocks of a module's documents, by call name.
fn module_blocks<'d>(docs: &'d [&mut Document]) -> impl Iterator<Item = (&'d String, &'d Node)> {
    docs.iter().flat_map(|d| d.root.get("module").and_then(Node::as_map).into_iter().flatten())
}

fn module_block<'d>(docs: &'d [&mut Document], name: &str) -> Option<&'d Node> {
    module_blocks(docs).find(|(n, _)| *n == name).map(|(_, b)| b)
}

/// The call of the module in `scope` that made the copy `doc`, and its
/// instance's suffix: `module.logs["a"].x` in scope `""` is `("logs", "[\"a\"]")`.
fn call_and_suffix<'d>(doc: &'d Document, scope: &str) -> Option<(&'d str, &'d str)> {
    let rest = doc.scope.as_deref()?.strip_prefix(scope)?.strip_prefix("module.")?;
    let (name, rest) = rest.split_at(rest.find(['[', '.']).unwrap_or(rest.len()));
    Some((name, rest))
}

/// The call of the module in `scope` that made the copy `doc` (directly or
/// through the calls of its module).
fn call_of<'d>(doc: &'d Document, scope: &str) -> Option<&'d str> {
    call_and_suffix(doc, scope).map(|(name, _)| name)
}

/// A copy of a module's document with what its module calls can read: its
/// variables, locals, data sources (policy documents) and the calls
/// themselves, not its resources and outputs, whose unknown values would
/// stay unknown in the calls' arguments anyway.
fn calls_only(doc: &Document) -> Document {
    const READ: &[&str] = &["variable", "locals", "data", "module"];
    let root = match &doc.root.value {
        V::Map(m) if !super::is_tfvars(doc) => {
            let kept = m.iter().filter(|(k, _)| READ.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone()));
            Node { span: doc.root.span, key_span: doc.root.key_span, value: V::Map(kept.collect()) }
        }
        _ => doc.root.clone(),
    };
    copy_with(doc, doc.scope.clone(), root)
}

/// What `module.NAME` is in the module whose calls made the documents
/// `called` (their scopes start with that module's, `scope`), by call name:
/// the object of the call's outputs (each `output` block's `value`), or, for
/// a call with `count` or `for_each`, the list or map of its instances'
/// objects. An unknown part of an output is an expression of the called
/// module: in the caller it is `module.NAME.OUTPUT` (`without_caller_text`).
/// A call with `count` or `for_each` whose instances are not known (in the
/// caller's documents `docs`) is evaluated once, as written: what it is in
/// the caller, a list or map of instances, is not known.
fn outputs<'d>(called: impl Iterator<Item = &'d Document>, scope: &str, docs: &[&mut Document]) -> Outputs {
    let mut by_call: BTreeMap<String, BTreeMap<String, Map<Node>>> = BTreeMap::new();
    for doc in called {
        let Some((name, suffix)) = call_and_suffix(doc, scope) else { continue };
        if !(suffix.is_empty() || key_value(suffix).is_some()) {
            continue;
        }
        let values = by_call.entry(name.to_string()).or_default().entry(suffix.to_string()).or_default();
        for (output, body) in doc.root.get("output").and_then(Node::as_map).into_iter().flatten() {
            if let Some(value) = body.get("value") {
                values.insert(output.clone(), without_caller_text(value.clone(), &format!("module.{name}{suffix}.{output}")));
            }
        }
    }
    let object = |m: Map<Node>| Node::new(Span::default(), V::Map(m));
    let mut out = Outputs::new();
    // A call whose instances are not known, or some of whose instances were
    // not evaluated (over a bound), is not known as a whole.
    let complete = |name: &str, n: usize| {
        module_block(docs, name).is_some_and(|b| match b.get(INSTANCES).and_then(Node::as_map) {
            Some(instances) => instances.len() == n,
            None => b.get("count").is_none() && b.get("for_each").is_none() && n == 1,
        })
    };
    for (name, mut instances) in by_call.into_iter().filter(|(name, i)| complete(name, i.len())) {
        let value = match instances.remove("") {
            Some(single) if instances.is_empty() => object(single),
            _ => {
                let keyed: Vec<(V, Map<Node>)> = instances.into_iter().filter_map(|(k, m)| Some((key_value(&k)?, m))).collect();
                if keyed.iter().all(|(k, _)| matches!(k, V::Int(_))) {
                    let mut list: Vec<(i64, Map<Node>)> =
                        keyed.into_iter().map(|(k, m)| (if let V::Int(i) = k { i } else { 0 }, m)).collect();
                    list.sort_by_key(|(i, _)| *i);
                    Node::new(Span::default(), V::List(list.into_iter().map(|(_, m)| object(m)).collect()))
                } else {
                    let map = keyed.into_iter().filter_map(|(k, m)| if let V::Str(k) = k { Some((k, object(m))) } else { None });
                    object(map.collect())
                }
            }
        };
        out.insert(name, value);
    }
    out
}

/// What the module instances of one root module may still take: calls, and
/// units of static evaluation (`BUDGET`).
struct Budget<'s> {
    calls: usize,
    spent: &'s mut usize,
}

fn calls(
    folder: &str,
    docs: &[&mut Document],
    lib: &Library,
    chain: &Chain<'_>,
    budget: &mut Budget<'_>,
    notices: &mut Vec<Diag>,
    out: &mut dyn FnMut(usize, Document),
) {
    // The calls whose module is not read (with their names), said once for
    // the folder.
    let mut unread: Vec<(&Document, &Node, &str, String)> = Vec::new();
    for (pos, doc) in docs.iter().enumerate() {
        for (name, body) in doc.root.get("module").and_then(Node::as_map).into_iter().flatten() {
            if chain.only.is_some_and(|only| !only.contains(name)) {
                continue;
            }
            let Some(source) = body.get("source").and_then(Node::as_str) else { continue };
            let key = if chain.key.is_empty() { name.clone() } else { format!("{}.{name}", chain.key) };
            let target = if is_local(source) {
                Some(join(folder, source))
            } else {
                lib.downloaded.get(chain.root).and_then(|d| d.get(&key)).cloned()
            };
            let Some((target, pristine)) = target.as_ref().and_then(|t| lib.folders.get(t).map(|p| (t.clone(), p))) else {
                // In the evaluation of the root module's own calls only.
                if chain.key.is_empty() && chain.only.is_none() {
                    unread.push((doc, body, name, not_read(name, source, target.as_deref())));
                }
                continue;
            };
            if chain.folders.contains(&target) || chain.folders.len() > MAX_DEPTH {
                let why = if chain.folders.contains(&target) { "calls itself" } else { "is nested too deep" };
                let message = format!("module call `{}module.{name}` {why}: its module is not evaluated for it", chain.scope);
                notices.push(warning(doc, body, message));
                continue;
            }
            let instances: Vec<(String, &Node)> = match body.get(INSTANCES).and_then(Node::as_map) {
                Some(m) => m.iter().map(|(k, b)| (k.clone(), b)).collect(),
                None if super::has_no_instances(body) => Vec::new(),
                None => vec![(String::new(), body)],
            };
            let size = pristine.iter().filter(|d| !super::is_tfvars(d)).map(|d| weight(&d.root.value)).fold(0, usize::saturating_add);
            for (suffix, call) in instances {
                let over = if budget.calls == 0 {
                    Some(format!("more than {MAX_CALLS} module calls to evaluate"))
                } else if budget.spent.saturating_add(size) > BUDGET {
                    Some(format!("static evaluation of this root module's module calls would take more than {BUDGET} values"))
                } else {
                    None
                };
                if let Some(why) = over {
                    notices.push(warning(doc, body, format!("{why}: `{}module.{name}{suffix}` is not evaluated", chain.scope)));
                    return;
                }
                budget.calls -= 1;
                *budget.spent += size;
                let scope = format!("{}module.{name}{suffix}", chain.scope);
                let mut copies: Vec<Document> =
                    pristine.iter().filter(|d| !super::is_tfvars(d)).map(|d| copy(d, Some(scope.clone()))).collect();
                let mut refs: Vec<&mut Document> = copies.iter_mut().collect();
                let mut folders = chain.folders.clone();
                folders.push(target.clone());
                let inner = Chain { root: chain.root, key: key.clone(), scope: format!("{scope}."), folders, only: None };
                let given = Given { inputs: Some(arguments(call)), ..Given::default() };
                evaluate(&target, &mut refs, given, lib, &inner, budget, notices, &mut |_, d| out(pos, d));
                copies.into_iter().for_each(|d| out(pos, d));
            }
        }
    }
    if let Some((doc, body, _, first)) = unread.first() {
        let others: Vec<String> = unread.iter().skip(1).map(|(_, _, name, _)| format!("`{name}`")).collect();
        let message = match others.len() {
            0 => first.clone(),
            1 => format!("{first}; nor are those of the call {}, whose module is not read either", others[0]),
            _ => format!("{first}; nor are those of the calls {}, whose modules are not read either", others.join(", ")),
        };
        notices.push(warning(doc, body, message));
    }
}

/// A module call's arguments as its module's variables: a value known in
/// the caller, or not known (an expression of the caller's, which means
/// nothing inside the module).
fn arguments(call: &Node) -> Inputs {
    const META: &[&str] = &["source", "version", "count", "for_each", "providers", "depends_on", INSTANCES];
    let mut inputs = Inputs::new();
    for (name, value) in call.as_map().into_iter().flatten().filter(|(k, _)| !META.contains(&k.as_str())) {
        // A value not known in the caller is not known in the module either,
        // except for the known ends of a template (`"serviceAccount:${...}"`).
        let known = match &value.value {
            V::Unknown(text) => super::template_affixes(text).is_some(),
            _ => true,
        };
        inputs.insert(name.clone(), known.then(|| without_caller_text(value.clone(), &format!("var.{name}"))));
    }
    inputs
}

/// A value whose unknown parts are expressions of the caller: inside the
/// module each stands for the part of the variable it is
/// (`var.groups.a.ami_id`), not for what the caller's text names, and not
/// for the whole variable (whose text, evaluated in the module, would be the
/// known rest of the value); a template keeps its known ends around it
/// (`"serviceAccount:${var.members[0]}"`).
fn without_caller_text(mut node: Node, path: &str) -> Node {
    match &mut node.value {
        V::Unknown(text) => *text = in_module(text, path),
        V::List(items) => {
            let items = items.iter_mut().enumerate();
            items.for_each(|(i, n)| *n = without_caller_text(std::mem::replace(n, Node::new(n.span, V::Null)), &format!("{path}[{i}]")));
        }
        V::Map(m) => {
            for (key, n) in m.iter_mut() {
                *n = without_caller_text(std::mem::replace(n, Node::new(n.span, V::Null)), &crate::doc::key_path(path, key));
            }
        }
        _ => {}
    }
    node
}

/// The text of an unknown value of the caller, `text`, given to the module
/// as `path`: the template of its known ends around `path`, or `path`.
fn in_module(text: &str, path: &str) -> String {
    use hcl_edit::Decorate;
    use hcl_edit::template::{Element, Interpolation, StringTemplate};
    let (Some((prefix, suffix)), Ok(mut var)) = (super::template_affixes(text), path.parse::<hcl_edit::expr::Expression>()) else {
        return path.to_string();
    };
    var.decor_mut().set_prefix("");
    var.decor_mut().set_suffix("");
    let ends = |s: String| (!s.is_empty()).then(|| Element::Literal(hcl_edit::Spanned::new(s)));
    let elements: Vec<Element> =
        ends(prefix).into_iter().chain([Element::Interpolation(Interpolation::new(var))]).chain(ends(suffix)).collect();
    hcl_edit::expr::Expression::StringTemplate(StringTemplate::from(elements)).to_string()
}

/// Why the module of call `name` is not evaluated: its source is not
/// downloaded (a registry or Git module before `terraform init`), or its
/// folder (`target`) was not read.
fn not_read(name: &str, source: &str, target: Option<&str>) -> String {
    match target {
        None => format!(
            "module `{name}` comes from `{source}`, which is not downloaded here (`terraform init` puts it in `.terraform/modules`): its resources are not checked"
        ),
        Some(folder) => format!(
            "module `{name}` comes from `{folder}`, which is not read (not there, or outside the folders checked): its resources are not checked"
        ),
    }
}

fn warning(doc: &Document, body: &Node, message: String) -> Diag {
    let mut d = Diag::error(&doc.file, body.anchor(&doc.file), message, "here");
    d.severity = miette::Severity::Warning;
    d
}

#[cfg(test)]
mod tests {
    #[test]
    fn local_sources_are_read_from_lines_of_their_own() {
        let text = "module \"a\" {\n  source = \"../modules/a\"\n}\nmodule \"b\" {\n\tsource=\"./b\" # local\n}\n\
                    module \"c\" {\n  source = \"git::https://example.com/c.git\"\n}\n\
                    resource \"x\" \"y\" {\n  source_arn = \"../not-a-module\"\n  name = \"source = \\\"./quoted\\\"\"\n}\n";
        assert_eq!(super::local_sources_in_text(text), ["../modules/a", "./b"]);
    }

    /// An unknown inside an argument stands for its own place in the
    /// variable: were it `var.groups`, evaluating it in the module would give
    /// the whole (known) map where an AMI id is meant.
    #[test]
    fn unknown_parts_of_an_argument_name_their_place_in_the_variable() {
        use crate::doc::{Node, Value as V};
        let text =
            "module \"a\" {\n  source = \"./a\"\n  groups = { one = { ami = data.aws_ami.x.id, size = 2 }, \"two words\" = [var.x] }\n}\n";
        let docs = super::super::tests::module(text);
        let call = docs[0].root.get("module").and_then(|m| m.get("a")).expect("the call");
        let inputs = super::arguments(call);
        let groups = inputs["groups"].as_ref().expect("a known map");
        let unknown = |n: Option<&Node>| match n.map(|n| &n.value) {
            Some(V::Unknown(t)) => t.clone(),
            other => panic!("not unknown: {other:?}"),
        };
        assert_eq!(unknown(groups.get("one").and_then(|o| o.get("ami"))), "var.groups.one.ami");
        assert!(matches!(groups.get("one").and_then(|o| o.get("size")).map(|n| &n.value), Some(V::Int(2))));
        let list = groups.get("two words").and_then(Node::as_list).expect("a list");
        assert_eq!(unknown(list.first()), "var.groups[\"two words\"][0]");
    }

    /// A template keeps its known ends in the module, around the variable;
    /// its literal text is written as HCL writes it.
    #[test]
    fn templates_keep_their_known_ends_in_the_module() {
        assert_eq!(super::in_module("\"serviceAccount:${google_service_account.ci.email}\"", "var.m"), "\"serviceAccount:${var.m}\"");
        assert_eq!(super::in_module("\"a\\\"$${b}-${x.y}\"", "var.m[0]"), "\"a\\\"$${b}-${var.m[0]}\"");
        assert_eq!(super::in_module("\"${x.y}\"", "var.m"), "var.m");
        assert_eq!(super::in_module("aws_s3_bucket.b.id", "var.m"), "var.m");
    }
}
