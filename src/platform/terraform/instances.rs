//! `count` and `for_each`: the instances of a resource, data source or module
//! call, when the number or the collection is known. Each instance is the
//! block evaluated with `count.index` or `each.key` and `each.value` known,
//! kept on the block under `INSTANCES` by its address suffix (`[0]`,
//! `["logs"]`), as Terraform addresses it.

use super::resolve::{Env, evaluate, resolve_node};
use crate::diag::Diag;
use crate::doc::Map;
use crate::doc::{Document, Node, Value as V};
use hcl_edit::expr::{Expression, Traversal, TraversalOperator};

/// The key under which a block keeps its instances (no Terraform attribute
/// has a `:`).
pub const INSTANCES: &str = "attest:instances";

/// In the `each` of an instance of a `for_each` over another resource, a
/// key no attribute has, saying that `each.value` is a resource: an
/// attribute it does not write is one its provider computes, not an error.
/// (`each` itself is never a value: only `each.key` and `each.value` are.)
pub(super) const COMPUTED: &str = "attest:computed";

/// At most this many instances of one block are made; a block with more is
/// checked once, as when its `count` is unknown, with a notice.
pub(super) const MAX_PER_BLOCK: usize = 64;
/// At most this many instances in one evaluation of a module.
pub(super) const MAX_PER_MODULE: usize = 1024;

/// A block with `count` or `for_each`, as written (before evaluation): its
/// instances are evaluated from it.
pub(super) struct Original {
    doc: usize,
    kind: &'static str,
    /// The type of a resource or data source; `None` for a module call.
    ty: Option<String>,
    name: String,
    body: Node,
}

/// The blocks of `docs` that have a `count` or a `for_each`.
pub(super) fn originals(docs: &[&mut Document]) -> Vec<Original> {
    let mut out = Vec::new();
    let counted = |b: &Node| b.get("count").is_some() || b.get("for_each").is_some();
    for (i, doc) in docs.iter().enumerate() {
        for kind in ["resource", "data"] {
            for (ty, named) in doc.root.get(kind).and_then(Node::as_map).into_iter().flatten() {
                for (name, body) in named.as_map().into_iter().flatten().filter(|(_, b)| counted(b)) {
                    out.push(Original { doc: i, kind, ty: Some(ty.clone()), name: name.clone(), body: body.clone() });
                }
            }
        }
        for (name, body) in doc.root.get("module").and_then(Node::as_map).into_iter().flatten().filter(|(_, b)| counted(b)) {
            out.push(Original { doc: i, kind: "module", ty: None, name: name.clone(), body: body.clone() });
        }
    }
    out
}

/// Give the blocks of `kind` among `originals` their instances, where their
/// `count` or `for_each` (as resolved in `docs`) is known.
pub(super) fn expand(
    docs: &mut [&mut Document],
    originals: &[Original],
    kind: &str,
    env: &mut Env,
    budget: &mut usize,
    notices: &mut Vec<Diag>,
) {
    // A `for_each` over another block's instances is expanded after it.
    let over_block = |o: &&Original| o.body.get("for_each").and_then(|f| block_reference(&f.value)).is_some();
    let (later, first): (Vec<&Original>, Vec<&Original>) = originals.iter().filter(|o| o.kind == kind).partition(over_block);
    for o in first.into_iter().chain(later) {
        let mut block = docs.get(o.doc).and_then(|d| d.root.get(kind));
        if let Some(ty) = &o.ty {
            block = block.and_then(|b| b.get(ty));
        }
        let body = block.and_then(|b| b.get(&o.name));
        let Some((n, keys)) = body.and_then(instance_keys).or_else(|| body.and_then(|b| over_instances(docs, o.doc, b))) else { continue };
        let Some(doc) = docs.get_mut(o.doc) else { continue };
        let file = std::sync::Arc::clone(&doc.file);
        if n > MAX_PER_BLOCK || n > *budget {
            let address = match &o.ty {
                Some(ty) => format!("{}{ty}.{}", if kind == "data" { "data." } else { "" }, o.name),
                None => format!("module.{}", o.name),
            };
            let limit = if n > MAX_PER_BLOCK { format!("{MAX_PER_BLOCK} per block") } else { format!("{MAX_PER_MODULE} per module") };
            let message = format!(
                "`{address}` has {n} instances, more than attest evaluates ({limit}): it is checked once, with `count.index` and `each` unknown"
            );
            let mut d = Diag::error(&file, o.body.anchor(&file), message, "checked once");
            d.severity = miette::Severity::Warning;
            notices.push(d);
            continue;
        }
        // Each instance is a copy of the block, paid for from the module's
        // budget of static evaluation (over it, the block is left as written).
        if env.charge(n.saturating_mul(crate::doc::weight(&o.body.value))).is_none() {
            env.stop_at(&file, o.body.anchor(&file));
            continue;
        }
        *budget -= keys.len();
        let mut made: Map<Node> = Map::default();
        for (suffix, name, binding) in keys {
            env.bound.push((name.to_string(), binding));
            let mut copy = o.body.clone();
            // An instance is one object: it has no `count` or `for_each` (whose
            // references name every instance of another block).
            if let V::Map(m) = &mut copy.value {
                m.shift_remove("count");
                m.shift_remove("for_each");
            }
            resolve_node(&mut copy, env, 0);
            env.bound.pop();
            made.insert(suffix, copy);
        }
        let root = &mut doc.root;
        let body = match &o.ty {
            Some(ty) => get_mut(root, &[kind, ty, &o.name]),
            None => get_mut(root, &[kind, &o.name]),
        };
        if let Some(V::Map(m)) = body.map(|b| &mut b.value) {
            let span = o.body.span;
            m.insert(INSTANCES.into(), Node::new(span, V::Map(made)));
        }
    }
}

fn get_mut<'n>(mut node: &'n mut Node, path: &[&str]) -> Option<&'n mut Node> {
    for key in path {
        node = match &mut node.value {
            V::Map(m) => m.get_mut(*key)?,
            _ => return None,
        };
    }
    Some(node)
}

/// An instance: its address suffix, and the name it binds with its value.
type Instance = (String, &'static str, Node);

/// The instances a known `count` or `for_each` gives: how many, and unless
/// that is over `MAX_PER_BLOCK`, each one's address suffix and the name it
/// binds (`count` or `each`) with its value. `None` when neither is known (or
/// the block has neither).
fn instance_keys(body: &Node) -> Option<(usize, Vec<Instance>)> {
    let span = body.span;
    let object = |pairs: Vec<(&str, Node)>| Node::new(span, V::Map(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    if let Some(count) = body.get("count") {
        let V::Int(n) = count.value else { return None };
        let n = usize::try_from(n).ok()?;
        if n > MAX_PER_BLOCK {
            return Some((n, Vec::new()));
        }
        let keys = (0..n).map(|i| (format!("[{i}]"), "count", object(vec![("index", Node::new(span, V::Int(i as i64)))])));
        return Some((n, keys.collect()));
    }
    let for_each = body.get("for_each")?;
    let pairs: Vec<(String, Node)> = match &for_each.value {
        V::Map(m) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        // A set of strings: each key is its value.
        V::List(l) => {
            let mut keys: Vec<(String, Node)> = Vec::new();
            for n in l {
                let s = n.as_str()?;
                if !keys.iter().any(|(k, _)| k == s) {
                    keys.push((s.to_string(), n.clone()));
                }
            }
            keys
        }
        _ => return None,
    };
    if pairs.len() > MAX_PER_BLOCK {
        return Some((pairs.len(), Vec::new()));
    }
    let keys = pairs.into_iter().map(|(k, v)| {
        let suffix = key_of(&V::Str(k.clone())).unwrap_or_default();
        (suffix, "each", object(vec![("key", Node::new(span, V::Str(k))), ("value", v)]))
    });
    Some((keys.len(), keys.collect()))
}

/// `TYPE.NAME`, the whole of a resource, as a `for_each` not otherwise known.
fn block_reference(v: &V) -> Option<(&str, &str)> {
    let V::Unknown(text) = v else { return None };
    let (ty, name) = text.trim().split_once('.')?;
    let ident = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-');
    (ident(ty) && ident(name) && !matches!(ty, "var" | "local" | "each" | "count" | "module" | "data")).then_some((ty, name))
}

/// The instances of a `for_each` over a resource of the module whose own
/// `for_each` is known (`for_each = github_repository.all`): one per key of
/// it, with `each.value` that instance. The resource is looked for in the
/// block's own file first.
fn over_instances(docs: &[&mut Document], own: usize, body: &Node) -> Option<(usize, Vec<Instance>)> {
    let (ty, name) = block_reference(&body.get("for_each")?.value)?;
    let find = |d: &&mut Document| d.root.get("resource")?.get(ty)?.get(name).cloned();
    let target = docs.get(own).and_then(find).or_else(|| docs.iter().find_map(find))?;
    let span = body.span;
    let mut keys = Vec::new();
    for (suffix, instance) in target.get(INSTANCES)?.as_map()? {
        let key @ V::Str(_) = key_value(suffix)? else { return None };
        let each: Map<Node> = [
            ("key".to_string(), Node::new(span, key)),
            ("value".to_string(), instance.clone()),
            (COMPUTED.to_string(), Node::new(span, V::Bool(true))),
        ]
        .into_iter()
        .collect();
        keys.push((suffix.clone(), "each", Node::new(span, V::Map(each))));
    }
    Some((keys.len(), keys))
}

/// The address suffix of the instance an index selects: `[0]`, `["logs"]`.
pub(super) fn key_of(index: &V) -> Option<String> {
    match index {
        V::Int(i) => Some(format!("[{i}]")),
        V::Str(s) => Some(format!("[\"{}\"]", s.replace('\\', "\\\\").replace('"', "\\\""))),
        _ => None,
    }
}

/// The index an address suffix `key_of` wrote selects: `[0]` is 0,
/// `["logs"]` is "logs"; `None` for any other text.
pub(super) fn key_value(suffix: &str) -> Option<V> {
    let inner = suffix.strip_prefix('[')?.strip_suffix(']')?;
    if let Ok(i) = inner.parse::<i64>() {
        return Some(V::Int(i));
    }
    let mut chars = inner.strip_prefix('"')?.strip_suffix('"')?.chars();
    let mut key = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => key.push(chars.next()?),
            '"' => return None,
            c => key.push(c),
        }
    }
    Some(V::Str(key))
}

/// Whether evaluation is inside an instance of a block with `count` or
/// `for_each`, where `substitute` may write indexes in.
pub(super) fn in_instance(env: &Env) -> bool {
    env.bound.iter().any(|(n, _)| n == "count" || n == "each")
}

/// The text of an unknown expression with the indexes that are known written
/// out, inside an instance: `aws_s3_bucket.b[count.index].id` in instance 0
/// is `aws_s3_bucket.b[0].id`, so that references between instances are
/// followed. `None` when nothing changes.
pub(super) fn substitute(text: &str, env: &mut Env, depth: usize) -> Option<String> {
    use hcl_edit::visit_mut::{VisitMut, visit_traversal_mut};
    struct Indexes<'e> {
        env: &'e mut Env,
        depth: usize,
        changed: bool,
    }
    impl VisitMut for Indexes<'_> {
        fn visit_traversal_mut(&mut self, t: &mut Traversal) {
            visit_traversal_mut(self, t);
            for op in t.operators.iter_mut() {
                let TraversalOperator::Index(e) = op.value_mut() else { continue };
                if matches!(e, Expression::Number(_) | Expression::String(_)) {
                    continue;
                }
                match evaluate(e, self.env, self.depth) {
                    Some(V::Int(i)) => *e = Expression::from(i),
                    Some(V::Str(s)) => *e = Expression::from(s),
                    _ => continue,
                }
                self.changed = true;
            }
        }
    }
    if !in_instance(env) || !(text.contains("count.index") || text.contains("each.")) {
        return None;
    }
    let mut expr = crate::load::hcl::expression(text)?;
    let mut v = Indexes { env, depth: depth + 1, changed: false };
    v.visit_expr_mut(&mut expr);
    v.changed.then(|| expr.to_string().trim().to_string())
}
