//! The pure functions of Terraform that static evaluation knows, called
//! with their arguments unevaluated (`Args`), so that `try` and `coalesce`
//! stop at the first argument that decides. A function of values not known
//! is not known; one that Terraform answers with an error (no match, an
//! index out of range, a value of the wrong type) fails (`Env::fail`), for
//! `try` and `can` to see.

mod cidr;
mod collections;
mod decode;
mod regex;
mod strings;

use super::resolve::{Attempt, Env, evaluate, number, part, same, scalar_text, to_bool};
use crate::doc::{Node, Value as V};
use hcl_edit::expr::Expression;
use hcl_edit::template::Element;
pub(super) use strings::{FormatPart, format_spec};

/// The pure functions modules use to pick and build values. Anything else,
/// or a known name with another number of arguments, is unknown.
pub(super) fn call(name: &str, args: &[&Expression], env: &mut Env, depth: usize) -> Option<V> {
    let args = Args { exprs: args, depth };
    match name {
        "jsonencode" | "tolist" | "toset" | "tostring" | "tonumber" | "tobool" | "sensitive" | "nonsensitive" => {
            conversion(name, &args, env)
        }
        "try" | "can" | "coalesce" | "lookup" => choice(name, &args, env),
        "length" | "keys" | "values" | "compact" | "flatten" | "distinct" | "concat" | "merge" => collections::collection(name, &args, env),
        "contains" | "anytrue" | "alltrue" => collections::list_test(name, &args, env),
        "element" | "one" | "zipmap" | "coalescelist" | "tomap" | "range" | "min" | "max" => collections::more_collection(name, &args, env),
        "sort" | "slice" | "index" | "reverse" | "sum" | "transpose" => collections::lists(name, &args, env),
        "setunion" | "setintersection" | "setsubtract" | "setproduct" => collections::sets(name, &args, env),
        "join" | "lower" | "upper" | "replace" | "split" | "trimprefix" | "trimsuffix" | "trimspace" | "startswith" | "endswith"
        | "format" | "formatlist" => strings::string(name, &args, env),
        "substr" | "strcontains" | "trim" | "chomp" | "title" | "base64encode" | "basename" | "dirname" => {
            strings::more_string(name, &args, env)
        }
        "regex" | "regexall" => regex::regex(name, &args, env),
        "jsondecode" | "yamldecode" => decode::decode(name, &args, env),
        "cidrsubnet" | "cidrhost" => cidr::cidr(name, &args, env),
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

    /// Argument `i` as a string, a number or bool converted as Terraform
    /// converts it; null, a list or a map is an error.
    fn text(&self, i: usize, env: &mut Env) -> Option<String> {
        match self.get(i, env)? {
            V::Str(s) => Some(s),
            v @ (V::Int(_) | V::Float(_) | V::Bool(_)) => scalar_text(&v),
            V::Unknown(_) => None,
            V::Null | V::List(_) | V::Map(_) => env.fail(),
        }
    }

    /// Argument `i` as a whole number; a fraction is an error.
    fn int(&self, i: usize, env: &mut Env) -> Option<i64> {
        let n = to_number(&self.get(i, env)?, env)?;
        if n.fract() != 0.0 {
            return env.fail();
        }
        (n.abs() < 9.0e15).then_some(n as i64)
    }

    /// Argument `i` as a list (a tuple or set alike); any other value is an
    /// error.
    fn list(&self, i: usize, env: &mut Env) -> Option<Vec<Node>> {
        match self.get(i, env)? {
            V::List(items) => Some(items),
            V::Unknown(_) => None,
            _ => env.fail(),
        }
    }
}

/// A value as Terraform converts it to a number: a string that spells one
/// in decimal; any other string, a bool, null or a collection is an error.
fn to_number(v: &V, env: &mut Env) -> Option<f64> {
    match v {
        V::Int(i) => Some(*i as f64),
        V::Float(f) => Some(*f),
        V::Str(s) if decimal(s) => s.parse().ok(),
        // Infinities: whether Terraform reads them is not worth guessing.
        V::Str(s) if s.trim_start_matches(['+', '-']).to_ascii_lowercase().starts_with("inf") => None,
        V::Unknown(_) => None,
        _ => env.fail(),
    }
}

/// Whether `s` is a decimal number: `-1`, `2.5`, `.5`, `1e3`.
fn decimal(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (mantissa, exponent) = digits.split_once(['e', 'E']).unwrap_or((digits, "0"));
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    !(whole.is_empty() && fraction.is_empty()) && all_digits(whole) && all_digits(fraction) && !exponent.is_empty() && all_digits(exponent)
}

/// A number as a value: whole numbers as integers, as Terraform prints them.
pub(super) fn number_value(n: f64) -> V {
    if n.fract() == 0.0 && n.abs() < 9.0e15 { V::Int(n as i64) } else { V::Float(n) }
}

/// Functions that keep or convert one value: `jsonencode` (a policy document
/// is the value itself), `tolist`, `toset`, `tostring`, `tonumber`, `tobool`,
/// and `sensitive` and `nonsensitive`, which only mark a value.
fn conversion(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(match (name, args.len()) {
        ("jsonencode" | "tolist" | "sensitive" | "nonsensitive", 1) => args.get(0, env)?,
        ("toset", 1) => match args.get(0, env)? {
            V::List(l) => V::List(set_of(l)),
            v => v,
        },
        ("tostring", 1) => V::Str(scalar_text(&args.get(0, env)?)?),
        ("tonumber", 1) => match args.get(0, env)? {
            v @ (V::Int(_) | V::Float(_) | V::Null) => v,
            v => number_value(to_number(&v, env)?),
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
        // empty map gives the default whatever the key. Without a default,
        // a key the map lacks is an error.
        ("lookup", 2 | 3) => match args.get(0, env)? {
            V::Map(m) if m.is_empty() && args.len() == 3 => args.get(2, env)?,
            V::Map(m) => match m.get(&args.text(1, env)?) {
                Some(v) => v.value.clone(),
                None if args.len() == 3 => args.get(2, env)?,
                None => return env.fail(),
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

/// The values of `l` without repeats, in first-seen order: strings through a
/// hash set (a list of many is common, and comparing every pair is
/// quadratic), other values compared in pairs.
fn distinct(l: Vec<Node>) -> Vec<Node> {
    if l.iter().all(|n| matches!(n.value, V::Str(_))) {
        let mut seen = std::collections::HashSet::new();
        return l.into_iter().filter(|n| seen.insert(n.as_str().unwrap_or_default().to_string())).collect();
    }
    let mut out: Vec<Node> = Vec::new();
    for n in l {
        if !out.iter().any(|o| same(&o.value, &n.value) == Some(true)) {
            out.push(n);
        }
    }
    out
}

/// A set's elements as Terraform keeps them: no repeats; strings in lexical
/// order, numbers in numeric order, false before true; strings with numbers
/// or bools are all strings. Other elements keep their order.
fn set_of(mut items: Vec<Node>) -> Vec<Node> {
    unify(std::slice::from_mut(&mut items));
    let mut out = distinct(items);
    if out.iter().all(|n| matches!(n.value, V::Str(_))) {
        out.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
    } else if out.iter().all(|n| matches!(n.value, V::Int(_) | V::Float(_))) {
        out.sort_by(|a, b| number(&a.value).partial_cmp(&number(&b.value)).unwrap_or(std::cmp::Ordering::Equal));
    } else if out.iter().all(|n| matches!(n.value, V::Bool(_))) {
        out.sort_by_key(|n| matches!(n.value, V::Bool(true)));
    }
    out
}

/// The elements of sets made one type, as Terraform unifies them: with a
/// string among scalars, numbers and bools become strings.
fn unify(sets: &mut [Vec<Node>]) {
    let scalar = |n: &Node| matches!(n.value, V::Str(_) | V::Int(_) | V::Float(_) | V::Bool(_));
    if !(sets.iter().flatten().all(scalar) && sets.iter().flatten().any(|n| matches!(n.value, V::Str(_)))) {
        return;
    }
    for n in sets.iter_mut().flatten() {
        if let Some(text) = scalar_text(&n.value) {
            n.value = V::Str(text);
        }
    }
}
