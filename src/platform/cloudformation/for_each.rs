//! `Fn::ForEach` (the `AWS::LanguageExtensions` transform): a loop over a
//! collection that writes one resource (or output) per value. Expanded in
//! place, as the transform does, before anything else of the template is
//! resolved, when the collection is known: a list, or a `Ref` to a
//! `CommaDelimitedList` parameter's default. The copies keep the places of
//! the loop's template, so a finding points at the line written.

use crate::diag::Diag;
use crate::doc::{Map, Node, Value as V, weight};
use crate::source::SourceFile;
use std::sync::Arc;

/// At most this much (`weight`) is copied by the loops of one section, the
/// steps of loops within loops included: a bound on the copies, as for
/// every expansion of static evaluation.
const MAX_COPIED: usize = 100_000;

/// How deep loops within loops are expanded.
const MAX_NESTING: usize = 8;

/// Why a loop is left as written.
enum Unexpanded {
    /// Its collection is not a list of literals attest knows.
    Unknown,
    /// Expanding it would copy more than `MAX_COPIED`.
    TooLarge,
    /// It writes a key another entry of the section has.
    Collision(String),
}

/// Expand the loops of a section (`Resources`, `Outputs`) in place, each
/// collection first resolved by `resolve` (parameters, mappings). A loop
/// that cannot be expanded stays as written (an entry with no `Type`, which
/// no policy reads), with a warning in `notices`.
pub(super) fn expand(section: &mut Map<Node>, file: &Arc<SourceFile>, resolve: &dyn Fn(&mut Node), notices: &mut Vec<Diag>) {
    if !section.keys().any(|k| is_loop(k)) {
        return;
    }
    let mut budget = MAX_COPIED;
    let entries = std::mem::take(section);
    let written: std::collections::HashSet<String> = entries.keys().filter(|k| !is_loop(k)).cloned().collect();
    for (key, node) in entries {
        if !is_loop(&key) {
            section.insert(key, node);
            continue;
        }
        // A key another entry names, or that the loop writes twice (`&{Id}`
        // makes `a-b` and `ab` one key).
        let result = items(&node, resolve, 0, &mut budget).and_then(|items| {
            let mut own = std::collections::HashSet::new();
            match items.iter().find(|(k, _)| written.contains(k) || section.contains_key(k) || !own.insert(k.as_str())) {
                Some((k, _)) => Err(Unexpanded::Collision(k.clone())),
                None => Ok(items),
            }
        });
        match result {
            Ok(items) => section.extend(items),
            Err(why) => {
                let why = match why {
                    Unexpanded::Unknown => "its collection is not a list attest knows".to_string(),
                    Unexpanded::TooLarge => format!("its copies would weigh more than {MAX_COPIED} values"),
                    Unexpanded::Collision(k) => format!("it writes `{k}`, which another entry also names"),
                };
                let at = node.key_span.unwrap_or(node.span);
                let mut d =
                    Diag::error(file, at, format!("`{key}` is not expanded: {why}; the entries it writes are not checked"), "not expanded");
                d.severity = miette::Severity::Warning;
                notices.push(d);
                section.insert(key, node);
            }
        }
    }
}

pub(super) fn is_loop(key: &str) -> bool {
    key.starts_with("Fn::ForEach::")
}

/// The items a loop writes: `[Identifier, Collection, {OutputKey: Template}]`.
fn items(node: &Node, resolve: &dyn Fn(&mut Node), depth: usize, budget: &mut usize) -> Result<Vec<(String, Node)>, Unexpanded> {
    let Some([id, collection, templates]) = node.as_list() else { return Err(Unexpanded::Unknown) };
    let (Some(id), Some(templates)) = (id.as_str(), templates.as_map()) else { return Err(Unexpanded::Unknown) };
    let mut collection = collection.clone();
    resolve(&mut collection);
    let values: Vec<String> = match &collection.value {
        V::List(values) => values.iter().map(super::scalar_text).collect::<Option<_>>().ok_or(Unexpanded::Unknown)?,
        V::Str(list) => list.split(',').map(|v| v.trim().to_string()).collect(),
        _ => return Err(Unexpanded::Unknown),
    };
    let mut out = Vec::new();
    for value in &values {
        for (key, template) in templates {
            // Every step is charged, an empty template's too.
            *budget = budget.checked_sub(1 + weight(&template.value)).ok_or(Unexpanded::TooLarge)?;
            let key = named(key, id, value);
            let mut copy = template.clone();
            substitute(&mut copy, id, value, 0);
            if is_loop(&key) {
                if depth >= MAX_NESTING {
                    return Err(Unexpanded::TooLarge);
                }
                out.extend(items(&copy, resolve, depth + 1, budget)?);
            } else {
                out.push((key, copy));
            }
        }
    }
    Ok(out)
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
