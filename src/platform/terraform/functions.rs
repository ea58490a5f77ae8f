//! The pure functions of Terraform that static evaluation knows, called
//! with their arguments unevaluated (`Args`), so that `try` and `coalesce`
//! stop at the first argument that decides.

use super::resolve::{Attempt, Env, MAX_EXPANSION, evaluate, number, part, same, scalar_text, to_bool};
use crate::doc::Map;
use crate::doc::{Node, Value as V};
use crate::source::Span;
use hcl_edit::expr::Expression;
use hcl_edit::template::Element;

/// The pure functions modules use to pick values (`conversion`, `choice`,
/// `collection`, `more_collection`, `list_test`, `string`). Anything else,
/// or a known name with another number of arguments, is unknown.
pub(super) fn call(name: &str, args: &[&Expression], env: &mut Env, depth: usize) -> Option<V> {
    let args = Args { exprs: args, depth };
    match name {
        "jsonencode" | "tolist" | "toset" | "tostring" | "tonumber" | "tobool" => conversion(name, &args, env),
        "try" | "can" | "coalesce" | "lookup" => choice(name, &args, env),
        "length" | "keys" | "values" | "compact" | "flatten" | "distinct" | "concat" | "merge" => collection(name, &args, env),
        "contains" | "anytrue" | "alltrue" => list_test(name, &args, env),
        "join" | "lower" | "upper" | "replace" | "split" | "trimprefix" | "trimsuffix" | "trimspace" | "startswith" | "endswith"
        | "format" => string(name, &args, env),
        "element" | "one" | "zipmap" | "coalescelist" | "tomap" | "range" | "min" | "max" => more_collection(name, &args, env),
        _ => None,
    }
}

/// The arguments of a function call, evaluated when a function asks for one,
/// so that `try` and `coalesce` stop at the first that decides.
struct Args<'a> {
    exprs: &'a [&'a Expression],
    depth: usize,
}

impl Args<'_> {
    /// The value of argument `i`, if there is one and it is known.
    fn get(&self, i: usize, env: &mut Env) -> Option<V> {
        self.exprs.get(i).and_then(|a| evaluate(a, env, self.depth))
    }

    fn len(&self) -> usize {
        self.exprs.len()
    }
}

/// Functions that keep or convert one value: `jsonencode` (a policy document
/// is the value itself), `tolist`, `toset`, `tostring`, `tonumber`, `tobool`.
fn conversion(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        ("jsonencode" | "tolist", 1) => args.get(0, env)?,
        // A set has no repeats, and Terraform goes through a set of strings
        // in lexical order (`count = length(toset(...))`, `for_each`).
        ("toset", 1) => match args.get(0, env)? {
            V::List(l) => {
                let mut out = distinct(l);
                if out.iter().all(|n| matches!(n.value, V::Str(_))) {
                    out.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                }
                V::List(out)
            }
            v => v,
        },
        ("tostring", 1) => V::Str(scalar_text(&args.get(0, env)?)?),
        ("tonumber", 1) => match args.get(0, env)? {
            v @ (V::Int(_) | V::Float(_)) => v,
            V::Str(s) => match s.trim().parse::<i64>() {
                Ok(i) => V::Int(i),
                Err(_) => V::Float(s.trim().parse().ok()?),
            },
            _ => return None,
        },
        ("tobool", 1) => match args.get(0, env)? {
            V::Null => V::Null,
            v => V::Bool(to_bool(&v, env)?),
        },
        _ => return None,
    })
}

/// Functions that choose among values: `try` (the first argument that is
/// not an error), `can` (whether it is one), `coalesce` (the first that is
/// neither null nor empty), `lookup` (a map's entry or the default).
fn choice(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        // The first argument that is not an error (see `Env::fail`); one
        // not known could be either.
        ("try", _) => {
            for e in args.exprs {
                match env.attempt(e, args.depth) {
                    Attempt::Error => continue,
                    Attempt::Value(v) => return Some(v),
                    Attempt::Unknown => return None,
                }
            }
            return env.fail();
        }
        // Whether its argument evaluates without error: not known when the
        // value is not wholly known, which could still fail.
        ("can", 1) => match env.attempt(args.exprs[0], args.depth) {
            Attempt::Error => V::Bool(false),
            Attempt::Value(v) if wholly_known(&v) => V::Bool(true),
            Attempt::Value(_) | Attempt::Unknown => return None,
        },
        // An unknown argument ends the search when it is a template with text
        // of its own (`"subnet-${random_string.n.result}"`), which is never
        // empty: the value is that template, its known text kept.
        ("coalesce", _) => {
            for (i, e) in args.exprs.iter().enumerate() {
                match args.get(i, env) {
                    Some(V::Null) => continue,
                    Some(V::Str(s)) if s.is_empty() => continue,
                    Some(v) => return Some(v),
                    None if has_text(e) => return Some(part(e, env, args.depth)),
                    None => return None,
                }
            }
            return None;
        }
        // A key is converted to a string (`lookup(m, count.index)`); an
        // empty map gives the default whatever the key.
        ("lookup", 2 | 3) => match args.get(0, env)? {
            V::Map(m) if m.is_empty() => args.get(2, env)?,
            V::Map(m) => match m.get(&scalar_text(&args.get(1, env)?)?) {
                Some(v) => v.value.clone(),
                None => args.get(2, env)?,
            },
            _ => return None,
        },
        _ => return None,
    })
}

/// A value with nothing unknown in it.
pub(super) fn wholly_known(v: &V) -> bool {
    match v {
        V::Unknown(_) => false,
        V::List(items) => items.iter().all(|n| wholly_known(&n.value)),
        V::Map(m) => m.values().all(|n| wholly_known(&n.value)),
        _ => true,
    }
}

/// A string template with literal text of its own.
fn has_text(e: &Expression) -> bool {
    matches!(e, Expression::StringTemplate(t) if t.iter().any(|el| matches!(el, Element::Literal(s) if !s.value().is_empty())))
}

/// The values of `l` without repeats, in first-seen order.
fn distinct(l: Vec<Node>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    for n in l {
        if !out.iter().any(|o| same(&o.value, &n.value) == Some(true)) {
            out.push(n);
        }
    }
    out
}

/// Functions that build or measure a collection: `length`, `keys`, `values`,
/// `compact`, `flatten`, `distinct`, `concat`, `merge`.
fn collection(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        ("length", 1) => match args.get(0, env)? {
            V::List(l) => V::Int(l.len() as i64),
            V::Map(m) => V::Int(m.len() as i64),
            V::Str(s) => V::Int(s.chars().count() as i64),
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
            V::List(l) => V::List(flatten(l)),
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

/// A part of a `format` specification: literal text (`%%` is `%`), or a
/// verb with its flags and width (`s`, `05d`).
pub(super) enum FormatPart<'s> {
    Text(String),
    Verb(&'s str),
}

/// A `format` specification as text and verbs, one after the other, text
/// first and last (possibly empty): `"sa:%s"` is `sa:`, `s`, ``. `None`
/// when a verb has no letter.
pub(super) fn format_spec(spec: &str) -> Option<Vec<FormatPart<'_>>> {
    let mut parts = vec![FormatPart::Text(String::new())];
    let mut rest = spec;
    while let Some(at) = rest.find('%') {
        let FormatPart::Text(text) = parts.last_mut()? else { return None };
        text.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(r) = after.strip_prefix('%') {
            text.push('%');
            rest = r;
            continue;
        }
        let end = after.find(|c: char| c.is_ascii_alphabetic())? + 1;
        parts.push(FormatPart::Verb(&after[..end]));
        parts.push(FormatPart::Text(String::new()));
        rest = &after[end..];
    }
    let FormatPart::Text(text) = parts.last_mut()? else { return None };
    text.push_str(rest);
    Some(parts)
}

/// More functions of collections: `element` (modulo the length), `one`,
/// `zipmap`, `coalescelist`, `tomap`, `range` (at most `MAX_EXPANSION`
/// numbers), `min`, `max`.
fn more_collection(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    // Numbers, and strings that spell them, as Terraform converts them.
    let number = |v: &V| match v {
        V::Str(s) => s.trim().parse().ok(),
        v => number(v),
    };
    let int = |v: Option<V>| v.as_ref().and_then(number).filter(|f| f.fract() == 0.0).map(|f| f as i64);
    Some(match (name, args.len()) {
        ("element", 2) => match (args.get(0, env)?, int(args.get(1, env))?) {
            (V::List(l), i) if !l.is_empty() && i >= 0 => {
                let at = usize::try_from(i).ok()? % l.len();
                l.into_iter().nth(at)?.value
            }
            _ => return None,
        },
        ("one", 1) => match args.get(0, env)? {
            V::List(l) if l.is_empty() => V::Null,
            V::List(l) if l.len() == 1 => l.into_iter().next()?.value,
            _ => return None,
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
            let n: Vec<i64> = (0..args.len()).map(|i| int(args.get(i, env))).collect::<Option<_>>()?;
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
            let values: Vec<f64> = (0..n).map(|i| args.get(i, env).as_ref().and_then(number)).collect::<Option<_>>()?;
            let pick = if name == "min" {
                values.into_iter().fold(f64::INFINITY, f64::min)
            } else {
                values.into_iter().fold(f64::NEG_INFINITY, f64::max)
            };
            if pick.fract() == 0.0 && pick.abs() < 1e15 { V::Int(pick as i64) } else { V::Float(pick) }
        }
        _ => return None,
    })
}

/// Functions that answer a question about a list's elements: `contains`,
/// `anytrue`, `alltrue`. An unknown element that could change the answer
/// makes it unknown.
fn list_test(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
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

/// String functions: `join`, `lower`, `upper`, `replace` (a substring, or a
/// regular expression written `/.../`), `split`, `trimprefix`, `trimsuffix`,
/// `trimspace`, `startswith`, `endswith`, and `format` with the verbs `%s`,
/// `%d`, `%v` and `%%`.
fn string(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    let text = |i: usize, env: &mut Env| match args.get(i, env)? {
        V::Str(s) => Some(s),
        v @ (V::Int(_) | V::Float(_) | V::Bool(_)) => scalar_text(&v),
        _ => None,
    };
    Some(match (name, args.len()) {
        ("join", 2) => match (args.get(0, env)?, args.get(1, env)?) {
            (V::Str(sep), V::List(l)) => V::Str(l.iter().map(|n| scalar_text(&n.value)).collect::<Option<Vec<_>>>()?.join(&sep)),
            _ => return None,
        },
        ("lower" | "upper", 1) => match args.get(0, env)? {
            V::Str(s) => V::Str(if name == "lower" { s.to_lowercase() } else { s.to_uppercase() }),
            _ => return None,
        },
        ("replace", 3) => {
            let (s, find, with) = (text(0, env)?, text(1, env)?, text(2, env)?);
            // Terraform reads a substring of more than one character between
            // slashes as a regular expression, even `//`.
            match find.strip_prefix('/').and_then(|f| f.strip_suffix('/')) {
                Some(pattern) => V::Str(crate::policy::compile_regex(pattern).ok()?.replace_all(&s, with.as_str()).into_owned()),
                None if find.is_empty() => return None,
                None => V::Str(s.replace(&find, &with)),
            }
        }
        ("split", 2) => {
            let (sep, s) = (text(0, env)?, text(1, env)?);
            if sep.is_empty() {
                return None;
            }
            V::List(s.split(sep.as_str()).map(|p| Node::new(Span::default(), V::Str(p.to_string()))).collect())
        }
        ("trimprefix", 2) => {
            let (s, affix) = (text(0, env)?, text(1, env)?);
            V::Str(s.strip_prefix(affix.as_str()).unwrap_or(&s).to_string())
        }
        ("trimsuffix", 2) => {
            let (s, affix) = (text(0, env)?, text(1, env)?);
            V::Str(s.strip_suffix(affix.as_str()).unwrap_or(&s).to_string())
        }
        ("trimspace", 1) => V::Str(text(0, env)?.trim().to_string()),
        ("startswith" | "endswith", 2) => {
            let (s, affix) = (text(0, env)?, text(1, env)?);
            V::Bool(if name == "startswith" { s.starts_with(&affix) } else { s.ends_with(&affix) })
        }
        ("format", n) if n >= 1 => {
            let mut out = String::new();
            for (i, part) in format_spec(&text(0, env)?)?.into_iter().enumerate() {
                match part {
                    FormatPart::Text(t) => out.push_str(&t),
                    FormatPart::Verb("s" | "v") => out.push_str(&text(i / 2 + 1, env)?),
                    FormatPart::Verb("d") => match args.get(i / 2 + 1, env)? {
                        V::Int(n) => out.push_str(&n.to_string()),
                        _ => return None,
                    },
                    FormatPart::Verb(_) => return None,
                }
            }
            V::Str(out)
        }
        _ => return None,
    })
}

/// Nested lists as one list.
fn flatten(items: Vec<Node>) -> Vec<Node> {
    items
        .into_iter()
        .flat_map(|n| match n.value {
            V::List(inner) => flatten(inner),
            _ => vec![n],
        })
        .collect()
}
