//! CloudFormation templates (YAML or JSON): resources by logical id.

mod conditions;
mod for_each;

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node};
use std::sync::Arc;

pub(super) fn is_template(root: &Node) -> bool {
    if root.get("AWSTemplateFormatVersion").is_some() {
        return true;
    }
    // Resources all left out by conditions that are false (`resolve`) leave
    // a template still: its parameters and outputs are there to check.
    root.get("Resources").and_then(Node::as_map).is_some_and(|r| {
        (r.is_empty() && root.get("Conditions").is_some())
            || r.iter().any(|(key, res)| {
                for_each::is_loop(key)
                    || res.get("Type").and_then(Node::as_str).is_some_and(|t| t.starts_with("AWS::") || t.starts_with("Custom::"))
            })
    })
}

pub(super) fn resources<'a>(doc: &'a Document, wanted: Option<&str>, out: &mut Vec<DocRef<'a>>) {
    if !is_template(&doc.root) {
        return;
    }
    let Some(resources) = doc.root.get("Resources").and_then(Node::as_map) else { return };
    for (id, res) in resources {
        let ty = res.get("Type").and_then(Node::as_str).unwrap_or("");
        if wanted.is_none_or(|w| super::glob_match(w, ty)) {
            out.push(item(res, doc, id.clone()));
        }
    }
}

/// The `Type` of each resource of a template (those written as strings:
/// no other matches a collection's argument).
pub(super) fn resource_types(doc: &Document) -> impl Iterator<Item = &str> {
    doc.root
        .get("Resources")
        .and_then(Node::as_map)
        .into_iter()
        .flat_map(|r| r.values().filter_map(|res| res.get("Type").and_then(Node::as_str)))
}

/// The `Parameters` of a template, each addressed `Parameters/NAME`.
pub(super) fn parameters<'a>(doc: &'a Document, out: &mut Vec<DocRef<'a>>) {
    if !is_template(&doc.root) {
        return;
    }
    for (name, p) in doc.root.get("Parameters").and_then(Node::as_map).into_iter().flatten() {
        out.push(item(p, doc, format!("Parameters/{name}")));
    }
}

/// Names of parameters that choose the environment a stack is for.
const ENVIRONMENT_NAMES: &[&str] = &["Env", "Environment", "EnvType", "EnvironmentType", "EnvironmentName", "Stage", "DeploymentStage"];

/// Resolve `Ref` to a parameter, in place: a parameter with a `Default` becomes
/// that value (pointing at the `Ref`), one without, one whose value is read
/// from Systems Manager (its `Default` is the name of an SSM parameter), a
/// `NoEcho` one (a secret, given when the stack is made), one that chooses
/// the environment (`ENVIRONMENT_NAMES`, or production among its allowed
/// values), and pseudo parameters such as `AWS::Region`, become unknown. A `Ref` to a
/// resource stays as written, so `referenced_by` can follow it.
/// `Fn::FindInMap` over literal keys reads the `Mappings`. Then the
/// `Conditions` are decided from those values (`conditions`): `Fn::If` takes
/// its branch, `AWS::NoValue` leaves its property out, and resources and
/// outputs whose condition is false are removed. `Fn::ForEach` loops over a
/// known collection are expanded first (`for_each`).
pub fn resolve(doc: &mut Document, notices: &mut Vec<crate::diag::Diag>) {
    use crate::doc::Value as V;
    if !is_template(&doc.root) {
        return;
    }
    // A parameter read from Systems Manager has the SSM parameter's name as
    // its default; a `NoEcho` one is a secret, whose default is at best a
    // placeholder: a stack is given its value.
    let from_ssm = |p: &Node| p.get("Type").and_then(Node::as_str).is_some_and(|t| t.starts_with("AWS::SSM::Parameter::Value<"));
    let no_echo = |p: &Node| {
        p.get("NoEcho").is_some_and(|v| matches!(&v.value, V::Bool(true)) || v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("true")))
    };
    // A parameter that chooses the environment (`Environment`, `Stage`, or
    // allowed values that include production and another) is given its
    // value for each stack: its default is one environment of several, and
    // production is the one that matters, so it is not assumed.
    let environment = |name: &str, p: &Node| {
        let prod = |v: &Node| v.as_str().is_some_and(|s| s.eq_ignore_ascii_case("prod") || s.eq_ignore_ascii_case("production"));
        ENVIRONMENT_NAMES.iter().any(|n| name.eq_ignore_ascii_case(n))
            || p.get("AllowedValues").and_then(Node::as_list).is_some_and(|vs| vs.len() > 1 && vs.iter().any(prod))
    };
    let params: std::collections::HashMap<String, Option<Node>> = doc
        .root
        .get("Parameters")
        .and_then(Node::as_map)
        .into_iter()
        .flatten()
        .map(|(name, p)| (name.clone(), p.get("Default").filter(|_| !from_ssm(p) && !no_echo(p) && !environment(name, p)).cloned()))
        .collect();
    let mappings = doc.root.get("Mappings").cloned();
    let file = Arc::clone(&doc.file);
    let V::Map(root) = &mut doc.root.value else { return };
    // The loops first, as the transform runs before anything else: only
    // their collections are resolved, so that a copy's `!FindInMap [M, !Ref
    // Id, K]` is resolved with the loop's value.
    let resolve_collection = |n: &mut Node| walk(n, &params, mappings.as_ref(), 0);
    for section in ["Resources", "Outputs"] {
        if let Some(Node { value: V::Map(items), .. }) = root.get_mut(section) {
            for_each::expand(items, &file, &resolve_collection, notices);
        }
    }
    for section in ["Resources", "Outputs", "Conditions"] {
        if let Some(n) = root.get_mut(section) {
            walk(n, &params, mappings.as_ref(), 0);
        }
    }
    let decided = conditions::decide(root.get("Conditions"));
    for section in ["Resources", "Outputs"] {
        if let Some(Node { value: V::Map(items), .. }) = root.get_mut(section) {
            items.retain(|_, item| conditions::created(item, &decided));
            items.values_mut().for_each(|item| conditions::apply(item, &decided, &mut doc.left_out, 0));
        }
    }
}

fn walk(node: &mut Node, params: &std::collections::HashMap<String, Option<Node>>, mappings: Option<&Node>, depth: usize) {
    use crate::doc::Value as V;
    if depth > 200 {
        return;
    }
    let replacement = match &node.value {
        V::Map(m) if m.len() == 1 => match (m.get("Ref").and_then(Node::as_str), m.get("Fn::FindInMap")) {
            // Left for `conditions::apply`, which removes what it stands for.
            (Some("AWS::NoValue"), _) => None,
            (Some(name), _) if name.starts_with("AWS::") => Some(V::Unknown(format!("Ref {name}"))),
            (Some(name), _) => match params.get(name) {
                Some(Some(default)) => Some(default.value.clone()),
                Some(None) => Some(V::Unknown(format!("Ref {name}"))),
                None => None,
            },
            (None, Some(args)) => find_in_map(args, mappings),
            _ => None,
        },
        _ => None,
    };
    if let Some(v) = replacement {
        // Values brought in from `Parameters` or `Mappings` point at the
        // place that uses them, which keeps its key.
        node.value = v;
        let key = node.key_span;
        node.respan(node.span);
        node.key_span = key;
        return;
    }
    match &mut node.value {
        V::Map(m) => m.values_mut().for_each(|c| walk(c, params, mappings, depth + 1)),
        V::List(items) => items.iter_mut().for_each(|c| walk(c, params, mappings, depth + 1)),
        _ => {}
    }
}

/// A literal as CloudFormation reads it, as text: strings, integers and
/// booleans (`true` is `"true"`); `None` for a decimal number (`1.0` is read
/// as the number 1, whose text is not what was written) and anything else.
fn scalar_text(node: &Node) -> Option<String> {
    use crate::doc::Value as V;
    Some(match &node.value {
        V::Str(s) => s.clone(),
        V::Int(i) => i.to_string(),
        V::Bool(b) => b.to_string(),
        _ => return None,
    })
}

fn find_in_map(args: &Node, mappings: Option<&Node>) -> Option<crate::doc::Value> {
    let [map, top, second] = args.as_list()? else { return None };
    let found = mappings?.get(map.as_str()?)?.get(top.as_str()?)?.get(second.as_str()?)?;
    Some(found.value.clone())
}
