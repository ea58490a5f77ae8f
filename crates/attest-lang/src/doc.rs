//! The spanned document model every loader produces and every policy reads.
//!
//! INVARIANT: a `Node` knows nothing about the syntax it came from; only `load` does.

use crate::source::{SourceFile, Span};

/// The mappings of documents and of values: in the order they were written,
/// hashed with foldhash, seeded per process (the standard library's SipHash
/// was a tenth of the instructions of a run, in member lookups). Boxed: a
/// value holds a pointer to its mapping, not the 64 bytes of the map itself,
/// so that every node (most are not mappings) is 56 bytes, not 88; read and
/// changed as the `IndexMap` it derefs to.
#[derive(Clone, PartialEq)]
pub struct Map<V>(Box<IndexMap<V>>);

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map(Box::default())
    }
}

/// The map a `Map` boxes.
pub type IndexMap<V> = indexmap::IndexMap<String, V, foldhash::fast::RandomState>;

impl<V> Map<V> {
    pub fn with_capacity_and_hasher(n: usize, hasher: foldhash::fast::RandomState) -> Self {
        Map(Box::new(IndexMap::with_capacity_and_hasher(n, hasher)))
    }

    pub fn into_keys(self) -> indexmap::map::IntoKeys<String, V> {
        self.0.into_keys()
    }

    pub fn into_values(self) -> indexmap::map::IntoValues<String, V> {
        self.0.into_values()
    }
}

impl<V> std::ops::Deref for Map<V> {
    type Target = IndexMap<V>;

    fn deref(&self) -> &IndexMap<V> {
        &self.0
    }
}

impl<V> std::ops::DerefMut for Map<V> {
    fn deref_mut(&mut self) -> &mut IndexMap<V> {
        &mut self.0
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for Map<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<V> FromIterator<(String, V)> for Map<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        Map(Box::new(iter.into_iter().collect()))
    }
}

impl<V> Extend<(String, V)> for Map<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl<V> IntoIterator for Map<V> {
    type Item = (String, V);
    type IntoIter = indexmap::map::IntoIter<String, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a Map<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = indexmap::map::Iter<'a, String, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'a, V> IntoIterator for &'a mut Map<V> {
    type Item = (&'a String, &'a mut V);
    type IntoIter = indexmap::map::IterMut<'a, String, V>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter_mut()
    }
}
use std::rc::Rc;
use std::sync::Arc;

/// The syntax a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Syntax {
    Yaml,
    Json,
    Toml,
    Dockerfile,
    /// HCL: Terraform `.tf` and `.tfvars`.
    Hcl,
    /// A GitHub `CODEOWNERS` file: lines of a path pattern and its owners.
    CodeOwners,
}

impl Syntax {
    /// A syntax by the name `name()` gives (`terraform` is `hcl`).
    pub fn from_name(name: &str) -> Option<Syntax> {
        Some(match name {
            "yaml" => Syntax::Yaml,
            "json" => Syntax::Json,
            "toml" => Syntax::Toml,
            "hcl" | "terraform" => Syntax::Hcl,
            "dockerfile" => Syntax::Dockerfile,
            "codeowners" => Syntax::CodeOwners,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Syntax::Yaml => "yaml",
            Syntax::Json => "json",
            Syntax::Toml => "toml",
            Syntax::Dockerfile => "dockerfile",
            Syntax::Hcl => "hcl",
            Syntax::CodeOwners => "codeowners",
        }
    }
}

/// A value in a loaded document, with the span of the value and, for a value of a
/// map entry, the span of its key. Equal when value and spans are.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Span,
    pub key_span: Option<Span>,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Node>),
    Map(Map<Node>),
    /// A value that cannot be known statically; keeps the expression text.
    Unknown(String),
}

/// The size of a value, for the bounds of static evaluation: one unit a
/// value, and one for every 64 bytes of text (strings, unknown expressions,
/// keys), so that copying a long string counts.
pub fn weight(v: &Value) -> usize {
    let mut total = 0usize;
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        total = total.saturating_add(1);
        match v {
            Value::Str(s) | Value::Unknown(s) => total = total.saturating_add(s.len() / 64),
            Value::List(items) => stack.extend(items.iter().map(|n| &n.value)),
            Value::Map(m) => {
                total = total.saturating_add(m.keys().map(|k| k.len() / 64).sum());
                stack.extend(m.values().map(|n| &n.value));
            }
            _ => {}
        }
    }
    total
}

impl Node {
    /// This node and every node below it at `span`, with no key span: a
    /// value brought in from elsewhere (a variable's default, a decoded
    /// string, a parameter's default) points at the place that uses it.
    pub fn respan(&mut self, span: Span) {
        self.span = span;
        self.key_span = None;
        match &mut self.value {
            Value::List(items) => items.iter_mut().for_each(|n| n.respan(span)),
            Value::Map(m) => m.values_mut().for_each(|n| n.respan(span)),
            _ => {}
        }
    }

    pub fn new(span: Span, value: Value) -> Node {
        Node { span, key_span: None, value }
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(m) => m.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&Map<Node>> {
        match &self.value {
            Value::Map(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&[Node]> {
        match &self.value {
            Value::List(l) => Some(l),
            _ => None,
        }
    }

    /// Where to point when something below this node is missing: its key if it has
    /// one, else its first line.
    pub fn anchor(&self, file: &SourceFile) -> Span {
        self.key_span.unwrap_or_else(|| file.first_line(self.span))
    }

    /// The kind of value, in words, for messages.
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::Float(_) => "number",
            Value::Str(_) => "string",
            Value::List(_) => "list",
            Value::Map(_) => "map",
            Value::Unknown(_) => "unknown",
        }
    }
}

/// One document of a file. A YAML stream yields one per `---`; other syntaxes one.
#[derive(Debug)]
pub struct Document {
    pub file: Arc<SourceFile>,
    pub syntax: Syntax,
    /// Position of the document in its file, from 0.
    pub index: usize,
    pub root: Node,
    /// Where a copy of the document stands in a larger whole, put before the
    /// addresses of its items: the call of a Terraform module evaluated with the
    /// call's arguments (`module.logs`). `None` for a file read as itself.
    pub scope: Option<String>,
    /// What a platform view derives from the document rather than reads in it.
    pub derived: Derived,
    /// Entries that resolving left out of the document but that are written
    /// in it (a CloudFormation property whose `Fn::If` chose
    /// `AWS::NoValue`): where a policy finds one missing, it points there.
    pub left_out: Vec<LeftOut>,
}

/// An entry left out of a map node: the map's span, the key, and where the
/// entry is written.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftOut {
    pub parent: Span,
    pub key: String,
    pub at: Span,
}

/// Values a platform view makes from a document's nodes (the flags of a
/// Kubernetes control-plane component, parsed from its command line; the
/// Kubernetes objects of a Terraform file's kubernetes provider), each
/// keeping the span of the text it came from. Made on first use and kept
/// with the document, so that collection items borrow them as they borrow
/// the document's own nodes; they are not part of `root`, so no other view
/// or policy sees them as written content.
#[derive(Debug, Default)]
pub struct Derived(std::sync::OnceLock<Vec<(String, Node)>>);

impl Derived {
    /// The derived nodes, each with its address in its collection, made by
    /// `make` the first time they are asked for.
    pub fn get_or_init(&self, make: impl FnOnce() -> Vec<(String, Node)>) -> &[(String, Node)] {
        self.0.get_or_init(make)
    }
}

/// A present document value, with its document and, for collection items, its
/// resource address.
#[derive(Clone, Debug)]
pub struct DocRef<'a> {
    pub node: &'a Node,
    pub doc: &'a Document,
    pub address: Option<Rc<str>>,
}

/// The place of a map entry in a value's text: `path.key`, or
/// `path["key"]` for a key that is not a name (`tags["team name"]`); the
/// key alone at the top.
pub fn key_path(path: &str, key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    match (plain, path.is_empty()) {
        (true, true) => key.to_string(),
        (true, false) => format!("{path}.{key}"),
        (false, _) => format!("{path}[{key:?}]"),
    }
}

pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n}") }
}
