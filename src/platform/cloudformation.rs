//! CloudFormation templates (YAML or JSON): resources by logical id.

use super::item;
use crate::doc::{Document, Node};
use crate::eval::{Value, View};

pub(super) fn is_template(root: &Node) -> bool {
    if root.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    root.get("Resources").and_then(Node::as_map).is_some_and(|r| {
        r.values().any(|res| res.get("Type").and_then(Node::as_str).is_some_and(|t| t.starts_with("AWS::") || t.starts_with("Custom::")))
    })
}

pub(super) fn resources<'a>(doc: &'a Document, type_filter: Option<&Value<'a>>, out: &mut Vec<Value<'a>>) {
    if !is_template(&doc.root) {
        return;
    }
    let wanted = match type_filter.map(Value::view) {
        Some(View::Str(t)) => Some(t.to_string()),
        Some(_) => return,
        None => None,
    };
    let Some(resources) = doc.root.get("Resources").and_then(Node::as_map) else { return };
    for (id, res) in resources {
        let ty = res.get("Type").and_then(Node::as_str).unwrap_or("");
        if wanted.as_deref().is_none_or(|w| super::glob_match(w, ty)) {
            out.push(item(res, doc, id.clone()));
        }
    }
}
