//! Operators and navigation, with the absent/null/unknown semantics of the book's
//! table (book/src/semantics.md), which a test checks row by row.

use super::value::{ListKind, Missing, Value, View};
use crate::doc;
use crate::doc::DocRef;
use crate::policy::ast::{ArithOp, BinOp, TypeTest};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Three-valued (Kleene) truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl std::ops::Not for Tri {
    type Output = Tri;

    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Unknown => Tri::Unknown,
        }
    }
}

impl Tri {
    pub fn from(b: bool) -> Tri {
        if b { Tri::True } else { Tri::False }
    }

    /// A value used as a condition: `true` (or the string "true") holds, unknown is
    /// unknown, anything else does not hold.
    pub fn of(v: &Value<'_>) -> Tri {
        if v.is_unknown() {
            return Tri::Unknown;
        }
        Tri::from(v.as_bool() == Some(true))
    }

    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, Tri::True) => Tri::True,
            _ => Tri::Unknown,
        }
    }

    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, Tri::False) => Tri::False,
            _ => Tri::Unknown,
        }
    }

    pub fn value<'a>(self) -> Value<'a> {
        match self {
            Tri::True => Value::Bool(true),
            Tri::False => Value::Bool(false),
            Tri::Unknown => Value::Unknown(Rc::from("depends on an unknown value"), None),
        }
    }

    /// The value of a result computed from `operands`: an unknown result is
    /// the unknown operand itself, so that it still says where in the file
    /// the value attest could not know is.
    pub fn value_from<'a>(self, operands: &[&Value<'a>]) -> Value<'a> {
        match operands.iter().find(|v| v.is_unknown()) {
            Some(u) if self == Tri::Unknown => (*u).clone(),
            _ => self.value(),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Tri::True => "true",
            Tri::False => "false",
            Tri::Unknown => "unknown",
        }
    }
}

/// `path.key`, or `path["key"]` when the key is not a plain name.
fn extend(path: &str, key: &str) -> Rc<str> {
    Rc::from(doc::key_path(path, key))
}

/// `v.key`
pub fn member<'a>(v: &Value<'a>, key: &str) -> Value<'a> {
    match v {
        Value::Doc(d) => match &d.node.value {
            doc::Value::Map(m) => match m.get(key) {
                Some(child) => Value::doc(child, d.doc),
                None => Value::Absent(Some(Missing { node: d.node, doc: d.doc, path: extend("", key) })),
            },
            _ => Value::Absent(Some(Missing { node: d.node, doc: d.doc, path: extend("", key) })),
        },
        Value::Absent(Some(m)) => Value::Absent(Some(Missing { node: m.node, doc: m.doc, path: extend(&m.path, key) })),
        Value::Unknown(t, origin) => Value::Unknown(extend(t, key), origin.clone()),
        Value::Map(m) => m.get(key).cloned().unwrap_or(Value::Absent(None)),
        Value::List(items, ListKind::Projection) => {
            let mut out = Vec::new();
            for item in items.iter() {
                match member(item, key) {
                    Value::Absent(_) => {}
                    Value::List(inner, ListKind::Projection) => out.extend(inner.iter().cloned()),
                    other => out.push(other),
                }
            }
            Value::List(Rc::new(out), ListKind::Projection)
        }
        _ => Value::Absent(None),
    }
}

/// `v[n]`; negative `n` counts from the end.
pub fn index<'a>(v: &Value<'a>, n: f64) -> Value<'a> {
    if let Value::Unknown(t, origin) = v {
        return Value::Unknown(Rc::from(format!("{t}[{n}]")), origin.clone());
    }
    if let Value::Absent(Some(m)) = v {
        return Value::Absent(Some(Missing { node: m.node, doc: m.doc, path: Rc::from(format!("{}[{n}]", m.path)) }));
    }
    let Some(items) = (match v.view() {
        View::List => v.elements(),
        _ => None,
    }) else {
        return Value::Absent(None);
    };
    let len = items.len() as i64;
    let i = n as i64;
    let i = if i < 0 { len + i } else { i };
    if n.fract() != 0.0 || i < 0 || i >= len {
        return match v {
            Value::Doc(d) => Value::Absent(Some(Missing { node: d.node, doc: d.doc, path: Rc::from(format!("[{n}]")) })),
            _ => Value::Absent(None),
        };
    }
    items.into_iter().nth(i as usize).unwrap_or(Value::Absent(None))
}

/// `v[*]`: the elements of a list or the values of a map, as a projection.
/// After a projection it applies to each element, flattened:
/// `containers[*].ports[*]` is every port of every container.
pub fn wildcard<'a>(v: &Value<'a>) -> Value<'a> {
    each_of_projection(v, project).unwrap_or_else(|| project(v))
}

/// What `v[? cond]` filters: the elements of a list or the values of a map;
/// after a projection, the elements of each list in it and every other item
/// as it is (`containers[*].ports[? .hostPort exists]` filters every port;
/// a filter of a filter filters the same elements again).
pub fn filter_candidates<'a>(v: &Value<'a>) -> Value<'a> {
    let item_or_elements = |item: &Value<'a>| match item.view() {
        View::List => project(item),
        _ => Value::List(Rc::new(vec![item.clone()]), ListKind::Projection),
    };
    each_of_projection(v, item_or_elements).unwrap_or_else(|| project(v))
}

/// `f` over each item of a projection, flattened; `None` for anything else.
fn each_of_projection<'a>(v: &Value<'a>, f: impl Fn(&Value<'a>) -> Value<'a>) -> Option<Value<'a>> {
    let Value::List(items, ListKind::Projection) = v else { return None };
    let mut out = Vec::new();
    for item in items.iter() {
        match f(item) {
            Value::List(inner, _) => out.extend(inner.iter().cloned()),
            Value::Absent(_) => {}
            unknown => out.push(unknown),
        }
    }
    Some(Value::List(Rc::new(out), ListKind::Projection))
}

/// The elements of a list or the values of a map, as a projection.
pub fn project<'a>(v: &Value<'a>) -> Value<'a> {
    match v.view() {
        View::Absent | View::Unknown => v.clone(),
        View::List | View::Map => Value::List(Rc::new(v.elements().unwrap_or_default()), ListKind::Projection),
        _ => Value::List(Rc::new(Vec::new()), ListKind::Projection),
    }
}

/// `v..key`: every value under a key named `key`, at any depth, in document order.
pub fn descend<'a>(v: &Value<'a>, key: &str, out: &mut Vec<Value<'a>>, steps: &mut u64, max: u64) {
    *steps += 1;
    if *steps > max {
        return;
    }
    if let Value::Doc(DocRef { node, doc, .. }) = v {
        match &node.value {
            doc::Value::Map(m) => {
                for (k, child) in m {
                    let child = Value::doc(child, doc);
                    if k == key {
                        found(&child, out);
                    }
                    descend(&child, key, out, steps, max);
                }
            }
            doc::Value::List(items) => items.iter().for_each(|c| descend(&Value::doc(c, doc), key, out, steps, max)),
            _ => {}
        }
        return;
    }
    match v {
        Value::Map(m) => {
            for (k, child) in m.iter() {
                if k == key {
                    found(child, out);
                }
                descend(child, key, out, steps, max);
            }
        }
        Value::List(items, _) => items.iter().for_each(|c| descend(c, key, out, steps, max)),
        _ => {}
    }
}

/// A value found by `..`: a list contributes its elements, so that `..Action`
/// gives every action whether each was written as a string or a list.
fn found<'a>(v: &Value<'a>, out: &mut Vec<Value<'a>>) {
    match v.view() {
        View::List => out.extend(v.elements().unwrap_or_default()),
        _ => out.push(v.clone()),
    }
}

/// A pattern of `matches`, known only when the policy runs (a parameter's
/// value), that is not a regular expression.
#[derive(Debug)]
pub struct BadPattern {
    pub pattern: String,
    pub reason: String,
}

/// What is known of an unknown string: its literal text before the first
/// interpolation and after the last (`platform::unknown_affixes`).
/// `lower` and `upper` of such a string keep its ends, in their case; what
/// any other function makes of it is not known at all.
fn affixes(v: &Value<'_>) -> Option<(String, String)> {
    let Value::Unknown(text, Some(d)) = v else { return None };
    if is_as_written(text, d) {
        return crate::platform::unknown_affixes(d.doc, text);
    }
    let doc::Value::Unknown(written) = &d.node.value else { return None };
    type Case = fn(&str) -> String;
    let cases: [(&str, Case); 2] = [("lower", str::to_lowercase), ("upper", str::to_uppercase)];
    let (_, case) = cases.into_iter().find(|(f, _)| super::builtins::applied_to(text, f) == Some(written.as_str()))?;
    let (prefix, suffix) = crate::platform::unknown_affixes(d.doc, written)?;
    Some((case(&prefix), case(&suffix)))
}

/// Whether an unknown value is its document's value as written, not
/// something a function made of it (`lower(...)`) or a part of it.
fn is_as_written(text: &str, d: &DocRef<'_>) -> bool {
    matches!(&d.node.value, crate::doc::Value::Unknown(t) if t.as_str() == text)
}

/// `unknown starts_with known` (or `ends_with`) decided from the unknown
/// string's known ends (`affixes`): `"serviceAccount:${x}"` starts with
/// `service` and does not start with `user:`. `None` when they do not decide.
fn affix_test(op: BinOp, unknown: &Value<'_>, known: &Value<'_>) -> Option<Tri> {
    let View::Str(s) = known.view() else { return None };
    let (prefix, suffix) = affixes(unknown)?;
    match op {
        BinOp::StartsWith if s.len() <= prefix.len() => Some(Tri::from(prefix.starts_with(s))),
        BinOp::StartsWith => (!s.starts_with(&prefix)).then_some(Tri::False),
        BinOp::EndsWith if s.len() <= suffix.len() => Some(Tri::from(suffix.ends_with(s))),
        BinOp::EndsWith => (!s.ends_with(&suffix)).then_some(Tri::False),
        _ => None,
    }
}

/// `unknown matches pattern`, decided from the unknown string's known ends
/// (`affixes`) where they decide: a match inside a known end is a match of
/// the whole string when the pattern asserts nothing about the text around
/// it (other than the start, for the prefix, or the end, for the suffix);
/// and a pattern anchored at the start (or end) whose every match begins
/// (ends) with a literal the known prefix (suffix) cannot begin (end) with
/// matches nothing: `^principal://` cannot match `"serviceAccount:${x}"`.
/// `None` when they do not decide.
fn affix_match(unknown: &Value<'_>, pattern: &str) -> Option<Tri> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Look, LookSet};
    let (prefix, suffix) = affixes(unknown)?;
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let looks = hir.properties().look_set();
    let only = |look: Look| looks.is_empty() || looks == LookSet::singleton(look);
    if (only(Look::Start) && regex_match(pattern, &prefix).ok()?) || (only(Look::End) && regex_match(pattern, &suffix).ok()?) {
        return Some(Tri::True);
    }
    let excludes = |kind: ExtractKind, anchor: Look, known: &str| {
        let anchored = match kind {
            ExtractKind::Prefix => hir.properties().look_set_prefix().contains(anchor),
            _ => hir.properties().look_set_suffix().contains(anchor),
        };
        let seq = Extractor::new().kind(kind.clone()).extract(&hir);
        let fits = |lit: &[u8]| match kind {
            ExtractKind::Prefix => lit.starts_with(known.as_bytes()) || known.as_bytes().starts_with(lit),
            _ => lit.ends_with(known.as_bytes()) || known.as_bytes().ends_with(lit),
        };
        anchored && seq.literals().is_some_and(|lits| !lits.iter().any(|l| fits(l.as_bytes())))
    };
    (excludes(ExtractKind::Prefix, Look::Start, &prefix) || excludes(ExtractKind::Suffix, Look::End, &suffix)).then_some(Tri::False)
}

/// Two unknown values written the same way in one Terraform module, reading
/// the same things (`platform::same_unknown`): the
/// member `"serviceAccount:${google_service_account.ci.email}"` of two grants
/// is one member.
fn same_unknown(l: &Value<'_>, r: &Value<'_>) -> bool {
    match (l, r) {
        (Value::Unknown(a, Some(x)), Value::Unknown(b, Some(y))) => {
            is_as_written(a, x) && is_as_written(b, y) && crate::platform::same_unknown((x.doc, a), (y.doc, b))
        }
        _ => false,
    }
}

/// Whether an unknown value equals another: false when one is a string
/// whose known ends (`affixes`) the other does not have; else unknown.
fn unknown_equal(l: &Value<'_>, r: &Value<'_>) -> Tri {
    if same_unknown(l, r) {
        return Tri::True;
    }
    let (unknown, known) = if l.is_unknown() { (l, r) } else { (r, l) };
    let differs = || {
        let View::Str(s) = known.view() else { return None };
        let (prefix, suffix) = affixes(unknown)?;
        Some(s.len() < prefix.len() + suffix.len() || !s.starts_with(&prefix) || !s.ends_with(&suffix))
    };
    if !known.is_unknown() && differs() == Some(true) { Tri::False } else { Tri::Unknown }
}

pub fn binary(op: BinOp, l: &Value<'_>, r: &Value<'_>) -> Result<Tri, BadPattern> {
    Ok(match op {
        BinOp::Eq => equal(l, r),
        BinOp::Ne => !equal(l, r),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => order(op, l, r),
        BinOp::In => member_of(l, r),
        BinOp::NotIn => !member_of(l, r),
        BinOp::Contains => member_of(r, l),
        BinOp::StartsWith | BinOp::EndsWith | BinOp::Matches => {
            if l.is_unknown() && !r.is_unknown() {
                let decided = match (op, r.view()) {
                    (BinOp::Matches, View::Str(p)) => affix_match(l, p),
                    _ => affix_test(op, l, r),
                };
                return Ok(decided.unwrap_or(Tri::Unknown));
            }
            if l.is_unknown() || r.is_unknown() {
                return Ok(Tri::Unknown);
            }
            let (Some(s), Some(p)) = (text(l), text(r)) else { return Ok(Tri::False) };
            match op {
                BinOp::StartsWith => Tri::from(s.starts_with(&*p)),
                BinOp::EndsWith => Tri::from(s.ends_with(&*p)),
                _ => Tri::from(regex_match(&p, &s)?),
            }
        }
    })
}

/// `a + b` and the other arithmetic operators: numbers, and numbers written as
/// text (CloudFormation's `"30"`); unknown if either side is, absent if
/// either is absent. Anything else, or a division by zero, is an error: a
/// policy that does arithmetic on a string is wrong, not undecided.
pub fn arith<'a>(op: ArithOp, l: &Value<'a>, r: &Value<'a>) -> Result<Value<'a>, String> {
    for v in [l, r] {
        if v.is_unknown() {
            return Ok(v.clone());
        }
    }
    if !l.exists() || !r.exists() {
        return Ok(Value::Absent(None));
    }
    let number = |v: &Value<'_>| {
        v.as_number().ok_or_else(|| format!("`{}` needs numbers, and this side is {} `{}`", op.symbol(), v.type_name(), v.display()))
    };
    let (a, b) = (number(l)?, number(r)?);
    if matches!(op, ArithOp::Div | ArithOp::Rem) && b == 0.0 {
        return Err(format!("`{}` by zero", op.symbol()));
    }
    Ok(Value::Num(match op {
        ArithOp::Add => a + b,
        ArithOp::Sub => a - b,
        ArithOp::Mul => a * b,
        ArithOp::Div => a / b,
        ArithOp::Rem => a % b,
    }))
}

/// Strings, and numbers written as text, for string operators.
fn text<'v>(v: &'v Value<'_>) -> Option<std::borrow::Cow<'v, str>> {
    match v.view() {
        View::Str(s) => Some(s.into()),
        View::Num(n) => Some(super::format_number(n).into()),
        _ => None,
    }
}

type Regexes = HashMap<String, Result<crate::policy::Matcher, String>, foldhash::fast::RandomState>;

thread_local! {
    static REGEXES: RefCell<Regexes> = RefCell::new(Regexes::default());
}

fn regex_match(pattern: &str, s: &str) -> Result<bool, BadPattern> {
    REGEXES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if !cache.contains_key(pattern) {
            if cache.len() >= 1000 {
                cache.clear();
            }
            cache.insert(pattern.to_string(), crate::policy::compile_matcher(pattern).map_err(|e| e.reason));
        }
        match &cache[pattern] {
            Ok(re) => Ok(re.is_match(s)),
            Err(reason) => Err(BadPattern { pattern: pattern.to_string(), reason: reason.clone() }),
        }
    })
}

/// `==`: absent and null equal only themselves; numbers equal numeric strings and
/// booleans equal "true"/"false" (CloudFormation writes both).
pub fn equal(l: &Value<'_>, r: &Value<'_>) -> Tri {
    if l.is_unknown() || r.is_unknown() {
        return unknown_equal(l, r);
    }
    match (l.view(), r.view()) {
        (View::Absent, View::Absent) | (View::Null, View::Null) => Tri::True,
        (View::Absent | View::Null, _) | (_, View::Absent | View::Null) => Tri::False,
        (View::Str(a), View::Str(b)) => Tri::from(a == b),
        (View::Num(_) | View::Str(_), View::Num(_) | View::Str(_)) => {
            Tri::from(matches!((l.as_number(), r.as_number()), (Some(a), Some(b)) if a == b))
        }
        (View::Bool(_) | View::Str(_), View::Bool(_) | View::Str(_)) => {
            Tri::from(matches!((l.as_bool(), r.as_bool()), (Some(a), Some(b)) if a == b))
        }
        (View::List, View::List) => {
            let (a, b) = (l.elements().unwrap_or_default(), r.elements().unwrap_or_default());
            if a.len() != b.len() {
                return Tri::False;
            }
            a.iter().zip(b.iter()).fold(Tri::True, |acc, (x, y)| acc.and(equal(x, y)))
        }
        (View::Map, View::Map) => {
            let (ka, kb) = (l.keys().unwrap_or_default(), r.keys().unwrap_or_default());
            let mut sa = ka.clone();
            let mut sb = kb;
            sa.sort();
            sb.sort();
            if sa != sb {
                return Tri::False;
            }
            ka.iter().fold(Tri::True, |acc, k| acc.and(equal(&member(l, k), &member(r, k))))
        }
        _ => Tri::False,
    }
}

fn order(op: BinOp, l: &Value<'_>, r: &Value<'_>) -> Tri {
    if l.is_unknown() || r.is_unknown() {
        return Tri::Unknown;
    }
    let cmp = match (l.as_number(), r.as_number(), l.view(), r.view()) {
        (Some(a), Some(b), _, _) => a.partial_cmp(&b),
        (_, _, View::Str(a), View::Str(b)) => Some(a.cmp(b)),
        _ => None,
    };
    let Some(cmp) = cmp else { return Tri::False };
    Tri::from(match op {
        BinOp::Lt => cmp.is_lt(),
        BinOp::Le => cmp.is_le(),
        BinOp::Gt => cmp.is_gt(),
        _ => cmp.is_ge(),
    })
}

/// `x in coll`: an element of a list, a key of a map, a substring of a string.
fn member_of(x: &Value<'_>, coll: &Value<'_>) -> Tri {
    // An unknown string contains what its known ends contain.
    if coll.is_unknown()
        && let (View::Str(s), Some((prefix, suffix))) = (x.view(), affixes(coll))
        && (prefix.contains(s) || suffix.contains(s))
    {
        return Tri::True;
    }
    // An unknown element may be decided not in a list (`unknown_equal`).
    if x.is_unknown() && !coll.is_unknown() && matches!(coll.view(), View::List) {
        return coll.elements().unwrap_or_default().iter().fold(Tri::False, |acc, e| acc.or(equal(x, e)));
    }
    if x.is_unknown() || coll.is_unknown() {
        return Tri::Unknown;
    }
    if !x.exists() {
        return Tri::False;
    }
    match coll.view() {
        View::List => coll.elements().unwrap_or_default().iter().fold(Tri::False, |acc, e| acc.or(equal(x, e))),
        View::Map => match x.view() {
            View::Str(k) => Tri::from(coll.keys().unwrap_or_default().iter().any(|key| key == k)),
            _ => Tri::False,
        },
        View::Str(s) => match text(x) {
            Some(t) => Tri::from(s.contains(&*t)),
            None => Tri::False,
        },
        _ => Tri::False,
    }
}

pub fn is(v: &Value<'_>, test: TypeTest) -> Tri {
    let view = v.view();
    if matches!(view, View::Unknown) {
        return if test == TypeTest::Unknown {
            Tri::True
        } else if test == TypeTest::Absent {
            Tri::False
        } else if affixes(v).is_some() {
            // A string with text of its own around what is not known: not
            // empty, and of no other type.
            Tri::from(test == TypeTest::String)
        } else {
            Tri::Unknown
        };
    }
    Tri::from(match test {
        TypeTest::Absent => !v.exists(),
        TypeTest::Empty => match view {
            View::Absent | View::Null => true,
            View::Str(s) => s.is_empty(),
            View::List | View::Map => v.len() == Some(0),
            _ => false,
        },
        TypeTest::Null => matches!(view, View::Null),
        TypeTest::String => matches!(view, View::Str(_)),
        TypeTest::Number => matches!(view, View::Num(_)),
        TypeTest::Integer => matches!(view, View::Num(n) if n.fract() == 0.0),
        TypeTest::Bool => matches!(view, View::Bool(_)),
        TypeTest::List => matches!(view, View::List),
        TypeTest::Map => matches!(view, View::Map),
        TypeTest::Unknown => false,
    })
}
