//! Values during evaluation: document values by reference, computed values, and the
//! two states that exist only here, absent and unknown.

use crate::doc::Map;
use crate::doc::{self, DocRef, Document, Node, format_number};
use std::rc::Rc;

/// Where an absent value would have been: the nearest present ancestor and the
/// path below it that is missing.
#[derive(Clone, Debug)]
pub struct Missing<'a> {
    pub node: &'a Node,
    pub doc: &'a Document,
    pub path: Rc<str>,
}

#[derive(Clone, Debug)]
pub enum Value<'a> {
    Doc(DocRef<'a>),
    Absent(Option<Missing<'a>>),
    /// Not known statically: the expression text, and the document value it came from.
    Unknown(Rc<str>, Option<DocRef<'a>>),
    Null,
    Bool(bool),
    Num(f64),
    Str(Rc<str>),
    /// A list, plain or a projection.
    List(Rc<Vec<Value<'a>>>, ListKind),
    Map(Rc<Map<Value<'a>>>),
}

/// What a computed list is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    /// A list written in a policy, given by a function or a collection.
    Plain,
    /// The results of `[*]`, `[? ]` and `..`, over which a following `.key`
    /// maps (and whose elements label a failure one by one).
    Projection,
}

/// How a value written as text shows a string: as it is (in messages) or
/// quoted (in labels). Strings inside lists and maps are always quoted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quoting {
    Bare,
    Quoted,
}

/// A borrowed view of a value with document references resolved one level, so
/// that operators handle document and computed values alike.
pub enum View<'v> {
    Absent,
    Unknown,
    Null,
    Bool(bool),
    Num(f64),
    Str(&'v str),
    List,
    Map,
}

impl<'a> Value<'a> {
    pub fn str(s: &str) -> Value<'a> {
        Value::Str(Rc::from(s))
    }

    pub fn doc(node: &'a Node, doc: &'a Document) -> Value<'a> {
        match &node.value {
            doc::Value::Unknown(text) => Value::Unknown(Rc::from(text.as_str()), Some(DocRef { node, doc, address: None })),
            _ => Value::Doc(DocRef { node, doc, address: None }),
        }
    }

    /// A computed value with the content of a node that is no document's (JSON
    /// parsed from a string): numbers, strings, lists and maps alike.
    pub fn owned(node: &Node) -> Value<'a> {
        match &node.value {
            doc::Value::Null => Value::Null,
            doc::Value::Bool(b) => Value::Bool(*b),
            doc::Value::Int(i) => Value::Num(*i as f64),
            doc::Value::Float(f) => Value::Num(*f),
            doc::Value::Str(s) => Value::str(s),
            doc::Value::Unknown(text) => Value::Unknown(Rc::from(text.as_str()), None),
            doc::Value::List(items) => Value::List(Rc::new(items.iter().map(Value::owned).collect()), ListKind::Plain),
            doc::Value::Map(m) => Value::Map(Rc::new(m.iter().map(|(k, v)| (k.clone(), Value::owned(v))).collect())),
        }
    }

    pub fn view(&self) -> View<'_> {
        match self {
            Value::Absent(_) => View::Absent,
            Value::Unknown(..) => View::Unknown,
            Value::Null => View::Null,
            Value::Bool(b) => View::Bool(*b),
            Value::Num(n) => View::Num(*n),
            Value::Str(s) => View::Str(s),
            Value::List(..) => View::List,
            Value::Map(_) => View::Map,
            Value::Doc(d) => match &d.node.value {
                doc::Value::Null => View::Null,
                doc::Value::Bool(b) => View::Bool(*b),
                doc::Value::Int(i) => View::Num(*i as f64),
                doc::Value::Float(f) => View::Num(*f),
                doc::Value::Str(s) => View::Str(s),
                doc::Value::List(_) => View::List,
                doc::Value::Map(_) => View::Map,
                doc::Value::Unknown(_) => View::Unknown,
            },
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self.view(), View::Unknown)
    }

    /// A projection holding an unknown, which may stand for any number of
    /// elements (a list not known statically, elements a filter could not
    /// decide): how many elements it has is not known.
    pub fn has_unknown_count(&self) -> bool {
        matches!(self, Value::List(items, ListKind::Projection) if items.iter().any(Value::is_unknown))
    }

    /// Present and not null.
    pub fn exists(&self) -> bool {
        !matches!(self.view(), View::Absent | View::Null)
    }

    /// The elements of a list, the values of a map; `None` for anything else.
    pub fn elements(&self) -> Option<Vec<Value<'a>>> {
        match self {
            Value::List(items, _) => Some(items.as_ref().clone()),
            Value::Map(m) => Some(m.values().cloned().collect()),
            Value::Doc(d) => match &d.node.value {
                doc::Value::List(items) => Some(items.iter().map(|n| Value::doc(n, d.doc)).collect()),
                doc::Value::Map(m) => Some(m.values().map(|n| Value::doc(n, d.doc)).collect()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Number of elements, characters or entries.
    #[expect(clippy::len_without_is_empty, reason = "`is empty` is an operator with its own semantics (ops::is)")]
    pub fn len(&self) -> Option<usize> {
        match self {
            Value::List(items, _) => Some(items.len()),
            Value::Map(m) => Some(m.len()),
            Value::Str(s) => Some(s.chars().count()),
            Value::Doc(d) => match &d.node.value {
                doc::Value::List(items) => Some(items.len()),
                doc::Value::Map(m) => Some(m.len()),
                doc::Value::Str(s) => Some(s.chars().count()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Map keys, in order.
    pub fn keys(&self) -> Option<Vec<String>> {
        match self {
            Value::Map(m) => Some(m.keys().cloned().collect()),
            Value::Doc(d) => d.node.as_map().map(|m| m.keys().cloned().collect()),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn as_str_value(&self) -> Option<String> {
        match self.view() {
            View::Str(s) => Some(s.to_string()),
            _ => None,
        }
    }

    /// The number a value spells, if any: numbers, and strings such as `"22"`.
    pub fn as_number(&self) -> Option<f64> {
        match self.view() {
            View::Num(n) => Some(n),
            View::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    /// The boolean a value spells: booleans, and the strings `"true"`/`"false"`.
    pub fn as_bool(&self) -> Option<bool> {
        match self.view() {
            View::Bool(b) => Some(b),
            View::Str(s) if s.eq_ignore_ascii_case("true") => Some(true),
            View::Str(s) if s.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }

    /// The value as text, whole: strings as they are, everything else compact
    /// (what `to_string` and `join` compute with).
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Quoting::Bare);
        out
    }

    /// Text for messages: `text`, shortened to 120 characters.
    pub fn display(&self) -> String {
        let mut out = self.text();
        if out.chars().count() > 120 {
            out = out.chars().take(117).collect::<String>() + "...";
        }
        out
    }

    /// The value as text without shortening (strings quoted).
    pub fn literal_full(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Quoting::Quoted);
        out
    }

    /// The value as JSON: unknown is `{"unknown": TEXT}`, absent `null`;
    /// numbers that are whole are integers.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match self.view() {
            View::Absent | View::Null => J::Null,
            View::Unknown => {
                // Written bare: the text as the file has it.
                let mut text = String::new();
                self.write(&mut text, Quoting::Bare);
                serde_json::json!({ "unknown": text })
            }
            View::Bool(b) => J::Bool(b),
            #[expect(clippy::cast_possible_truncation, reason = "only whole numbers in the i64 range are converted")]
            View::Num(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => J::from(n as i64),
            View::Num(n) => serde_json::Number::from_f64(n).map_or(J::Null, J::Number),
            View::Str(s) => J::String(s.to_string()),
            View::List => J::Array(self.elements().unwrap_or_default().iter().map(Value::to_json).collect()),
            View::Map => {
                let keys = self.keys().unwrap_or_default();
                let values = self.elements().unwrap_or_default();
                J::Object(keys.into_iter().zip(values.iter().map(Value::to_json)).collect())
            }
        }
    }

    /// Text for labels: strings quoted.
    pub fn literal(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Quoting::Quoted);
        if out.chars().count() > 60 {
            out = out.chars().take(57).collect::<String>() + "...";
        }
        out
    }

    /// The value as text, appended to `out`; stops once `out` holds more than
    /// 100,000 bytes.
    fn write(&self, out: &mut String, quoting: Quoting) {
        if out.len() > 100_000 {
            return;
        }
        match self.view() {
            View::Absent => out.push_str("(absent)"),
            View::Unknown => {
                let text = match self {
                    Value::Unknown(t, _) => t.to_string(),
                    Value::Doc(d) => match &d.node.value {
                        doc::Value::Unknown(t) => t.clone(),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                // In a message, what the file wrote (`grants roles/editor to
                // var.member`); elsewhere marked as not known.
                match quoting {
                    Quoting::Bare => out.push_str(&text),
                    Quoting::Quoted => out.push_str(&format!("(unknown: {text})")),
                }
            }
            View::Null => out.push_str("null"),
            View::Bool(b) => out.push_str(if b { "true" } else { "false" }),
            View::Num(n) => out.push_str(&format_number(n)),
            View::Str(s) if quoting == Quoting::Bare => out.push_str(s),
            View::Str(s) => out.push_str(&format!("{s:?}")),
            View::List => {
                out.push('[');
                for (i, e) in self.elements().unwrap_or_default().iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    e.write(out, Quoting::Quoted);
                }
                out.push(']');
            }
            View::Map => {
                out.push('{');
                let keys = self.keys().unwrap_or_default();
                let values = self.elements().unwrap_or_default();
                for (i, (k, v)) in keys.iter().zip(values.iter()).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(k);
                    out.push_str(": ");
                    v.write(out, Quoting::Quoted);
                }
                out.push('}');
            }
        }
    }

    /// The type of the value, in words.
    pub fn type_name(&self) -> &'static str {
        match self.view() {
            View::Absent => "absent",
            View::Unknown => "unknown",
            View::Null => "null",
            View::Bool(_) => "bool",
            View::Num(_) => "number",
            View::Str(_) => "string",
            View::List => "list",
            View::Map => "map",
        }
    }
}
