//! Functions of lists, maps and sets.

use super::{Args, distinct, number_value, set_of, to_number, unify, wholly_known};
use crate::doc::{Map, weight};
use crate::doc::{Node, Value as V};
use crate::platform::terraform::resolve::{Env, MAX_EXPANSION, same, scalar_text};
use crate::source::Span;

/// Functions that build or measure a collection: `length`, `keys`, `values`,
/// `compact`, `flatten`, `distinct`, `concat`, `merge`.
pub(super) fn collection(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        ("length", 1) => match args.get(0, env)? {
            V::List(l) => V::Int(l.len() as i64),
            V::Map(m) => V::Int(m.len() as i64),
            // Terraform counts what the user sees as characters.
            V::Str(s) if super::strings::simple_characters(&s) => V::Int(s.chars().count() as i64),
            _ => return None,
        },
        ("keys" | "values", 1) => match args.get(0, env)? {
            V::Map(m) => V::List(if name == "keys" {
                m.into_keys().map(|k| Node::new(Span::default(), V::Str(k))).collect()
            } else {
                m.into_values().collect()
            }),
            _ => return None,
        },
        ("compact", 1) => match args.get(0, env)? {
            V::List(l) => {
                V::List(l.into_iter().filter(|n| !matches!(&n.value, V::Null) && !matches!(&n.value, V::Str(s) if s.is_empty())).collect())
            }
            _ => return None,
        },
        ("flatten", 1) => match args.get(0, env)? {
            V::List(l) => V::List(flatten(l)?),
            _ => return None,
        },
        ("distinct", 1) => match args.get(0, env)? {
            V::List(l) => V::List(distinct(l)),
            _ => return None,
        },
        ("concat", _) => {
            let mut out = Vec::new();
            for i in 0..args.len() {
                match args.get(i, env)? {
                    V::List(l) => out.extend(l),
                    _ => return None,
                }
            }
            V::List(out)
        }
        ("merge", _) => {
            let mut out = Map::default();
            for i in 0..args.len() {
                match args.get(i, env)? {
                    V::Map(m) => out.extend(m),
                    V::Null => {}
                    _ => return None,
                }
            }
            V::Map(out)
        }
        _ => return None,
    })
}

/// More functions of collections: `element` (modulo the length), `one`,
/// `zipmap`, `coalescelist`, `tomap`, `range` (at most `MAX_EXPANSION`
/// numbers), `min`, `max`.
pub(super) fn more_collection(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    // A number `range` counts in whole steps (it also takes fractions).
    let whole = |i: usize, env: &mut Env| args.get(i, env).and_then(|v| to_number(&v, env)).filter(|f| f.fract() == 0.0).map(|f| f as i64);
    Some(match (name, args.len()) {
        // An empty list or a negative index is an error.
        ("element", 2) => {
            let (l, i) = (args.list(0, env)?, args.int(1, env)?);
            match usize::try_from(i) {
                Ok(i) if !l.is_empty() => {
                    let at = i % l.len();
                    l.into_iter().nth(at)?.value
                }
                _ => return env.fail(),
            }
        }
        ("one", 1) => match args.list(0, env)? {
            l if l.is_empty() => V::Null,
            l if l.len() == 1 => l.into_iter().next()?.value,
            _ => return env.fail(),
        },
        ("zipmap", 2) => match (args.get(0, env)?, args.get(1, env)?) {
            (V::List(keys), V::List(values)) if keys.len() == values.len() => {
                let mut m = Map::default();
                for (k, v) in keys.into_iter().zip(values) {
                    m.insert(scalar_text(&k.value)?, v);
                }
                V::Map(m)
            }
            _ => return None,
        },
        ("coalescelist", _) => {
            for i in 0..args.len() {
                match args.get(i, env)? {
                    V::List(l) if l.is_empty() => continue,
                    v @ V::List(_) => return Some(v),
                    _ => return None,
                }
            }
            return None;
        }
        ("tomap", 1) => match args.get(0, env)? {
            m @ V::Map(_) => m,
            _ => return None,
        },
        ("range", 1..=3) => {
            let n: Vec<i64> = (0..args.len()).map(|i| whole(i, env)).collect::<Option<_>>()?;
            let (start, end, step) = match n[..] {
                [end] => (0, end, 1),
                [start, end] => (start, end, if end >= start { 1 } else { -1 }),
                [start, end, step] if step != 0 => (start, end, step),
                _ => return None,
            };
            let span = end.checked_sub(start)?;
            let count = span.checked_div(step).filter(|c| *c >= 0)? + i64::from(span.checked_rem(step)? != 0);
            if count > MAX_EXPANSION as i64 {
                return None;
            }
            V::List((0..count).map(|k| Node::new(Span::default(), V::Int(start + k * step))).collect())
        }
        ("min" | "max", n) if n >= 1 => {
            let values: Vec<f64> = (0..n).map(|i| args.get(i, env).and_then(|v| to_number(&v, env))).collect::<Option<_>>()?;
            let pick = if name == "min" {
                values.into_iter().fold(f64::INFINITY, f64::min)
            } else {
                values.into_iter().fold(f64::NEG_INFINITY, f64::max)
            };
            number_value(pick)
        }
        _ => return None,
    })
}

/// Functions that answer a question about a list's elements: `contains`,
/// `anytrue`, `alltrue`. An unknown element that could change the answer
/// makes it unknown.
pub(super) fn list_test(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        ("contains", 2) => match (args.get(0, env)?, args.get(1, env)?) {
            (V::List(items), v) => {
                let mut unknown = false;
                for item in &items {
                    match same(&item.value, &v) {
                        Some(true) => return Some(V::Bool(true)),
                        Some(false) => {}
                        None => unknown = true,
                    }
                }
                if unknown {
                    return None;
                }
                V::Bool(false)
            }
            _ => return None,
        },
        ("anytrue" | "alltrue", 1) => match args.get(0, env)? {
            V::List(l) => {
                let want = name == "anytrue";
                let mut all_known = true;
                for n in &l {
                    match n.value {
                        V::Bool(b) if b == want => return Some(V::Bool(want)),
                        V::Bool(_) => {}
                        _ => all_known = false,
                    }
                }
                if !all_known {
                    return None;
                }
                V::Bool(!want)
            }
            _ => return None,
        },
        _ => return None,
    })
}

/// Nested lists as one list; not known when an element not known could be
/// a list (its elements would be counted as one).
fn flatten(items: Vec<Node>) -> Option<Vec<Node>> {
    let mut out = Vec::new();
    for n in items {
        match n.value {
            V::List(inner) => out.extend(flatten(inner)?),
            V::Unknown(_) => return None,
            _ => out.push(n),
        }
    }
    Some(out)
}

/// Functions of lists: `sort` (strings, in lexical order), `slice`,
/// `index`, `reverse`, `sum`, and `transpose` of a map of lists.
pub(super) fn lists(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        ("sort", 1) => {
            let items = args.list(0, env)?;
            if !items.iter().all(|n| wholly_known(&n.value)) {
                return None;
            }
            let mut texts: Vec<String> = items.iter().map(|n| element_text(&n.value, env)).collect::<Option<_>>()?;
            texts.sort();
            V::List(texts.into_iter().map(|t| Node::new(Span::default(), V::Str(t))).collect())
        }
        ("slice", 3) => {
            let (items, start, end) = (args.list(0, env)?, args.int(1, env)?, args.int(2, env)?);
            match (usize::try_from(start), usize::try_from(end)) {
                (Ok(start), Ok(end)) if start <= end && end <= items.len() => V::List(items[start..end].to_vec()),
                _ => return env.fail(),
            }
        }
        ("index", 2) => {
            let (items, value) = (args.list(0, env)?, args.get(1, env)?);
            for (i, item) in items.iter().enumerate() {
                if same(&item.value, &value)? {
                    return Some(V::Int(i as i64));
                }
            }
            return env.fail();
        }
        ("reverse", 1) => V::List(args.list(0, env)?.into_iter().rev().collect()),
        ("sum", 1) => sum(args.list(0, env)?, env)?,
        ("transpose", 1) => match args.get(0, env)? {
            V::Map(m) if m.values().all(|n| wholly_known(&n.value)) => transpose(m, env)?,
            V::Map(_) | V::Unknown(_) => return None,
            _ => return env.fail(),
        },
        _ => return None,
    })
}

/// An element of a list of strings: a number or bool converted; null or a
/// collection is an error.
fn element_text(v: &V, env: &mut Env) -> Option<String> {
    match v {
        V::Null | V::List(_) | V::Map(_) => env.fail(),
        v => scalar_text(v),
    }
}

/// The sum of a list of numbers (strings that spell them converted): an
/// empty list, or an element that is no number, is an error.
fn sum(items: Vec<Node>, env: &mut Env) -> Option<V> {
    if items.is_empty() {
        return env.fail();
    }
    if !items.iter().all(|n| wholly_known(&n.value)) {
        return None;
    }
    let ints: Option<Vec<i64>> = items.iter().map(|n| if let V::Int(i) = n.value { Some(i) } else { None }).collect();
    if let Some(total) = ints.and_then(|ints| ints.into_iter().try_fold(0i64, i64::checked_add)) {
        return Some(V::Int(total));
    }
    let mut total = 0.0;
    for n in &items {
        total += to_number(&n.value, env)?;
    }
    Some(number_value(total))
}

/// `transpose`: for each string in the lists, the keys whose list has it,
/// in order; the keys of the result in order too, as Terraform's maps are.
fn transpose(m: Map<Node>, env: &mut Env) -> Option<V> {
    let mut out: std::collections::BTreeMap<String, Vec<String>> = std::collections::BTreeMap::new();
    for (key, list) in m {
        let V::List(items) = list.value else { return env.fail() };
        for item in items {
            out.entry(element_text(&item.value, env)?).or_default().push(key.clone());
        }
    }
    let text = |t: String| Node::new(Span::default(), V::Str(t));
    let entries = out.into_iter().map(|(k, mut keys)| {
        keys.sort();
        (k, Node::new(Span::default(), V::List(keys.into_iter().map(text).collect())))
    });
    Some(V::Map(entries.collect()))
}

/// Functions of sets: `setunion`, `setintersection`, `setsubtract` (of
/// elements all known: one not known could equal another), and
/// `setproduct`, whose combinations keep the order of the lists.
pub(super) fn sets(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    let mut sets: Vec<Vec<Node>> = (0..args.len()).map(|i| args.list(i, env)).collect::<Option<_>>()?;
    if name == "setproduct" {
        return product(sets, env);
    }
    let scalar = |n: &Node| matches!(n.value, V::Str(_) | V::Int(_) | V::Float(_) | V::Bool(_));
    if sets.is_empty() || (name == "setsubtract" && sets.len() != 2) || !sets.iter().flatten().all(scalar) {
        return None;
    }
    unify(&mut sets);
    let first = set_of(sets.remove(0));
    let has = |set: &[Node], n: &Node| set.iter().any(|o| same(&o.value, &n.value) == Some(true));
    Some(V::List(match name {
        "setunion" => set_of(first.into_iter().chain(sets.into_iter().flatten()).collect()),
        "setintersection" => first.into_iter().filter(|n| sets.iter().all(|s| has(s, n))).collect(),
        _ => first.into_iter().filter(|n| !sets.iter().any(|s| has(s, n))).collect(),
    }))
}

/// The combinations of one element of each list, the first list's
/// changing slowest; an empty list gives none. At least two lists, of at
/// most `MAX_EXPANSION` combinations.
fn product(lists: Vec<Vec<Node>>, env: &mut Env) -> Option<V> {
    if lists.len() < 2 {
        return env.fail();
    }
    let total = lists.iter().try_fold(1usize, |n, l| n.checked_mul(l.len()))?;
    if total > MAX_EXPANSION {
        return None;
    }
    // Every combination copies one element of each list: charged before
    // they are made.
    let per_combination: usize = lists.iter().map(|l| l.iter().map(|n| weight(&n.value)).max().unwrap_or(0)).sum();
    env.charge(total.saturating_mul(per_combination))?;
    let mut out: Vec<Vec<Node>> = vec![Vec::new()];
    for list in &lists {
        out = out.into_iter().flat_map(|prefix| list.iter().map(move |n| [prefix.clone(), vec![n.clone()]].concat())).collect();
    }
    Some(V::List(out.into_iter().map(|c| Node::new(Span::default(), V::List(c))).collect()))
}
