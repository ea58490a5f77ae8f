//! CloudFormation `Conditions`, decided from the parameters' defaults as
//! `Ref` is (`super::resolve`): `Fn::If` becomes the branch its condition
//! picks, `AWS::NoValue` removes the property or list item it stands for,
//! and a resource or output whose `Condition` is false is not created. A
//! condition that depends on a value attest cannot know (a parameter without
//! a default, a pseudo parameter, another intrinsic function) is undecided,
//! and what depends on it stays as written.

use crate::doc::{LeftOut, Node, Value as V};
use std::collections::HashMap;

/// How deep conditions that name conditions, and the values of a resource,
/// are followed.
const MAX_DEPTH: usize = 200;

/// Each condition of the template: true, false, or `None` (undecided).
pub(super) type Decided = HashMap<String, Option<bool>>;

/// Decide every condition of `conditions` (the template's `Conditions`, its
/// `Ref`s already resolved).
pub(super) fn decide(conditions: Option<&Node>) -> Decided {
    let mut decided = Decided::new();
    if let Some(all) = conditions.and_then(Node::as_map) {
        for name in all.keys() {
            condition(name, all, &mut decided, 0);
        }
    }
    decided
}

fn condition(name: &str, all: &crate::doc::Map<Node>, decided: &mut Decided, depth: usize) -> Option<bool> {
    if let Some(known) = decided.get(name) {
        return *known;
    }
    if depth > MAX_DEPTH {
        return None;
    }
    // Undecided while it is decided: a cycle stays undecided.
    decided.insert(name.to_string(), None);
    let value = all.get(name).and_then(|c| function(c, all, decided, depth + 1));
    decided.insert(name.to_string(), value);
    value
}

/// A condition function: `Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or`, or
/// `{Condition: NAME}`.
fn function(node: &Node, all: &crate::doc::Map<Node>, decided: &mut Decided, depth: usize) -> Option<bool> {
    let map = node.as_map().filter(|m| m.len() == 1)?;
    let (name, args) = map.first()?;
    let mut each = |c: &Node| function(c, all, decided, depth + 1);
    match (name.as_str(), args.as_list()) {
        ("Condition", _) => condition(args.as_str()?, all, decided, depth + 1),
        // Compared as text, as CloudFormation does (`super::scalar_text`).
        ("Fn::Equals", Some([a, b])) => Some(super::scalar_text(a)? == super::scalar_text(b)?),
        ("Fn::Not", Some([c])) => each(c).map(|v| !v),
        // Three-valued: one false decides `Fn::And`, one true `Fn::Or`.
        ("Fn::And", Some(cs)) => {
            let vs: Vec<Option<bool>> = cs.iter().map(&mut each).collect();
            if vs.contains(&Some(false)) { Some(false) } else { vs.iter().all(Option::is_some).then_some(true) }
        }
        ("Fn::Or", Some(cs)) => {
            let vs: Vec<Option<bool>> = cs.iter().map(&mut each).collect();
            if vs.contains(&Some(true)) { Some(true) } else { vs.iter().all(Option::is_some).then_some(false) }
        }
        _ => None,
    }
}

/// Whether a resource or output is created: its `Condition` is not false.
pub(super) fn created(item: &Node, decided: &Decided) -> bool {
    item.get("Condition").and_then(Node::as_str).is_none_or(|c| decided.get(c) != Some(&Some(false)))
}

/// `{Ref: AWS::NoValue}`: the property or item is left out.
fn is_no_value(node: &Node) -> bool {
    node.as_map().is_some_and(|m| m.len() == 1 && m.get("Ref").and_then(Node::as_str) == Some("AWS::NoValue"))
}

/// Replace each `Fn::If` whose condition is decided with its branch, and
/// remove what `AWS::NoValue` stands for, in `node` and below; a property
/// removed is noted in `left_out`, where a policy that finds it missing
/// points.
pub(super) fn apply(node: &mut Node, decided: &Decided, left_out: &mut Vec<LeftOut>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    // The branch takes the place of the `Fn::If`, under its key.
    while let Some(branch) = chosen(node, decided) {
        let key_span = node.key_span;
        *node = branch;
        node.key_span = key_span;
    }
    let parent = node.span;
    match &mut node.value {
        V::Map(m) => {
            // The arguments of an undecided `Fn::If` keep their places:
            // `AWS::NoValue` is one of its branches, not an item.
            let undecided_if = m.len() == 1 && m.contains_key("Fn::If");
            for c in m.values_mut() {
                match &mut c.value {
                    V::List(args) if undecided_if => args.iter_mut().for_each(|a| apply(a, decided, left_out, depth + 1)),
                    _ => apply(c, decided, left_out, depth + 1),
                }
            }
            m.retain(|key, c| {
                let keep = !is_no_value(c);
                if !keep {
                    left_out.push(LeftOut { parent, key: key.clone(), at: c.key_span.unwrap_or(c.span) });
                }
                keep
            });
        }
        V::List(items) => {
            items.iter_mut().for_each(|c| apply(c, decided, left_out, depth + 1));
            items.retain(|c| !is_no_value(c));
        }
        _ => {}
    }
}

/// The branch an `Fn::If` takes, when its condition is decided.
fn chosen(node: &mut Node, decided: &Decided) -> Option<Node> {
    let V::Map(m) = &mut node.value else { return None };
    if m.len() != 1 {
        return None;
    }
    let V::List(args) = &mut m.get_mut("Fn::If")?.value else { return None };
    let [name, then, otherwise] = args.as_mut_slice() else { return None };
    let pick = (*decided.get(name.as_str()?)?)?;
    Some(std::mem::replace(if pick { then } else { otherwise }, Node::new(Default::default(), V::Null)))
}
