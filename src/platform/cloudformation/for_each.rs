//! `Fn::ForEach` (the `AWS::LanguageExtensions` transform): a loop over a
//! collection that writes one resource (or output) per value. Expanded in
//! place, as the transform does, when the collection is known: a list, or
//! a `Ref` to a `CommaDelimitedList` parameter whose default `super::walk`
//! has put there. The copies keep the places of the loop's template, so a
//! finding points at the line written.

use crate::doc::{Map, Node, Value as V};

/// At most this many items are written by the loops of one section: a
/// bound on the copies, as for every expansion of static evaluation.
const MAX_ITEMS: usize = 2000;

/// How deep loops within loops are expanded.
const MAX_NESTING: usize = 8;

/// Expand the loops of a section (`Resources`, `Outputs`) in place. A loop
/// whose collection is not known stays as written (an entry with no `Type`,
/// which no policy reads).
pub(super) fn expand(section: &mut Map<Node>) {
    if !section.keys().any(|k| is_loop(k)) {
        return;
    }
    let mut budget = MAX_ITEMS;
    let entries = std::mem::take(section);
    for (key, node) in entries {
        match is_loop(&key).then(|| items(&node, 0, &mut budget)).flatten() {
            Some(items) => section.extend(items),
            None => {
                section.insert(key, node);
            }
        }
    }
}

pub(super) fn is_loop(key: &str) -> bool {
    key.starts_with("Fn::ForEach::")
}

/// The items a loop writes: `[Identifier, Collection, {OutputKey: Template}]`.
fn items(node: &Node, depth: usize, budget: &mut usize) -> Option<Vec<(String, Node)>> {
    let [id, collection, templates] = node.as_list()? else { return None };
    let (id, templates) = (id.as_str()?, templates.as_map()?);
    let values: Vec<String> = match &collection.value {
        V::List(values) => values.iter().map(super::scalar_text).collect::<Option<_>>()?,
        V::Str(list) => list.split(',').map(|v| v.trim().to_string()).collect(),
        _ => return None,
    };
    let mut out = Vec::new();
    for value in &values {
        for (key, template) in templates {
            let key = named(key, id, value);
            let mut copy = template.clone();
            substitute(&mut copy, id, value, 0);
            if is_loop(&key) {
                if depth >= MAX_NESTING {
                    return None;
                }
                out.extend(items(&copy, depth + 1, budget)?);
                continue;
            }
            *budget = budget.checked_sub(1)?;
            out.push((key, copy));
        }
    }
    Some(out)
}

/// An output key with the identifier replaced: `${Identifier}` by the
/// value, `&{Identifier}` by its letters and digits only.
fn named(key: &str, id: &str, value: &str) -> String {
    let alphanumeric: String = value.chars().filter(char::is_ascii_alphanumeric).collect();
    key.replace(&format!("${{{id}}}"), value).replace(&format!("&{{{id}}}"), &alphanumeric)
}

/// The loop's identifier replaced by `value` in a copy of its template:
/// `{Ref: Identifier}` becomes the value (at the `Ref`'s place),
/// `${Identifier}` the value in the text of `Fn::Sub`, and the output keys
/// of loops within the loop are named with it.
fn substitute(node: &mut Node, id: &str, value: &str, depth: usize) {
    if depth > 200 {
        return;
    }
    if node.get("Ref").and_then(Node::as_str) == Some(id) && node.as_map().is_some_and(|m| m.len() == 1) {
        node.value = V::Str(value.to_string());
        return;
    }
    let var = format!("${{{id}}}");
    match &mut node.value {
        V::Map(m) => {
            if let Some(sub) = m.get_mut("Fn::Sub") {
                let text = match &mut sub.value {
                    V::List(parts) => parts.first_mut(),
                    _ => Some(sub),
                };
                if let Some(Node { value: V::Str(s), .. }) = text {
                    *s = s.replace(&var, value);
                }
            }
            m.values_mut().for_each(|c| substitute(c, id, value, depth + 1));
            if m.keys().any(|k| named(k, id, value) != *k) {
                *m = std::mem::take(m).into_iter().map(|(k, c)| (named(&k, id, value), c)).collect();
            }
        }
        V::List(items) => items.iter_mut().for_each(|c| substitute(c, id, value, depth + 1)),
        _ => {}
    }
}
