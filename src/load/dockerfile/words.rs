//! The parts of Dockerfile arguments that parse-dockerfile leaves as one string:
//! `KEY=value` lists (ENV, LABEL, ARG), shell-form commands with their line
//! continuations, image references, and `${VAR}` in `FROM` lines.
//!
//! Offsets are absolute byte offsets into the file, so every value keeps a span.

use crate::source::Span;
use std::collections::HashMap;

/// A word of an instruction's arguments, unquoted, with the span it was written at
/// and the offset of its first `=` outside quotes.
#[derive(Debug)]
pub(super) struct Word {
    pub value: String,
    pub span: Span,
    /// Byte offset in the file of the first unquoted `=`, and its index in `value`.
    pub eq: Option<(usize, usize)>,
}

/// If a line continuation starts at `i` (the escape character, optional blanks, a
/// line break), the offset just after it, past any comment lines that follow:
/// Docker drops comment lines inside a continued instruction.
pub(super) fn continuation(text: &str, i: usize, escape: char) -> Option<usize> {
    let rest = text.get(i..)?;
    let after_escape = rest.strip_prefix(escape)?;
    let blanks = after_escape.len() - after_escape.trim_start_matches([' ', '\t', '\r']).len();
    let tail = &after_escape[blanks..];
    if !tail.starts_with('\n') {
        return None;
    }
    let mut at = i + escape.len_utf8() + blanks + 1;
    // Skip comment lines and blank lines inside the continuation.
    loop {
        let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
        let line = text[at..line_end].trim_start();
        if line_end < text.len() && (line.is_empty() || line.starts_with('#')) {
            at = line_end + 1;
        } else {
            return Some(at);
        }
    }
}

/// The text of `span` with line continuations removed, as Docker joins them.
pub(super) fn joined(text: &str, span: Span, escape: char) -> String {
    let end = (span.end as usize).min(text.len());
    let mut out = String::with_capacity(span.len());
    let mut i = span.start as usize;
    while i < end {
        if let Some(next) = continuation(text, i, escape) {
            i = next;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Split `span` into words: blanks separate words, quotes group, the escape
/// character escapes the next character, line continuations disappear.
pub(super) fn words(text: &str, span: Span, escape: char) -> Vec<Word> {
    let end = (span.end as usize).min(text.len());
    let mut out = Vec::new();
    let mut i = span.start as usize;
    let mut current: Option<Word> = None;
    let mut quote: Option<char> = None;
    while i < end {
        // Docker joins continued lines before anything else, even inside quotes.
        if let Some(next) = continuation(text, i, escape) {
            i = next;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        let len = c.len_utf8();
        if quote.is_none() && c.is_whitespace() {
            if let Some(w) = current.take() {
                out.push(w);
            }
            i += len;
            continue;
        }
        let w = current.get_or_insert_with(|| Word { value: String::new(), span: Span::new(i, i), eq: None });
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (Some('\''), _) => w.value.push(c),
            (_, _) if c == escape => {
                // An escaped character is taken literally; in double quotes only the
                // quote and the escape character itself are escapes.
                let next = text.get(i + len..end).and_then(|t| t.chars().next());
                match next {
                    Some(n) if quote.is_none() || n == '"' || n == escape => {
                        w.value.push(n);
                        i += len + n.len_utf8();
                        w.span = Span::new(w.span.start as usize, i);
                        continue;
                    }
                    _ => w.value.push(c),
                }
            }
            (None, '=') if w.eq.is_none() => {
                w.eq = Some((i, w.value.len()));
                w.value.push(c);
            }
            _ => w.value.push(c),
        }
        i += len;
        w.span = Span::new(w.span.start as usize, i);
    }
    if let Some(w) = current {
        out.push(w);
    }
    out
}

/// One `KEY=value` pair: the key and its span, the value (absent for a bare
/// `ARG NAME`) and its span.
#[derive(Debug)]
pub(super) struct Pair {
    pub key: String,
    pub key_span: Span,
    pub value: Option<(String, Span)>,
}

/// The forms of `KEY=value` list an instruction accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum PairForms {
    /// `KEY=value` pairs only, where a bare `KEY` has no value (ARG).
    Assignments,
    /// Also the legacy one-pair form `KEY value with spaces` (ENV, LABEL).
    WithLegacy,
}

/// `KEY=value KEY2="v 2"`, or the legacy one-pair form `KEY value with spaces`
/// that ENV and LABEL still accept.
pub(super) fn pairs(text: &str, span: Span, escape: char, forms: PairForms) -> Vec<Pair> {
    let ws = words(text, span, escape);
    if forms == PairForms::WithLegacy
        && let Some(first) = ws.first().filter(|w| w.eq.is_none() && ws.len() > 1)
    {
        let rest: Vec<&str> = ws[1..].iter().map(|w| w.value.as_str()).collect();
        let value_span = Span::new(ws[1].span.start as usize, ws.last().map_or(first.span.end, |w| w.span.end) as usize);
        return vec![Pair { key: first.value.clone(), key_span: first.span, value: Some((rest.join(" "), value_span)) }];
    }
    ws.into_iter()
        .map(|w| match w.eq {
            Some((at, idx)) => Pair {
                key: w.value[..idx].to_string(),
                key_span: Span::new(w.span.start as usize, at),
                value: Some((w.value[idx + 1..].to_string(), Span::new(at + 1, w.span.end as usize))),
            },
            None => Pair { key: w.value, key_span: w.span, value: None },
        })
        .collect()
}

/// One `key=value` of a comma-separated option list; spans when the value is
/// the text of the file.
pub(super) struct Opt {
    pub key: String,
    pub value: Option<String>,
    pub key_span: Option<Span>,
    pub value_span: Option<Span>,
}

/// `type=secret,id=aws,target=/root/.aws` as options; a bare word has no value.
pub(super) fn options(value: &str, at: Option<usize>) -> Vec<Opt> {
    let mut out = Vec::new();
    let mut offset = 0;
    for part in value.split(',') {
        let start = offset;
        offset += part.len() + 1;
        if part.trim().is_empty() {
            continue;
        }
        let span = |from: usize, to: usize| at.map(|a| Span::new(a + from, a + to));
        match part.split_once('=') {
            Some((k, v)) => {
                let kspan = span(start, start + k.len());
                let vspan = span(start + k.len() + 1, start + part.len());
                out.push(Opt { key: k.trim().to_string(), value: Some(v.to_string()), key_span: kspan, value_span: vspan });
            }
            None => {
                out.push(Opt { key: part.trim().to_string(), value: None, key_span: span(start, start + part.len()), value_span: None })
            }
        }
    }
    out
}

/// A variable reference of a word: `$NAME`, `${NAME}` or `${NAME<modifier>}`
/// (`:-word`, `-word`, `:+word`), at `start..end` of the word.
pub struct Reference<'s> {
    pub start: usize,
    pub end: usize,
    pub name: &'s str,
    pub modifier: &'s str,
}

/// The variable references of a word, in order. A `$` that starts none (`$`
/// at the end, `$1`-less `${`, `$-`) is text.
pub fn references(s: &str) -> Vec<Reference<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = s[from..].find('$').map(|i| from + i) {
        let after = &s[at + 1..];
        let name_len = |t: &str| t.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(t.len());
        let found = match after.strip_prefix('{') {
            Some(inner) => inner.find('}').map(|close| {
                let body = &inner[..close];
                let n = name_len(body);
                (&body[..n], &body[n..], close + 2)
            }),
            None => Some((&after[..name_len(after)], "", name_len(after))),
        };
        match found {
            Some((name, modifier, consumed)) if !name.is_empty() => {
                out.push(Reference { start: at, end: at + 1 + consumed, name, modifier });
                from = at + 1 + consumed;
            }
            _ => from = at + 1,
        }
    }
    out
}

/// Replace `$NAME`, `${NAME}` and `${NAME:-word}` by the defaults of the global
/// ARGs. Returns the text and whether every variable was resolved; a variable
/// without a default stays as written.
pub(super) fn substitute(s: &str, defaults: &HashMap<String, Option<String>>) -> (String, bool) {
    let mut out = String::with_capacity(s.len());
    let mut resolved = true;
    let mut last = 0;
    for r in references(s) {
        out.push_str(&s[last..r.start]);
        last = r.end;
        let value = defaults.get(r.name).cloned().flatten().filter(|v| !v.is_empty());
        let value = match (value, r.modifier) {
            (Some(v), m) if m.is_empty() || m.starts_with(":-") || m.starts_with('-') => Some(v),
            (None, m) if m.starts_with(":-") => Some(m[2..].to_string()),
            (None, m) if m.starts_with('-') => Some(m[1..].to_string()),
            _ => None,
        };
        match value {
            // A default that is itself unresolved (`ARG B=$A` with `A` unset).
            Some(v) => {
                resolved &= !v.contains('$');
                out.push_str(&v);
            }
            None => {
                resolved = false;
                out.push_str(&s[r.start..r.end]);
            }
        }
    }
    out.push_str(&s[last..]);
    (out, resolved)
}

/// The literal text of a word before its first variable and after its
/// last (`${REGISTRY}/ubuntu`: `""` and `"/ubuntu"`); `None` without one.
pub(super) fn affixes(word: &str) -> Option<(String, String)> {
    let refs = references(word);
    let (first, last) = (refs.first()?, refs.last()?);
    Some((word[..first.start].to_string(), word[last.end..].to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals(text: &str) -> Vec<(String, String)> {
        words(text, Span::new(0, text.len()), '\\').into_iter().map(|w| (w.value, text[w.span.range()].to_string())).collect()
    }

    #[test]
    fn words_keep_quotes_in_spans_and_drop_them_in_values() {
        assert_eq!(
            vals(r#"A=1 B="x y" C='$z' D=a\ b"#),
            vec![
                ("A=1".into(), "A=1".into()),
                ("B=x y".into(), r#"B="x y""#.into()),
                ("C=$z".into(), "C='$z'".into()),
                ("D=a b".into(), r"D=a\ b".into())
            ]
        );
    }

    #[test]
    fn continuations_and_comment_lines_disappear() {
        let text = "A=1 \\\n# note\n    B=2";
        let w: Vec<String> = words(text, Span::new(0, text.len()), '\\').into_iter().map(|w| w.value).collect();
        assert_eq!(w, ["A=1", "B=2"]);
        assert_eq!(joined("apt-get update \\\n  && rm -rf x", Span::new(0, 30), '\\'), "apt-get update   && rm -rf x");
    }

    #[test]
    fn legacy_env_form_is_one_pair() {
        let text = "PATH /usr/local/bin:/usr/bin extra";
        let p = pairs(text, Span::new(0, text.len()), '\\', PairForms::WithLegacy);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].key, "PATH");
        assert_eq!(p[0].value.as_ref().map(|v| v.0.as_str()), Some("/usr/local/bin:/usr/bin extra"));
    }

    #[test]
    fn substitution_uses_defaults() {
        let mut d = HashMap::new();
        d.insert("V".to_string(), Some("3.12".to_string()));
        d.insert("NODEF".to_string(), None);
        assert_eq!(substitute("python:${V}-slim", &d), ("python:3.12-slim".into(), true));
        assert_eq!(substitute("python:$V", &d), ("python:3.12".into(), true));
        assert_eq!(substitute("${NODEF:-alpine}", &d), ("alpine".into(), true));
        assert_eq!(substitute("${NODEF}/x", &d), ("${NODEF}/x".into(), false));
        assert_eq!(substitute("${MISSING}", &d), ("${MISSING}".into(), false));
    }

    #[test]
    fn affixes_are_the_text_around_the_variables() {
        assert_eq!(affixes("${REGISTRY}/ubuntu"), Some((String::new(), "/ubuntu".into())));
        assert_eq!(affixes("ubuntu$SUFFIX"), Some(("ubuntu".into(), String::new())));
        assert_eq!(affixes("a/${X:-b}/c/$Y-d"), Some(("a/".into(), "-d".into())));
        // A `$` that starts no variable is text.
        assert_eq!(affixes("cost$"), None);
        assert_eq!(affixes("${unclosed/x"), None);
    }
}
