//! Static evaluation of a Terraform module: variable defaults and `*.tfvars`,
//! locals, operators, conditionals, pure functions (`functions`), templates of known
//! parts, `jsonencode`, `aws_iam_policy_document` data sources, `dynamic`
//! blocks over known collections, and `count`/`for_each` of zero instances.
//! What cannot be known stays unknown, with its expression text.

use super::functions;
use super::instances::{self, INSTANCES};
use super::is_tfvars;
use crate::diag::Diag;
use crate::doc::Map;
use crate::doc::{Document, Node, Value as V, weight};
use crate::load::hcl::{DYNAMIC_FOR_EACH, DYNAMIC_ITERATOR};
use crate::source::Span;
use hcl_edit::expr::{BinaryOperator, Expression, ObjectKey, TraversalOperator, UnaryOperator};
use hcl_edit::template::Element;
use std::collections::{HashMap, HashSet};

/// The values a module call gives its module's variables: a value, or `None`
/// for an argument that is given but not known (the default does not apply).
pub(super) type Inputs = HashMap<String, Option<Node>>;

/// The values of the modules a module calls, by call name: what
/// `module.NAME` is (see `modules::outputs`).
pub(super) type Outputs = HashMap<String, Node>;

/// What a module is given from outside its own files: the arguments of the
/// call that evaluates it (none for a root module, whose `*.tfvars` apply),
/// and the outputs of the modules it calls.
#[derive(Default)]
pub(super) struct Given {
    pub inputs: Option<Inputs>,
    pub outputs: Outputs,
}

/// Resolve what can be known in the documents of one module, in place.
pub fn resolve(docs: &mut [&mut Document]) {
    resolve_with(docs, &Given::default(), &mut Vec::new(), &mut 0);
}

/// As `resolve`, for a module `given` a call's arguments (the `*.tfvars` of
/// its folder then do not apply: they set a root module's variables) and the
/// outputs of the modules it calls. Resources,
/// data sources and module calls whose `count` or `for_each` is known get
/// their instances (`instances`); a bound reached is a notice in `notices`.
/// `spent` is the work done so far for the root module and the modules it
/// calls, which share one `BUDGET`: their documents are all kept until the
/// unit is checked.
pub(super) fn resolve_with(docs: &mut [&mut Document], given: &Given, notices: &mut Vec<Diag>, spent: &mut usize) {
    let mut env = Env {
        vars: variables(docs, given.inputs.as_ref()),
        outputs: given.outputs.clone(),
        locals: HashMap::new(),
        resolving: Vec::new(),
        resolved: HashMap::new(),
        policy_docs: HashMap::new(),
        bound: Vec::new(),
        spent: *spent,
        reserve: RESERVE,
        stopped_at: None,
        failed: false,
        failing: HashSet::new(),
    };
    for doc in docs.iter().filter(|d| !is_tfvars(d)) {
        for (name, v) in doc.root.get("locals").and_then(Node::as_map).into_iter().flatten() {
            env.locals.insert(name.clone(), v.clone());
        }
        for (name, v) in doc.root.get("variable").and_then(Node::as_map).into_iter().flatten() {
            let Some(V::Unknown(ty)) = v.get("type").map(|t| &t.value) else { continue };
            let (Some(ty), Some(mut value)) = (parsed(ty), env.vars.remove(name)) else { continue };
            conform(&mut value, &ty, &mut env, 0);
            env.vars.insert(name.clone(), value);
        }
    }
    let originals = instances::originals(docs);
    pass(docs, &mut env);
    let mut budget = instances::MAX_PER_MODULE;
    // Data sources first: policy documents are read from their instances.
    instances::expand(docs, &originals, "data", &mut env, &mut budget, notices);
    env.policy_docs = policy_documents(docs);
    if !env.policy_docs.is_empty() {
        pass(docs, &mut env);
    }
    instances::expand(docs, &originals, "resource", &mut env, &mut budget, notices);
    instances::expand(docs, &originals, "module", &mut env, &mut budget, notices);
    *spent = env.spent;
    if let Some((Some(file), span)) = env.stopped_at {
        let message = format!(
            "static evaluation stopped here: this module and the modules its root module calls would compute more than {BUDGET} values; this value and those computed after it are unknown"
        );
        let mut d = Diag::error(&file, span, message, "evaluation stopped here");
        d.severity = miette::Severity::Warning;
        notices.push(d);
    }
}

/// A variable's value as its declared `type` makes it: the attributes that an
/// `object` type marks `optional` and the value leaves out (or sets to null)
/// are added with the type's default, else null, as Terraform adds them,
/// through `map`, `list`, `set` and `tuple` types. Other conversions are not
/// made.
fn conform(value: &mut Node, ty: &Expression, env: &mut Env, depth: usize) {
    let Expression::FuncCall(f) = ty else { return };
    if depth > MAX_DEPTH || !f.name.namespace.is_empty() || env.charge(1).is_none() {
        return;
    }
    let args: Vec<&Expression> = f.args.iter().collect();
    match (f.name.name.value().as_str(), &mut value.value, args.first()) {
        ("object", V::Map(m), Some(Expression::Object(attributes))) => {
            for (key, attribute) in attributes.iter() {
                let name = match key {
                    ObjectKey::Ident(i) => i.value().as_str().to_string(),
                    ObjectKey::Expression(Expression::String(s)) => s.value().to_string(),
                    ObjectKey::Expression(_) => continue,
                };
                let mut ty = attribute.expr();
                if let Expression::FuncCall(o) = ty
                    && o.name.namespace.is_empty()
                    && o.name.name.value().as_str() == "optional"
                {
                    let optional: Vec<&Expression> = o.args.iter().collect();
                    let Some(&inner) = optional.first() else { continue };
                    ty = inner;
                    if m.get(&name).is_none_or(|v| matches!(v.value, V::Null)) {
                        let default = optional.get(1).and_then(|d| evaluate(d, env, depth + 1)).unwrap_or(V::Null);
                        m.insert(name.clone(), Node::new(value.span, default));
                    }
                }
                if let Some(v) = m.get_mut(&name) {
                    conform(v, ty, env, depth + 1);
                }
            }
        }
        ("map", V::Map(m), Some(ty)) => m.values_mut().for_each(|v| conform(v, ty, env, depth + 1)),
        ("list" | "set", V::List(items), Some(ty)) => items.iter_mut().for_each(|v| conform(v, ty, env, depth + 1)),
        ("tuple", V::List(items), Some(Expression::Array(types))) => {
            items.iter_mut().zip(types.iter()).for_each(|(v, ty)| conform(v, ty, env, depth + 1));
        }
        _ => {}
    }
}

/// Resolve every file of the module once (not `*.tfvars`, which only give values).
fn pass(docs: &mut [&mut Document], env: &mut Env) {
    for doc in docs.iter_mut().filter(|d| !is_tfvars(d)) {
        resolve_node(&mut doc.root, env, 0);
        if let Some((file @ None, _)) = &mut env.stopped_at {
            *file = Some(std::sync::Arc::clone(&doc.file));
        }
    }
}

/// Variables: their defaults, overridden by a call's arguments, or else by
/// `terraform.tfvars` and `*.auto.tfvars` (in name order).
fn variables(docs: &[&mut Document], inputs: Option<&Inputs>) -> HashMap<String, Node> {
    let mut vars: HashMap<String, Node> = HashMap::new();
    for doc in docs.iter().filter(|d| !is_tfvars(d)) {
        for (name, v) in doc.root.get("variable").and_then(Node::as_map).into_iter().flatten() {
            if let Some(default) = v.get("default") {
                vars.insert(name.clone(), default.clone());
            }
        }
    }
    if let Some(inputs) = inputs {
        for (name, value) in inputs {
            match value {
                // Null given to a variable declared `nullable = false` is its default.
                Some(v) if matches!(v.value, V::Null) && !nullable(docs, name) => None,
                Some(v) => vars.insert(name.clone(), v.clone()),
                None => vars.remove(name),
            };
        }
        return vars;
    }
    let mut tfvars: Vec<&&mut Document> = docs.iter().filter(|d| is_tfvars(d)).collect();
    tfvars.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    for doc in tfvars {
        for (name, v) in doc.root.as_map().into_iter().flatten() {
            vars.insert(name.clone(), v.clone());
        }
    }
    vars
}

/// Whether the module's variable `name` takes null from a call: not when it
/// is declared `nullable = false`.
fn nullable(docs: &[&mut Document], name: &str) -> bool {
    let declared = docs.iter().find_map(|d| d.root.get("variable")?.get(name)?.get("nullable"));
    !matches!(declared.map(|n| &n.value), Some(V::Bool(false)))
}

/// The documents of the module's `aws_iam_policy_document` data sources, by
/// name: the block's, and each instance's when its `count` or `for_each` is known.
fn policy_documents(docs: &[&mut Document]) -> HashMap<String, PolicyDocs> {
    let mut out = HashMap::new();
    for doc in docs.iter().filter(|d| !is_tfvars(d)) {
        let data = doc.root.get("data").and_then(|d| d.get("aws_iam_policy_document")).and_then(Node::as_map);
        for (name, body) in data.into_iter().flatten() {
            let instances = body.get(INSTANCES).and_then(Node::as_map).into_iter().flatten();
            let instances = instances.map(|(key, b)| (key.clone(), policy_document(b))).collect();
            out.insert(name.clone(), PolicyDocs { whole: policy_document(body), instances });
        }
    }
    out
}

/// The policy documents of one `aws_iam_policy_document` data source.
struct PolicyDocs {
    /// The block's, as written (its `count.index` and `each` unknown).
    whole: Node,
    /// By instance (`[0]`, `["key"]`) when its instances are known.
    instances: Map<Node>,
}

pub(super) struct Env {
    vars: HashMap<String, Node>,
    outputs: Outputs,
    locals: HashMap<String, Node>,
    /// Locals being evaluated, to stop cycles.
    resolving: Vec<String>,
    /// The values of the locals evaluated so far (`locals` are as written).
    resolved: HashMap<String, Node>,
    policy_docs: HashMap<String, PolicyDocs>,
    /// Names bound while evaluating: the iterators of `dynamic` blocks being
    /// expanded (`{key, value}`), the variables of `for` expressions, and
    /// `count` (`{index}`) and `each` (`{key, value}`) of an instance.
    pub(super) bound: Vec<(String, Node)>,
    /// The work done so far (see `BUDGET`).
    spent: usize,
    /// What is left of the reserve for small values (see `SMALL`).
    reserve: usize,
    /// Where evaluation stopped for the budget: the file and the value.
    stopped_at: Option<(Option<std::sync::Arc<crate::source::SourceFile>>, Span)>,
    /// INVARIANT: set when evaluation meets what Terraform reports as an
    /// error (an attribute of null, a key a known map lacks, a function's
    /// definite error; see `fail`), which evaluates to `None` like a value
    /// not known. Only `attempt` (for `try` and `can`) reads it, and gives
    /// it back as it found it; anywhere else an error is just not known.
    failed: bool,
    /// The locals whose evaluation failed, so that each reference to one
    /// fails as the first did.
    failing: HashSet<String>,
}

/// What evaluating an expression apart gave (`Env::attempt`).
pub(super) enum Attempt {
    Value(V),
    /// Terraform reports an error: `try` moves on, `can` is false.
    Error,
    /// Not known statically: it may succeed or fail.
    Unknown,
}

/// The work static evaluation may do for one root module and the module
/// instances it calls, in units: one per expression evaluated, plus the size
/// of each list, map or long string it makes or copies (a value per element,
/// 64 bytes of text per unit), and the size of each called module's
/// documents, copied for each instance. A root module is usually a few
/// thousand to a few tens of thousands (terraform-aws-eks's largest example:
/// about 30,000); a local that doubles itself twenty times would be millions
/// of values and gigabytes. Past the budget, values are left unknown and a
/// warning says where evaluation stopped; what is kept stays within about
/// 100 MB.
pub(super) const BUDGET: usize = 500_000;

/// Past the budget, a value of at most `SMALL` units (a literal, a
/// variable's default, a short text) is still made, from a reserve of
/// `RESERVE` units for each module evaluated: a value that spent the budget
/// does not leave every other value of its module unknown (a bucket's
/// `acl = local.acl` beside a local that grew to 16 MB, which would pass).
const SMALL: usize = 16;
const RESERVE: usize = 50_000;

impl Env {
    /// Spend `units`; `None` once the budget is spent, but for a small value
    /// (`SMALL`), made from the module's reserve (`RESERVE`) while it lasts.
    pub(super) fn charge(&mut self, units: usize) -> Option<()> {
        if self.spent.saturating_add(units) > BUDGET && units <= SMALL && self.reserve >= units {
            self.reserve -= units;
            return Some(());
        }
        self.spent = self.spent.saturating_add(units);
        (self.spent <= BUDGET).then_some(())
    }

    /// Spend what a text of `bytes` costs (as `weight` counts it) before it
    /// is made: a function whose result is much larger than its arguments
    /// (`replace` of every character by a long text) is charged first, so
    /// that a value past the budget is never built.
    pub(super) fn charge_text(&mut self, bytes: usize) -> Option<()> {
        self.charge(1 + bytes / 64)
    }

    /// An error, as Terraform would report it (see `failed`): `None`.
    pub(super) fn fail<T>(&mut self) -> Option<T> {
        self.failed = true;
        None
    }

    /// Evaluate `e` apart, telling an error from a value not known; an
    /// error anywhere in it, even under a value (an element of a list), is
    /// an error of the whole, as in Terraform.
    pub(super) fn attempt(&mut self, e: &Expression, depth: usize) -> Attempt {
        let outer = std::mem::take(&mut self.failed);
        let value = evaluate(e, self, depth);
        match (std::mem::replace(&mut self.failed, outer), value) {
            (true, _) => Attempt::Error,
            (false, Some(v)) => Attempt::Value(v),
            (false, None) => Attempt::Unknown,
        }
    }

    fn exhausted(&self) -> bool {
        self.spent > BUDGET
    }

    /// Remember where evaluation first stopped for the budget.
    pub(super) fn stop_at(&mut self, file: &std::sync::Arc<crate::source::SourceFile>, span: Span) {
        self.stopped_at.get_or_insert((Some(std::sync::Arc::clone(file)), span));
    }
}

const MAX_DEPTH: usize = 64;
/// A `dynamic` block over more elements than this is left as it is.
pub(super) const MAX_EXPANSION: usize = 256;

pub(super) fn resolve_node(node: &mut Node, env: &mut Env, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match &mut node.value {
        V::Unknown(text) => {
            if let Some(mut v) = evaluate_text(text, env, depth) {
                v.respan(node.span);
                node.value = v.value;
            } else if env.exhausted() {
                env.stopped_at.get_or_insert((None, node.span));
            } else if let Some(t) = parsed(text).and_then(|e| unknown_text(&e, Some(text), env, depth, &[])) {
                *text = t;
            }
        }
        V::List(items) => {
            if has_dynamic(items) {
                *items = std::mem::take(items).into_iter().flat_map(|n| expand_dynamic(n, env, depth)).collect();
            }
            items.iter_mut().for_each(|n| resolve_node(n, env, depth + 1));
        }
        V::Map(m) => {
            let mut emptied = Vec::new();
            for (key, n) in m.iter_mut() {
                let was_unknown = matches!(n.value, V::Unknown(_));
                let heredoc = crate::load::is_policy_attribute(key).then(|| local_heredoc_document(n, env, depth)).flatten();
                let dynamic = matches!(&n.value, V::List(items) if has_dynamic(items));
                resolve_node(n, env, depth + 1);
                // Blocks written only as `dynamic` blocks over empty
                // collections are not there at all, as in Terraform.
                if dynamic && matches!(&n.value, V::List(items) if items.is_empty()) {
                    emptied.push(key.clone());
                }
                if let Some(doc) = heredoc {
                    n.value = doc.value;
                }
                // A policy document that became known is a document, not a string.
                if was_unknown
                    && crate::load::is_policy_attribute(key)
                    && let V::Str(s) = &n.value
                    && let Some(doc) = crate::load::json_object(s, n.span)
                {
                    n.value = doc.value;
                }
            }
            for key in emptied {
                m.shift_remove(&key);
            }
        }
        _ => {}
    }
}

/// The policy document a policy attribute names by a local whose value is a
/// heredoc with interpolations (`policy = local.policy_json`): the document
/// as the loader reads one written in the attribute (`load::json_heredoc`),
/// evaluated, at the attribute. `None` for anything else, and for a local
/// that became known (a string is read as a document where it lands).
fn local_heredoc_document(n: &Node, env: &mut Env, depth: usize) -> Option<Node> {
    let V::Unknown(text) = &n.value else { return None };
    let name = text.trim().strip_prefix("local.").filter(|name| name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-'))?;
    let V::Unknown(source) = &env.locals.get(name)?.value else { return None };
    if !source.starts_with("<<") {
        return None;
    }
    let mut doc = crate::load::json_heredoc(source, 0, &crate::load::Limits::default())?;
    env.charge(weight(&doc.value))?;
    doc.respan(n.span);
    resolve_node(&mut doc, env, depth + 1);
    Some(doc)
}

/// Whether a list of blocks has a `dynamic` one still to expand.
fn has_dynamic(blocks: &[Node]) -> bool {
    blocks.iter().any(|n| n.get(DYNAMIC_FOR_EACH).is_some())
}

/// The blocks a `dynamic` block stands for: one per element when its
/// `for_each` is known (none for an empty collection), with `NAME.key` and
/// `NAME.value` resolved in each; else the content once, as written.
fn expand_dynamic(mut node: Node, env: &mut Env, depth: usize) -> Vec<Node> {
    let V::Map(m) = &mut node.value else { return vec![node] };
    let (Some(mut for_each), Some(iterator)) = (m.shift_remove(DYNAMIC_FOR_EACH), m.shift_remove(DYNAMIC_ITERATOR)) else {
        return vec![node];
    };
    let Some(name) = iterator.as_str().map(str::to_string) else { return vec![node] };
    resolve_node(&mut for_each, env, depth + 1);
    let elements: Vec<(Node, Node)> = match &for_each.value {
        V::List(items) => items.iter().enumerate().map(|(i, v)| (Node::new(v.span, V::Int(i as i64)), v.clone())).collect(),
        V::Map(entries) => entries.iter().map(|(k, v)| (Node::new(v.span, V::Str(k.clone())), v.clone())).collect(),
        _ => return vec![node],
    };
    if elements.len() > MAX_EXPANSION || env.charge(elements.len().saturating_mul(weight(&node.value))).is_none() {
        return vec![node];
    }
    elements
        .into_iter()
        .map(|(key, value)| {
            let mut binding = Map::default();
            binding.insert("key".to_string(), key);
            binding.insert("value".to_string(), value);
            env.bound.push((name.clone(), Node::new(node.span, V::Map(binding))));
            let mut copy = node.clone();
            resolve_node(&mut copy, env, depth + 1);
            env.bound.pop();
            copy
        })
        .collect()
}

fn evaluate_text(text: &str, env: &mut Env, depth: usize) -> Option<Node> {
    let expr = parsed(text)?;
    let v = evaluate(&expr, env, depth)?;
    Some(Node::new(Span::default(), v))
}

/// The most expressions a thread keeps parsed (see `parsed`) while it
/// resolves one folder.
const PARSED_MAX: usize = 4096;

type Parsed = HashMap<Box<str>, Option<std::rc::Rc<Expression>>, foldhash::fast::RandomState>;

thread_local! {
    static PARSED: std::cell::RefCell<Parsed> = std::cell::RefCell::new(Parsed::default());
}

/// The expression `text` is, parsed once per thread and folder: a module's
/// expressions are evaluated again for each call of it and each instance of
/// a resource, and parsing them again was a fifth of a run's time.
fn parsed(text: &str) -> Option<std::rc::Rc<Expression>> {
    PARSED.with(|cache| {
        if let Some(e) = cache.borrow().get(text) {
            return e.clone();
        }
        let e = crate::load::hcl::expression(text).map(std::rc::Rc::new);
        let mut cache = cache.borrow_mut();
        if cache.len() >= PARSED_MAX {
            cache.clear();
        }
        cache.insert(text.into(), e.clone());
        e
    })
}

/// Drop the expressions `parsed` kept: a folder is resolved.
pub(super) fn forget_parsed() {
    PARSED.with(|cache| *cache.borrow_mut() = Parsed::default());
}

pub(super) fn evaluate(e: &Expression, env: &mut Env, depth: usize) -> Option<V> {
    if depth > MAX_DEPTH {
        return None;
    }
    env.charge(1)?;
    let v = evaluate_unbudgeted(e, env, depth)?;
    if matches!(&v, V::List(_) | V::Map(_)) || matches!(&v, V::Str(s) if s.len() >= 64) {
        env.charge(weight(&v))?;
    }
    Some(v)
}

fn evaluate_unbudgeted(e: &Expression, env: &mut Env, depth: usize) -> Option<V> {
    Some(match e {
        Expression::Null(_) => V::Null,
        Expression::Bool(b) => V::Bool(*b.value()),
        Expression::Number(n) => {
            let n = n.value();
            if n.is_i64() || n.is_u64() { V::Int(n.as_i64()?) } else { V::Float(n.as_f64()?) }
        }
        Expression::String(s) => V::Str(s.value().to_string()),
        Expression::Parenthesis(p) => evaluate(p.inner(), env, depth + 1)?,
        Expression::Array(a) => V::List(a.iter().map(|x| Node::new(Span::default(), part(x, env, depth + 1))).collect()),
        Expression::Object(o) => object(o, env, depth)?,
        Expression::StringTemplate(t) => V::Str(template(t, env, depth)?),
        Expression::HeredocTemplate(h) => V::Str(heredoc(h, env, depth)?),
        Expression::Variable(v) => env.bound.iter().rev().find(|(n, _)| n == v.value().as_str())?.1.value.clone(),
        Expression::Traversal(t) => traversal(t, env, depth)?,
        Expression::ForExpr(f) => for_expr(f, env, depth + 1)?,
        // A call whose last argument is expanded (`concat(local.lists...)`)
        // is not evaluated.
        Expression::FuncCall(f) if f.name.namespace.is_empty() && !f.args.expand_final() => {
            let args: Vec<&Expression> = f.args.iter().collect();
            functions::call(f.name.name.value().as_str(), &args, env, depth + 1)?
        }
        Expression::UnaryOp(op) => match (op.operator.value(), evaluate(&op.expr, env, depth + 1)?) {
            (UnaryOperator::Not, V::Bool(b)) => V::Bool(!b),
            (UnaryOperator::Neg, V::Int(i)) => V::Int(i.checked_neg()?),
            (UnaryOperator::Neg, V::Float(f)) => V::Float(-f),
            _ => return None,
        },
        Expression::BinaryOp(op) => binary(*op.operator.value(), &op.lhs_expr, &op.rhs_expr, env, depth + 1)?,
        Expression::Conditional(c) => {
            let cond = evaluate(&c.cond_expr, env, depth + 1)?;
            evaluate(if to_bool(&cond, env)? { &c.true_expr } else { &c.false_expr }, env, depth + 1)?
        }
        _ => return None,
    })
}

/// A value as Terraform converts it to a bool (a condition, `tobool`):
/// `"true"` and `"1"` are true, `"false"` and `"0"` false; any other known
/// value is an error.
pub(super) fn to_bool(v: &V, env: &mut Env) -> Option<bool> {
    match v {
        V::Bool(b) => Some(*b),
        V::Str(s) if s == "true" || s == "1" => Some(true),
        V::Str(s) if s == "false" || s == "0" => Some(false),
        V::Unknown(_) => None,
        _ => env.fail(),
    }
}

/// An object of known keys, each value known or unknown with its text (see
/// `part`); `None` when a computed key is not a known string.
fn object(o: &hcl_edit::expr::Object, env: &mut Env, depth: usize) -> Option<V> {
    let mut m = Map::default();
    for (k, v) in o.iter() {
        let key = match k {
            ObjectKey::Ident(i) => i.value().as_str().to_string(),
            ObjectKey::Expression(x) => match evaluate(x, env, depth + 1)? {
                V::Str(s) => s,
                _ => return None,
            },
        };
        m.insert(key, Node::new(Span::default(), part(v.expr(), env, depth + 1)));
    }
    Some(V::Map(m))
}

/// A heredoc whose interpolations are all known, as text; an indented heredoc
/// (`<<-`) loses its indent from each line and keeps its final newline.
fn heredoc(h: &hcl_edit::template::HeredocTemplate, env: &mut Env, depth: usize) -> Option<String> {
    let text = template(&h.template, env, depth)?;
    Some(match h.indent() {
        Some(n) => text.lines().map(|l| l.get(n.min(l.len() - l.trim_start().len())..).unwrap_or(l)).collect::<Vec<_>>().join("\n") + "\n",
        None => text,
    })
}

/// `root.attr[index]...`: the value a traversal reaches from a bound name,
/// `var.x`, `local.x` or an evaluated expression; unknown with its text when
/// it goes through an unknown local.
fn traversal(t: &hcl_edit::expr::Traversal, env: &mut Env, depth: usize) -> Option<V> {
    match reach(t, env, depth) {
        Reach::Value(v) => Some(v),
        Reach::Missing => env.fail(),
        Reach::Unknown => None,
    }
}

/// What a traversal reaches: a value; nothing, when a known object has no
/// such attribute or a known list no such element (an error in Terraform,
/// which `try` passes over); or what attest cannot know.
pub(super) enum Reach {
    Value(V),
    Missing,
    Unknown,
}

/// Follow the steps of `ops` that need no evaluation (`.name`, `[0]`,
/// `["key"]`) from `node`, by reference, as far as they lead: a variable or
/// a module's outputs can be large, and only the part reached is copied.
fn literal_steps<'n, 'o>(mut node: &'n Node, ops: &mut std::iter::Peekable<impl Iterator<Item = &'o TraversalOperator>>) -> &'n Node {
    while let Some(op) = ops.peek() {
        let next = match op {
            TraversalOperator::GetAttr(name) => node.get(name.value().as_str()),
            TraversalOperator::Index(Expression::Number(n)) => {
                n.value().as_u64().and_then(|i| node.as_list()?.get(usize::try_from(i).ok()?))
            }
            TraversalOperator::Index(Expression::String(s)) => node.get(s.value()),
            _ => None,
        };
        let Some(next) = next else { break };
        node = next;
        ops.next();
    }
    node
}

pub(super) fn reach(t: &hcl_edit::expr::Traversal, env: &mut Env, depth: usize) -> Reach {
    let mut ops = t.operators.iter().map(|o| o.value()).peekable();
    // A name bound by a `for` expression or a `dynamic` block's iterator
    // is a value; `var.x` and `local.x` name one; any other expression
    // (`{ for ... }["key"]`) is evaluated first.
    let bound = match &t.expr {
        Expression::Variable(root) => env.bound.iter().rev().find(|(n, _)| n == root.value().as_str()).map(|b| b.1.clone()),
        other => match evaluate(other, env, depth + 1) {
            Some(v) => Some(Node::new(Span::default(), v)),
            None => return Reach::Unknown,
        },
    };
    let computed = bound.as_ref().is_some_and(|b| b.get(instances::COMPUTED).is_some());
    let mut node = match (bound, &t.expr) {
        (Some(node), _) => node,
        (None, Expression::Variable(root)) => {
            let Some(TraversalOperator::GetAttr(attr)) = ops.next() else { return Reach::Unknown };
            let first = attr.value().as_str().to_string();
            let found = match root.value().as_str() {
                "var" => env.vars.get(&first).map(|n| literal_steps(n, &mut ops).clone()),
                "local" => local(&first, env, depth),
                "module" => env.outputs.get(&first).map(|n| literal_steps(n, &mut ops).clone()),
                "data" if first == "aws_iam_policy_document" => {
                    return policy_reference(ops, env, depth).map_or(Reach::Unknown, Reach::Value);
                }
                _ => None,
            };
            match found {
                Some(node) => node,
                None => return Reach::Unknown,
            }
        }
        (None, _) => return Reach::Unknown,
    };
    while let Some(op) = ops.next() {
        // An unknown local stands for its expression, so that references
        // through it (`vpc_id = local.vpc_id`) can still be followed; the
        // steps still to take are part of it (`module.a.bucket` then `.arn`
        // is `module.a.bucket.arn`, not the same value as `.id`).
        if let V::Unknown(t) = &node.value {
            let mut text = t.clone();
            for op in std::iter::once(op).chain(ops) {
                match op {
                    TraversalOperator::GetAttr(name) => text = format!("{text}.{}", name.value()),
                    TraversalOperator::LegacyIndex(i) => text = format!("{text}.{}", i.value()),
                    TraversalOperator::Index(e) => text = format!("{text}[{}]", e.to_string().trim()),
                    _ => return Reach::Unknown,
                }
            }
            return Reach::Value(V::Unknown(text));
        }
        let next = match op {
            TraversalOperator::GetAttr(name) => node.get(name.value().as_str()).cloned(),
            TraversalOperator::Index(Expression::Number(n)) => {
                n.value().as_u64().and_then(|i| node.as_list()?.get(usize::try_from(i).ok()?).cloned())
            }
            TraversalOperator::Index(Expression::String(s)) => node.get(s.value()).cloned(),
            TraversalOperator::Index(e) => match evaluate(e, env, depth + 1) {
                Some(V::Str(k)) => node.get(&k).cloned(),
                Some(V::Int(i)) => usize::try_from(i).ok().and_then(|i| node.as_list()?.get(i).cloned()),
                _ => return Reach::Unknown,
            },
            _ => return Reach::Unknown,
        };
        node = match next {
            Some(n) => n,
            // What a resource does not write, its provider computes.
            None if computed => return Reach::Unknown,
            // An attribute or element of a known value that has none (null,
            // a string, an object without it, a list too short) is an error.
            None => return Reach::Missing,
        };
    }
    Reach::Value(node.value)
}

/// An element of a list or object: its value, or unknown with its text, so that
/// one unknown part does not hide the known ones (`Action` of a policy whose
/// `Resource` is a reference).
pub(super) fn part(e: &Expression, env: &mut Env, depth: usize) -> V {
    evaluate(e, env, depth)
        .unwrap_or_else(|| V::Unknown(unknown_text(e, None, env, depth, &[]).unwrap_or_else(|| e.to_string().trim().to_string())))
}

/// The text an unknown expression keeps: as written, with what is known
/// written in: the interpolations of a template that are known
/// (`"arn:${local.partition}:iam::aws:policy/${p}"` with `p` known is
/// `"arn:${local.partition}:iam::aws:policy/ReadOnlyAccess"`, so its known
/// ends are known), and the indexes known in an instance
/// (`instances::substitute`). `None` when nothing is known, or when what
/// stays unknown reads one of the names `bound` (a `for` expression's
/// variables, which mean nothing outside it).
/// `text` is the expression as written, when the caller has it (else it is
/// printed, only where indexes may be written in).
fn unknown_text(e: &Expression, text: Option<&str>, env: &mut Env, depth: usize, bound: &[&str]) -> Option<String> {
    let written = known_interpolations(e, env, depth);
    if !bound.is_empty() && reads_any(written.as_ref().unwrap_or(e), bound) {
        return None;
    }
    let written = written.map(|w| w.to_string().trim().to_string());
    if !instances::in_instance(env) {
        return written;
    }
    let printed;
    let text = match (&written, text) {
        (Some(w), _) => w.as_str(),
        (None, Some(t)) => t,
        (None, None) => {
            printed = e.to_string();
            printed.trim()
        }
    };
    instances::substitute(text, env, depth).or(written)
}

/// A string template with the interpolations that are known written in as
/// text, and those that are themselves templates not fully known
/// (`"${local.url}/events"` with `url = "http://${aws_lb.x.dns_name}"`)
/// written in as their parts, so that their known text is kept; `None` for
/// another expression, or a template none of whose interpolations is known.
fn known_interpolations(e: &Expression, env: &mut Env, depth: usize) -> Option<Expression> {
    let Expression::StringTemplate(t) = e else { return None };
    let mut changed = false;
    let mut out = hcl_edit::template::StringTemplate::new();
    for el in t.iter() {
        let value = match el {
            Element::Interpolation(i) => evaluate(&i.expr, env, depth + 1),
            _ => None,
        };
        if let Some(V::Unknown(text)) = &value
            && let Some(Expression::StringTemplate(inner)) = parsed(text).as_deref()
        {
            inner.iter().for_each(|part| out.push(part.clone()));
            changed = true;
            continue;
        }
        let known = value.as_ref().and_then(scalar_text);
        changed |= known.is_some();
        out.push(known.map_or_else(|| el.clone(), Element::from));
    }
    changed.then_some(Expression::StringTemplate(out))
}

/// Whether an expression reads one of `names` as a variable.
fn reads_any(e: &Expression, names: &[&str]) -> bool {
    use hcl_edit::visit::Visit;
    struct Reads<'n>(&'n [&'n str], bool);
    impl Visit for Reads<'_> {
        fn visit_expr(&mut self, e: &Expression) {
            if let Expression::Variable(v) = e {
                self.1 |= self.0.contains(&v.value().as_str());
            }
            hcl_edit::visit::visit_expr(self, e);
        }
    }
    let mut reads = Reads(names, false);
    reads.visit_expr(e);
    reads.1
}

/// `data.aws_iam_policy_document.NAME.json`, also of an instance
/// (`NAME[0].json`, `NAME["key"].json`): the policy document. An index of a
/// data source whose instances are not known is its block's document, as
/// when `count` is unknown the instance at index 0 is the block as written.
/// A splat (`NAME[*].json`, for `one(...)`) is the list of its instances'
/// documents, the block's alone when they are not known.
fn policy_reference<'o>(mut ops: impl Iterator<Item = &'o TraversalOperator>, env: &mut Env, depth: usize) -> Option<V> {
    let name = match ops.next()? {
        TraversalOperator::GetAttr(a) => a.value().as_str().to_string(),
        _ => return None,
    };
    let mut ops = ops.peekable();
    if matches!(ops.peek(), Some(TraversalOperator::FullSplat(_) | TraversalOperator::AttrSplat(_))) {
        ops.next();
        if !matches!(ops.next()?, TraversalOperator::GetAttr(a) if a.value().as_str() == "json") || ops.next().is_some() {
            return None;
        }
        let docs = env.policy_docs.get(&name)?;
        let all: Vec<Node> = if docs.instances.is_empty() { vec![docs.whole.clone()] } else { docs.instances.values().cloned().collect() };
        return Some(V::List(all));
    }
    let key = match ops.next()? {
        TraversalOperator::GetAttr(a) if a.value().as_str() == "json" => None,
        TraversalOperator::Index(e) => Some(instances::key_of(&evaluate(e, env, depth + 1)?)?),
        TraversalOperator::LegacyIndex(i) => Some(format!("[{}]", i.value())),
        _ => return None,
    };
    if key.is_some() && !matches!(ops.next()?, TraversalOperator::GetAttr(a) if a.value().as_str() == "json") {
        return None;
    }
    if ops.next().is_some() {
        return None;
    }
    let docs = env.policy_docs.get(&name)?;
    let doc = match key {
        Some(k) if !docs.instances.is_empty() => docs.instances.get(&k)?,
        // Without an index, only a data source of one instance.
        None if !docs.instances.is_empty() => return None,
        _ => &docs.whole,
    };
    Some(doc.value.clone())
}

/// `[for k, v in coll : expr if cond]` and `{for k, v in coll : key => value}`
/// over a known collection (`...` grouping included), when every part is known.
fn for_expr(f: &hcl_edit::expr::ForExpr, env: &mut Env, depth: usize) -> Option<V> {
    let elements: Vec<(Node, Node)> = match evaluate(&f.intro.collection_expr, env, depth)? {
        V::List(items) => items.into_iter().enumerate().map(|(i, v)| (Node::new(v.span, V::Int(i as i64)), v)).collect(),
        V::Map(m) => m.into_iter().map(|(k, v)| (Node::new(v.span, V::Str(k)), v)).collect(),
        _ => return None,
    };
    if elements.len() > MAX_EXPANSION {
        return None;
    }
    let key_var = f.intro.key_var.as_ref().map(|k| k.value().as_str().to_string());
    let value_var = f.intro.value_var.value().as_str().to_string();
    let mut list = Vec::new();
    let mut map: Map<Node> = Map::default();
    for (key, value) in elements {
        let pushed = 1 + usize::from(key_var.is_some());
        if let Some(k) = &key_var {
            env.bound.push((k.clone(), key));
        }
        env.bound.push((value_var.clone(), value));
        let result = (|| {
            if let Some(c) = &f.cond {
                match evaluate(&c.expr, env, depth)? {
                    V::Bool(true) => {}
                    V::Bool(false) => return Some(None),
                    _ => return None,
                }
            }
            // An element not known keeps its text, when it means something
            // outside the `for` (a template whose unknown parts do not read
            // its variables): one unknown element does not hide the others.
            let v = match evaluate(&f.value_expr, env, depth) {
                Some(v) => v,
                None if f.key_expr.is_none() => {
                    let names: Vec<&str> = key_var.iter().map(String::as_str).chain([value_var.as_str()]).collect();
                    V::Unknown(unknown_text(&f.value_expr, None, env, depth, &names)?)
                }
                None => return None,
            };
            let k = match &f.key_expr {
                Some(k) => Some(scalar_text(&evaluate(k, env, depth)?)?),
                None => None,
            };
            Some(Some((k, v)))
        })();
        env.bound.truncate(env.bound.len() - pushed);
        match result? {
            None => {}
            Some((None, v)) => list.push(Node::new(Span::default(), v)),
            Some((Some(k), v)) if f.grouping => {
                let entry = map.entry(k).or_insert_with(|| Node::new(Span::default(), V::List(Vec::new())));
                if let V::List(items) = &mut entry.value {
                    items.push(Node::new(Span::default(), v));
                }
            }
            Some((Some(k), v)) => {
                map.insert(k, Node::new(Span::default(), v));
            }
        }
    }
    Some(if f.key_expr.is_some() { V::Map(map) } else { V::List(list) })
}

/// `a OP b`. `&&` and `||` decide on one known side when they can; comparisons
/// need both sides known and scalar.
fn binary(op: BinaryOperator, lhs: &Expression, rhs: &Expression, env: &mut Env, depth: usize) -> Option<V> {
    use BinaryOperator as B;
    let l = evaluate(lhs, env, depth);
    if let (B::And | B::Or, Some(V::Bool(b))) = (op, &l)
        && (*b == (op == B::Or))
    {
        return Some(V::Bool(*b));
    }
    let r = evaluate(rhs, env, depth);
    if let (B::And | B::Or, Some(V::Bool(b))) = (op, &r)
        && (*b == (op == B::Or))
    {
        return Some(V::Bool(*b));
    }
    if let B::Eq | B::NotEq = op {
        let equal = match (&l, &r) {
            (Some(a), Some(b)) => same(a, b),
            _ => None,
        };
        let equal = match equal {
            Some(equal) => equal,
            None if rules_out(lhs, l.as_ref(), r.as_ref(), env, depth) || rules_out(rhs, r.as_ref(), l.as_ref(), env, depth) => false,
            None => return None,
        };
        return Some(V::Bool(equal == (op == B::Eq)));
    }
    let (l, r) = (l?, r?);
    Some(match op {
        B::And | B::Or => match (l, r) {
            (V::Bool(a), V::Bool(b)) => V::Bool(if op == B::And { a && b } else { a || b }),
            _ => return None,
        },
        // Decided above.
        B::Eq | B::NotEq => return None,
        B::Less | B::LessEq | B::Greater | B::GreaterEq => {
            let (a, b) = (number(&l)?, number(&r)?);
            V::Bool(match op {
                B::Less => a < b,
                B::LessEq => a <= b,
                B::Greater => a > b,
                _ => a >= b,
            })
        }
        B::Plus | B::Minus | B::Mul | B::Div | B::Mod => match (l, r) {
            (V::Int(a), V::Int(b)) if op != B::Div => V::Int(match op {
                B::Plus => a.checked_add(b)?,
                B::Minus => a.checked_sub(b)?,
                B::Mul => a.checked_mul(b)?,
                _ => a.checked_rem(b)?,
            }),
            (l, r) => {
                let (a, b) = (number(&l)?, number(&r)?);
                let v = match op {
                    B::Plus => a + b,
                    B::Minus => a - b,
                    B::Mul => a * b,
                    B::Div if b != 0.0 => a / b,
                    B::Mod if b != 0.0 => a % b,
                    _ => return None,
                };
                functions::number_value(v)
            }
        },
    })
}

/// Whether `e`, a string template whose value (`value`) is not known, can
/// never equal the known value `other`: a template is a string, so never
/// null, a bool or a number, and its known ends (`template_affixes`) rule
/// out a string without them (`"${var.project}.svc.id.goog"` is not
/// `"null"`).
fn rules_out(e: &Expression, value: Option<&V>, other: Option<&V>, env: &mut Env, depth: usize) -> bool {
    let text = match value {
        Some(V::Unknown(text)) => text.clone(),
        None => unknown_text(e, None, env, depth, &[]).unwrap_or_else(|| e.to_string().trim().to_string()),
        Some(_) => return false,
    };
    let Some((prefix, suffix)) = super::template_affixes(&text) else { return false };
    match other {
        Some(V::Str(s)) => s.len() < prefix.len() + suffix.len() || !s.starts_with(&prefix) || !s.ends_with(&suffix),
        Some(V::Null | V::Bool(_) | V::Int(_) | V::Float(_)) => true,
        _ => false,
    }
}

/// A number as `f64`, whether written as an integer or not.
pub(super) fn number(v: &V) -> Option<f64> {
    match v {
        V::Int(i) => Some(*i as f64),
        V::Float(f) => Some(*f),
        _ => None,
    }
}

/// Whether two known scalar values are equal (`1 == 1.0`; `null` only equals
/// `null`); `None` for lists, maps and unknowns.
pub(super) fn same(a: &V, b: &V) -> Option<bool> {
    Some(match (a, b) {
        (V::Null, V::Null) => true,
        // Null is no other value: `var.tags != null` is true for a known map.
        (V::Null, V::Bool(_) | V::Int(_) | V::Float(_) | V::Str(_) | V::List(_) | V::Map(_))
        | (V::Bool(_) | V::Int(_) | V::Float(_) | V::Str(_) | V::List(_) | V::Map(_), V::Null) => false,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Str(x), V::Str(y)) => x == y,
        (V::Int(x), V::Int(y)) => x == y,
        (V::Int(_) | V::Float(_), V::Int(_) | V::Float(_)) => number(a)? == number(b)?,
        (V::Bool(_) | V::Int(_) | V::Float(_) | V::Str(_), V::Bool(_) | V::Int(_) | V::Float(_) | V::Str(_)) => false,
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
    // Each reference is a copy of the value, charged as such.
    let units = weight(&env.resolved.get(name).or_else(|| env.locals.get(name))?.value);
    env.charge(units)?;
    if let Some(node) = env.resolved.get(name) {
        env.failed |= env.failing.contains(name);
        return Some(node.clone());
    }
    let mut node = env.locals.get(name)?.clone();
    env.resolving.push(name.to_string());
    let outer = std::mem::take(&mut env.failed);
    resolve_node(&mut node, env, depth + 1);
    if env.failed {
        env.failing.insert(name.to_string());
    }
    env.failed |= outer;
    env.resolving.pop();
    env.resolved.insert(name.to_string(), node.clone());
    Some(node)
}

pub(super) fn scalar_text(v: &V) -> Option<String> {
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
/// A condition's `test` or `variable` as the key it is in the rendered
/// policy: its text, or, when it is not known statically, its expression
/// as written (a template without its quotes:
/// `${replace(var.issuer, "https://", "")}:sub`), so that two conditions
/// stay two and the key keeps its known ends.
fn condition_key(n: Option<&Node>) -> String {
    match n.map(|n| &n.value) {
        Some(V::Unknown(text)) => {
            text.strip_prefix('"').and_then(|t| t.strip_suffix('"')).map_or_else(|| format!("${{{text}}}"), str::to_string)
        }
        Some(v) => scalar_text(v).unwrap_or_default(),
        None => String::new(),
    }
}

fn policy_document(body: &Node) -> Node {
    let span = body.span;
    let mut statements = Vec::new();
    for st in body.get("statement").and_then(Node::as_list).into_iter().flatten() {
        let mut m = Map::default();
        let put = |m: &mut Map<Node>, k: &str, v: Option<&Node>| {
            if let Some(v) = v {
                m.insert(k.to_string(), v.clone());
            }
        };
        put(&mut m, "Sid", st.get("sid"));
        let effect = st.get("effect").cloned().unwrap_or_else(|| Node::new(st.span, V::Str("Allow".into())));
        m.insert("Effect".into(), effect);
        put(&mut m, "Action", st.get("actions"));
        put(&mut m, "NotAction", st.get("not_actions"));
        put(&mut m, "Resource", st.get("resources"));
        put(&mut m, "NotResource", st.get("not_resources"));
        for (block, key) in [("principals", "Principal"), ("not_principals", "NotPrincipal")] {
            let Some(list) = st.get(block).and_then(Node::as_list) else { continue };
            let span = list.first().map_or(st.span, |n| n.span);
            let mut p: Map<Node> = Map::default();
            for pr in list {
                let ty = pr.get("type").and_then(Node::as_str).unwrap_or("AWS").to_string();
                if let Some(ids) = pr.get("identifiers") {
                    p.insert(ty, ids.clone());
                }
            }
            // `type = "*"` is rendered as `"Principal": "*"`, as Terraform does.
            let value = if p.contains_key("*") { V::Str("*".into()) } else { V::Map(p) };
            m.insert(key.into(), Node::new(span, value));
        }
        if let Some(list) = st.get("condition").and_then(Node::as_list) {
            let mut c: Map<Node> = Map::default();
            for cond in list {
                let (test, variable) = (condition_key(cond.get("test")), condition_key(cond.get("variable")));
                let values = cond.get("values").cloned().unwrap_or_else(|| Node::new(cond.span, V::List(Vec::new())));
                let entry = c.entry(test).or_insert_with(|| Node::new(cond.span, V::Map(Map::default())));
                if let V::Map(vm) = &mut entry.value {
                    vm.insert(variable, values);
                }
            }
            m.insert("Condition".into(), Node::new(list.first().map_or(st.span, |n| n.span), V::Map(c)));
        }
        statements.push(Node::new(st.span, V::Map(m)));
    }
    let mut root = Map::default();
    root.insert("Version".into(), Node::new(span, V::Str("2012-10-17".into())));
    root.insert("Statement".into(), Node::new(span, V::List(statements)));
    Node::new(span, V::Map(root))
}
