//! Terraform: the module view (a module is a folder), static evaluation of what
//! can be known (variable defaults and `*.tfvars`, locals, templates of known
//! parts, `jsonencode`, `aws_iam_policy_document` data sources), and references
//! between resources.
//!
//! Everything else stays unknown, with its expression text, and is never
//! turned into a pass or a fail.

use super::item;
use crate::doc::{Document, Node, Syntax, Value as V};
use crate::eval::Value;
use crate::source::Span;
use hcl_edit::expr::{Expression, ObjectKey, TraversalOperator};
use hcl_edit::template::Element;
use indexmap::IndexMap;
use std::collections::HashMap;

pub(super) fn is_terraform(doc: &Document) -> bool {
    doc.syntax == Syntax::Hcl || doc.file.path.ends_with(".tf.json") || is_plan(doc)
}

/// `terraform show -json` output: a plan (or state) with `planned_values`.
fn is_plan(doc: &Document) -> bool {
    doc.syntax == Syntax::Json
        && doc.root.get("format_version").is_some()
        && (doc.root.get("planned_values").is_some() || doc.root.get("values").is_some())
}

/// Resources of a plan's `planned_values` (or a state's `values`), child modules
/// included: the element is the resource's `values`, the address the plan's.
fn plan_resources<'a>(doc: &'a Document, mode: &str, wanted: Option<&str>, out: &mut Vec<Value<'a>>) {
    fn module<'a>(m: &'a Node, doc: &'a Document, mode: &str, wanted: Option<&str>, out: &mut Vec<Value<'a>>, depth: usize) {
        if depth > 32 {
            return;
        }
        for r in m.get("resources").and_then(Node::as_list).into_iter().flatten() {
            let ty = r.get("type").and_then(Node::as_str).unwrap_or("");
            if r.get("mode").and_then(Node::as_str) != Some(mode) || wanted.is_some_and(|w| !super::glob_match(w, ty)) {
                continue;
            }
            let address = r.get("address").and_then(Node::as_str).unwrap_or(ty).to_string();
            if let Some(values) = r.get("values") {
                out.push(item(values, doc, address));
            }
        }
        for child in m.get("child_modules").and_then(Node::as_list).into_iter().flatten() {
            module(child, doc, mode, wanted, out, depth + 1);
        }
    }
    let root = doc.root.get("planned_values").or_else(|| doc.root.get("values")).and_then(|v| v.get("root_module"));
    if let Some(root) = root {
        module(root, doc, mode, wanted, out, 0);
    }
}

fn is_tfvars(doc: &Document) -> bool {
    let p = &doc.file.path;
    p.ends_with("terraform.tfvars") || p.ends_with(".auto.tfvars")
}

/// The folder of a Terraform file: the files of one folder form one module.
pub fn module_of(doc: &Document) -> Option<String> {
    // A plan is a unit of its own: it already holds the whole configuration.
    if !is_terraform(doc) || is_plan(doc) {
        return None;
    }
    Some(super::folder_of(&doc.file.path).to_string())
}

/// `terraform.resources(T)`, `terraform.data(T)`, `terraform.modules`, …
pub(super) fn collect<'a>(what: &str, args: &[Value<'a>], doc: &'a Document, out: &mut Vec<Value<'a>>) {
    if !is_terraform(doc) || is_tfvars(doc) {
        return;
    }
    let wanted = args.first().and_then(|a| match a.view() {
        crate::eval::View::Str(s) => Some(s.to_string()),
        _ => None,
    });
    let typed = |kind: &str, prefix: &str, out: &mut Vec<Value<'a>>| {
        for (ty, named) in doc.root.get(kind).and_then(Node::as_map).into_iter().flatten() {
            if wanted.as_deref().is_some_and(|w| !super::glob_match(w, ty)) {
                continue;
            }
            for (name, body) in named.as_map().into_iter().flatten() {
                out.push(item(body, doc, format!("{prefix}{ty}.{name}")));
            }
        }
    };
    let named = |kind: &str, prefix: &str, out: &mut Vec<Value<'a>>| {
        for (name, body) in doc.root.get(kind).and_then(Node::as_map).into_iter().flatten() {
            match &body.value {
                V::List(items) => items.iter().for_each(|b| out.push(item(b, doc, format!("{prefix}{name}")))),
                _ => out.push(item(body, doc, format!("{prefix}{name}"))),
            }
        }
    };
    if is_plan(doc) {
        match what {
            "resources" => plan_resources(doc, "managed", wanted.as_deref(), out),
            "data" => plan_resources(doc, "data", wanted.as_deref(), out),
            _ => {}
        }
        return;
    }
    match what {
        "resources" => typed("resource", "", out),
        "data" => typed("data", "data.", out),
        "modules" => named("module", "module.", out),
        "variables" => named("variable", "var.", out),
        "outputs" => named("output", "output.", out),
        "providers" => named("provider", "provider.", out),
        _ => {}
    }
}

/// Does this unknown expression text refer to `address` (`aws_s3_bucket.logs`)?
pub(super) fn refers_to(text: &str, address: &str) -> bool {
    let mut from = 0;
    while let Some(i) = text[from..].find(address) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + address.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
        if boundary(before) && (boundary(after) || after == Some('.')) && before != Some('.') {
            return true;
        }
        from = at + address.len();
    }
    false
}

// ---- static evaluation of a module ----

/// Resolve what can be known in the documents of one module, in place.
pub fn resolve(docs: &mut [&mut Document]) {
    let mut vars: HashMap<String, Node> = HashMap::new();
    let mut locals: HashMap<String, Node> = HashMap::new();
    let mut policy_docs: HashMap<String, Node> = HashMap::new();
    for doc in docs.iter().filter(|d| !is_tfvars(d)) {
        for (name, v) in doc.root.get("variable").and_then(Node::as_map).into_iter().flatten() {
            if let Some(default) = v.get("default") {
                vars.insert(name.clone(), default.clone());
            }
        }
        for (name, v) in doc.root.get("locals").and_then(Node::as_map).into_iter().flatten() {
            locals.insert(name.clone(), v.clone());
        }
    }
    // `terraform.tfvars` and `*.auto.tfvars` override defaults, in name order.
    let mut tfvars: Vec<&&mut Document> = docs.iter().filter(|d| is_tfvars(d)).collect();
    tfvars.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    for doc in tfvars {
        for (name, v) in doc.root.as_map().into_iter().flatten() {
            vars.insert(name.clone(), v.clone());
        }
    }
    let mut env = Env { vars, locals, resolving: Vec::new(), policy_docs: HashMap::new() };
    // Policy documents from `aws_iam_policy_document` data sources, after their
    // own variables and locals are known.
    for doc in docs.iter_mut().filter(|d| !is_tfvars(d)) {
        resolve_node(&mut doc.root, &mut env, 0);
    }
    for doc in docs.iter().filter(|d| !is_tfvars(d)) {
        let data = doc.root.get("data").and_then(|d| d.get("aws_iam_policy_document")).and_then(Node::as_map);
        for (name, body) in data.into_iter().flatten() {
            policy_docs.insert(format!("data.aws_iam_policy_document.{name}.json"), policy_document(body));
        }
    }
    if !policy_docs.is_empty() {
        env.policy_docs = policy_docs;
        for doc in docs.iter_mut().filter(|d| !is_tfvars(d)) {
            resolve_node(&mut doc.root, &mut env, 0);
        }
    }
}

struct Env {
    vars: HashMap<String, Node>,
    locals: HashMap<String, Node>,
    /// Locals being evaluated, to stop cycles.
    resolving: Vec<String>,
    policy_docs: HashMap<String, Node>,
}

const MAX_DEPTH: usize = 64;

fn resolve_node(node: &mut Node, env: &mut Env, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match &mut node.value {
        V::Unknown(text) => {
            if let Some(mut v) = evaluate_text(text, env, depth) {
                respan(&mut v, node.span);
                node.value = v.value;
            }
        }
        V::List(items) => items.iter_mut().for_each(|n| resolve_node(n, env, depth + 1)),
        V::Map(m) => {
            for (key, n) in m.iter_mut() {
                let was_unknown = matches!(n.value, V::Unknown(_));
                resolve_node(n, env, depth + 1);
                // A policy document that became known is a document, not a string.
                if was_unknown
                    && crate::load::is_policy_attribute(key)
                    && let V::Str(s) = &n.value
                    && let Some(doc) = crate::load::json_object(s, n.span)
                {
                    n.value = doc.value;
                }
            }
        }
        _ => {}
    }
}

/// A value brought in from elsewhere (a variable's default, a local) points at
/// the expression that uses it.
fn respan(node: &mut Node, span: Span) {
    node.span = span;
    node.key_span = None;
    match &mut node.value {
        V::List(items) => items.iter_mut().for_each(|n| respan(n, span)),
        V::Map(m) => m.values_mut().for_each(|n| {
            respan(n, span);
        }),
        _ => {}
    }
}

fn evaluate_text(text: &str, env: &mut Env, depth: usize) -> Option<Node> {
    if let Some(doc) = env.policy_docs.get(text.trim()) {
        return Some(doc.clone());
    }
    let expr = hcl_edit::parser::parse_expr(text).ok()?;
    let v = evaluate(&expr, env, depth)?;
    Some(Node::new(Span::default(), v))
}

fn evaluate(e: &Expression, env: &mut Env, depth: usize) -> Option<V> {
    if depth > MAX_DEPTH {
        return None;
    }
    Some(match e {
        Expression::Null(_) => V::Null,
        Expression::Bool(b) => V::Bool(*b.value()),
        Expression::Number(n) => {
            let n = n.value();
            if n.is_i64() || n.is_u64() { V::Int(n.as_i64()?) } else { V::Float(n.as_f64()?) }
        }
        Expression::String(s) => V::Str(s.value().to_string()),
        Expression::Parenthesis(p) => evaluate(p.inner(), env, depth + 1)?,
        Expression::Array(a) => {
            V::List(a.iter().map(|x| evaluate(x, env, depth + 1).map(|v| Node::new(Span::default(), v))).collect::<Option<_>>()?)
        }
        Expression::Object(o) => {
            let mut m = IndexMap::new();
            for (k, v) in o.iter() {
                let key = match k {
                    ObjectKey::Ident(i) => i.value().as_str().to_string(),
                    ObjectKey::Expression(x) => match evaluate(x, env, depth + 1)? {
                        V::Str(s) => s,
                        _ => return None,
                    },
                };
                m.insert(key, Node::new(Span::default(), evaluate(v.expr(), env, depth + 1)?));
            }
            V::Map(m)
        }
        Expression::StringTemplate(t) => V::Str(template(t, env, depth)?),
        Expression::HeredocTemplate(h) => {
            let text = template(&h.template, env, depth)?;
            V::Str(match h.indent() {
                Some(n) => {
                    text.lines().map(|l| l.get(n.min(l.len() - l.trim_start().len())..).unwrap_or(l)).collect::<Vec<_>>().join("\n") + "\n"
                }
                None => text,
            })
        }
        Expression::Traversal(t) => {
            let Expression::Variable(root) = &t.expr else { return None };
            let mut ops = t.operators.iter().map(|o| o.value());
            let first = match ops.next()? {
                TraversalOperator::GetAttr(name) => name.value().as_str().to_string(),
                _ => return None,
            };
            let mut node = match root.value().as_str() {
                "var" => env.vars.get(&first)?.clone(),
                "local" => local(&first, env, depth)?,
                _ => return None,
            };
            for op in ops {
                // An unknown local stands for its expression, so that references
                // through it (`vpc_id = local.vpc_id`) can still be followed.
                if let V::Unknown(t) = &node.value {
                    return Some(V::Unknown(t.clone()));
                }
                node = match op {
                    TraversalOperator::GetAttr(name) => node.get(name.value().as_str())?.clone(),
                    TraversalOperator::Index(Expression::Number(n)) => {
                        node.as_list()?.get(usize::try_from(n.value().as_u64()?).ok()?)?.clone()
                    }
                    TraversalOperator::Index(Expression::String(s)) => node.get(s.value())?.clone(),
                    _ => return None,
                };
            }
            node.value
        }
        Expression::FuncCall(f) if f.name.namespace.is_empty() && f.name.name.value().as_str() == "jsonencode" => {
            evaluate(f.args.iter().next()?, env, depth + 1)?
        }
        Expression::Conditional(c) => match evaluate(&c.cond_expr, env, depth + 1)? {
            V::Bool(true) => evaluate(&c.true_expr, env, depth + 1)?,
            V::Bool(false) => evaluate(&c.false_expr, env, depth + 1)?,
            _ => return None,
        },
        _ => return None,
    })
}

/// A template whose interpolations are all known, as text.
fn template(t: &hcl_edit::template::Template, env: &mut Env, depth: usize) -> Option<String> {
    let mut out = String::new();
    for el in t.iter() {
        match el {
            Element::Literal(s) => out.push_str(s.value()),
            Element::Interpolation(i) => out.push_str(&scalar_text(&evaluate(&i.expr, env, depth + 1)?)?),
            Element::Directive(_) => return None,
        }
    }
    Some(out)
}

fn local(name: &str, env: &mut Env, depth: usize) -> Option<Node> {
    if env.resolving.iter().any(|n| n == name) {
        return None;
    }
    let mut node = env.locals.get(name)?.clone();
    env.resolving.push(name.to_string());
    resolve_node(&mut node, env, depth + 1);
    env.resolving.pop();
    env.locals.insert(name.to_string(), node.clone());
    Some(node)
}

fn scalar_text(v: &V) -> Option<String> {
    Some(match v {
        V::Str(s) => s.clone(),
        V::Int(i) => i.to_string(),
        V::Float(f) => f.to_string(),
        V::Bool(b) => b.to_string(),
        _ => return None,
    })
}

/// The JSON policy an `aws_iam_policy_document` data source renders, with the
/// spans of its blocks: `{Version, Statement: [{Sid, Effect, Action, NotAction,
/// Resource, NotResource, Principal, NotPrincipal, Condition}]}`.
fn policy_document(body: &Node) -> Node {
    let span = body.span;
    let mut statements = Vec::new();
    for st in body.get("statement").and_then(Node::as_list).into_iter().flatten() {
        let mut m = IndexMap::new();
        let mut put = |k: &str, v: Option<&Node>| {
            if let Some(v) = v {
                m.insert(k.to_string(), v.clone());
            }
        };
        put("Sid", st.get("sid"));
        let effect = st.get("effect").cloned().unwrap_or_else(|| Node::new(st.span, V::Str("Allow".into())));
        m.insert("Effect".into(), effect);
        let mut put = |k: &str, v: Option<&Node>| {
            if let Some(v) = v {
                m.insert(k.to_string(), v.clone());
            }
        };
        put("Action", st.get("actions"));
        put("NotAction", st.get("not_actions"));
        put("Resource", st.get("resources"));
        put("NotResource", st.get("not_resources"));
        for (block, key) in [("principals", "Principal"), ("not_principals", "NotPrincipal")] {
            let Some(list) = st.get(block).and_then(Node::as_list) else { continue };
            let mut p: IndexMap<String, Node> = IndexMap::new();
            for pr in list {
                let ty = pr.get("type").and_then(Node::as_str).unwrap_or("AWS").to_string();
                if let Some(ids) = pr.get("identifiers") {
                    p.insert(ty, ids.clone());
                }
            }
            m.insert(key.into(), Node::new(list.first().map_or(st.span, |n| n.span), V::Map(p)));
        }
        if let Some(list) = st.get("condition").and_then(Node::as_list) {
            let mut c: IndexMap<String, Node> = IndexMap::new();
            for cond in list {
                let test = cond.get("test").and_then(Node::as_str).unwrap_or("").to_string();
                let variable = cond.get("variable").and_then(Node::as_str).unwrap_or("").to_string();
                let values = cond.get("values").cloned().unwrap_or_else(|| Node::new(cond.span, V::List(Vec::new())));
                let entry = c.entry(test).or_insert_with(|| Node::new(cond.span, V::Map(IndexMap::new())));
                if let V::Map(vm) = &mut entry.value {
                    vm.insert(variable, values);
                }
            }
            m.insert("Condition".into(), Node::new(list.first().map_or(st.span, |n| n.span), V::Map(c)));
        }
        statements.push(Node::new(st.span, V::Map(m)));
    }
    let mut root = IndexMap::new();
    root.insert("Version".into(), Node::new(span, V::Str("2012-10-17".into())));
    root.insert("Statement".into(), Node::new(span, V::List(statements)));
    Node::new(span, V::Map(root))
}
