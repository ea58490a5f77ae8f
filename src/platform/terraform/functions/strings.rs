//! Functions of strings.

use super::{Args, wholly_known};
use crate::doc::{Node, Value as V};
use crate::platform::terraform::resolve::{Env, scalar_text};
use crate::source::Span;

/// A part of a `format` specification: literal text (`%%` is `%`), or a
/// verb with its flags and width (`s`, `05d`).
pub(in crate::platform::terraform) enum FormatPart<'s> {
    Text(String),
    Verb(&'s str),
}

/// A `format` specification as text and verbs, one after the other, text
/// first and last (possibly empty): `"sa:%s"` is `sa:`, `s`, ``. `None`
/// when a verb has no letter.
pub(in crate::platform::terraform) fn format_spec(spec: &str) -> Option<Vec<FormatPart<'_>>> {
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

/// String functions: `join`, `lower`, `upper`, `replace` (a substring, or a
/// regular expression written `/.../`), `split`, `trimprefix`, `trimsuffix`,
/// `trimspace`, `startswith`, `endswith`, and `format` and `formatlist`
/// with the verbs `%s`, `%d`, `%v` and `%%`.
pub(super) fn string(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    let text = |i: usize, env: &mut Env| args.text(i, env);
    Some(match (name, args.len()) {
        ("join", 2) => match (args.get(0, env)?, args.get(1, env)?) {
            // One JSON document that attest holds as its data (a policy
            // document's `json`, `join("", data.x.*.json)`): its text.
            (V::Str(_), V::List(mut l)) if l.len() == 1 && matches!(l[0].value, V::Map(_)) => l.remove(0).value,
            (V::Str(sep), V::List(l)) => {
                let parts = l.iter().map(|n| scalar_text(&n.value)).collect::<Option<Vec<_>>>()?;
                let bytes = parts.iter().map(String::len).sum::<usize>().saturating_add(sep.len().saturating_mul(parts.len()));
                env.charge_text(bytes)?;
                V::Str(parts.join(&sep))
            }
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
            // Charged for what it makes before it is made (see `charge_text`).
            let made = |matches: usize| s.len().saturating_add(matches.saturating_mul(with.len()));
            match find.strip_prefix('/').and_then(|f| f.strip_suffix('/')) {
                Some(pattern) => {
                    super::regex::charge_search(pattern, &s, env)?;
                    let re = crate::policy::compile_regex(pattern).ok()?;
                    env.charge_text(made(re.find_iter(&s).count()))?;
                    V::Str(re.replace_all(&s, with.as_str()).into_owned())
                }
                None if find.is_empty() => return None,
                None => {
                    env.charge_text(made(s.matches(find.as_str()).count()))?;
                    V::Str(s.replace(&find, &with))
                }
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
            let spec = text(0, env)?;
            let values: Vec<V> = (1..n).map(|i| args.get(i, env)).collect::<Option<_>>()?;
            V::Str(formatted(&spec, &values)?)
        }
        ("formatlist", n) if n >= 1 => formatlist(&text(0, env)?, (1..n).map(|i| args.get(i, env)).collect::<Option<_>>()?, env)?,
        _ => return None,
    })
}

/// `format`'s text of `spec` with `values`, one a verb.
fn formatted(spec: &str, values: &[V]) -> Option<String> {
    let mut out = String::new();
    let mut used = 0;
    for part in format_spec(spec)? {
        let verb = match part {
            FormatPart::Text(t) => {
                out.push_str(&t);
                continue;
            }
            FormatPart::Verb(verb) => verb,
        };
        let value = values.get(used)?;
        used += 1;
        match (verb, value) {
            ("s" | "v", v) => out.push_str(&scalar_text(v)?),
            ("d", V::Int(n)) => out.push_str(&n.to_string()),
            _ => return None,
        }
    }
    (used == values.len()).then_some(out)
}

/// `formatlist`: `format` once per element of the lists among `values`
/// (all of one length, else an error), the other values the same each time.
fn formatlist(spec: &str, values: Vec<V>, env: &mut Env) -> Option<V> {
    if !values.iter().all(wholly_known) {
        return None;
    }
    let mut lengths = values.iter().filter_map(|v| if let V::List(l) = v { Some(l.len()) } else { None });
    let length = lengths.next().unwrap_or(1);
    if lengths.any(|l| l != length) {
        return env.fail();
    }
    let mut out = Vec::new();
    for k in 0..length {
        let row: Vec<V> = values.iter().map(|v| if let V::List(l) = v { l[k].value.clone() } else { v.clone() }).collect();
        let text = formatted(spec, &row)?;
        // Each row is charged as it is made: a long text in every row adds up.
        env.charge_text(text.len())?;
        out.push(Node::new(Span::default(), V::Str(text)));
    }
    Some(V::List(out))
}

/// More string functions: `substr`, `strcontains`, `trim` (of a set of
/// characters), `chomp`, `title`, `base64encode`, and `basename` and
/// `dirname` of a path written with `/`, as on Linux.
pub(super) fn more_string(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    Some(V::Str(match (name, args.len()) {
        ("substr", 3) => substr(&args.text(0, env)?, args.int(1, env)?, args.int(2, env)?)?,
        ("strcontains", 2) => {
            let (s, part) = (args.text(0, env)?, args.text(1, env)?);
            return Some(V::Bool(s.contains(&part)));
        }
        ("trim", 2) => {
            let (s, cut) = (args.text(0, env)?, args.text(1, env)?);
            let cut: std::collections::HashSet<char> = cut.chars().collect();
            s.trim_matches(|c| cut.contains(&c)).to_string()
        }
        ("chomp", 1) => args.text(0, env)?.trim_end_matches(['\r', '\n']).to_string(),
        ("title", 1) => title(&args.text(0, env)?)?,
        ("base64encode", 1) => {
            use base64::Engine;
            base64::engine::general_purpose::STANDARD.encode(args.text(0, env)?)
        }
        ("basename", 1) => basename(&args.text(0, env)?),
        ("dirname", 1) => {
            let path = args.text(0, env)?;
            clean(path.rfind('/').map_or("", |at| &path[..=at]))
        }
        _ => return None,
    }))
}

/// Whether each character of `s` is a character as the user sees it (a
/// grapheme cluster, which Terraform counts): no combining marks, joiners
/// or `\r\n`. Below U+0300 they are.
pub(super) fn simple_characters(s: &str) -> bool {
    s.chars().all(|c| c < '\u{300}' && c != '\r')
}

/// `substr`: `length` characters from `offset` (counted from the end when
/// negative); a negative length takes the rest, as does a length of 0 after
/// a negative offset (Terraform's reading, kept).
fn substr(s: &str, offset: i64, length: i64) -> Option<String> {
    if !simple_characters(s) {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    let count = chars.len() as i64;
    let offset = match offset {
        o if o < 0 => o + count,
        _ if length == 0 => return Some(String::new()),
        o => o,
    };
    let rest = &chars[usize::try_from(offset.clamp(0, count)).ok()?..];
    let take = match usize::try_from(length) {
        Ok(n) if n > 0 => n.min(rest.len()),
        _ => rest.len(),
    };
    Some(rest[..take].iter().collect())
}

/// `title`: the first letter of each word upper case, a word following
/// anything but a letter, a digit or `_` (Go's `strings.Title`); `None`
/// when a letter's upper case is more than one character.
fn title(s: &str) -> Option<String> {
    let separator = |c: char| match c {
        c if c.is_ascii() => !(c.is_ascii_alphanumeric() || c == '_'),
        c => !c.is_alphanumeric() && c.is_whitespace(),
    };
    let mut out = String::new();
    let mut previous = ' ';
    for c in s.chars() {
        // Go's title case of the Latin digraphs (`ǅ`) is not their upper case.
        let digraph = ('\u{1c4}'..='\u{1cc}').contains(&c) || ('\u{1f1}'..='\u{1f3}').contains(&c);
        if separator(previous) && digraph {
            return None;
        }
        if separator(previous) {
            let mut upper = c.to_uppercase();
            match (upper.next(), upper.next()) {
                (Some(u), None) => out.push(u),
                _ => return None,
            }
        } else {
            out.push(c);
        }
        previous = c;
    }
    Some(out)
}

/// The last element of a path (Go's `filepath.Base`): `.` for an empty
/// path, `/` for slashes only.
fn basename(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    match (path.is_empty(), trimmed.is_empty()) {
        (true, _) => ".".to_string(),
        (false, true) => "/".to_string(),
        _ => trimmed.rsplit('/').next().unwrap_or(trimmed).to_string(),
    }
}

/// A path with no `.`, no `..` that can be resolved, no repeated or final
/// slash (Go's `filepath.Clean`): `.` when nothing is left.
fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if rooted => {}
            part => parts.push(part),
        }
    }
    match (rooted, parts.join("/")) {
        (true, joined) => format!("/{joined}"),
        (false, joined) if joined.is_empty() => ".".to_string(),
        (false, joined) => joined,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn substr_counts_as_terraform_does() {
        let sub = |s: &str, o: i64, l: i64| super::substr(s, o, l);
        assert_eq!(sub("hello", 1, 3).as_deref(), Some("ell"));
        assert_eq!(sub("hello", -3, 2).as_deref(), Some("ll"));
        assert_eq!(sub("hello", -10, 2).as_deref(), Some("he"));
        assert_eq!(sub("hello", 5, -1).as_deref(), Some(""));
        assert_eq!(sub("hello", 1, 0).as_deref(), Some(""));
        // Go's loop takes the rest for a length of 0 after a negative offset.
        assert_eq!(sub("hello", -2, 0).as_deref(), Some("lo"));
        assert_eq!(sub("e\u{301}a", 0, 1), None);
    }

    #[test]
    fn title_capitalises_after_separators_as_go_does() {
        assert_eq!(super::title("hello world-x a_b 1c").as_deref(), Some("Hello World-X A_b 1c"));
        assert_eq!(super::title("éa ßa").as_deref(), None);
    }

    #[test]
    fn paths_are_read_as_go_reads_them() {
        let (base, dir) = (super::basename, |p: &str| super::clean(p.rfind('/').map_or("", |at| &p[..=at])));
        assert_eq!([base(""), base("/"), base("//a//"), base("a")], [".", "/", "a", "a"]);
        assert_eq!(
            [dir(""), dir("/a"), dir("a/b/"), dir("../../a"), dir("/../a/b"), dir("a/../../b/c")],
            [".", "/", "a/b", "../..", "/a", "../b"]
        );
    }
}
