//! YAML through saphyr-parser's event stream, so that we control depth, alias
//! expansion and spans ourselves.
//!
//! saphyr reports positions as character indices; we convert them to bytes.
//! CloudFormation short tags become their long forms: `!Ref X` is `{Ref: X}`,
//! `!GetAtt a.b` is `{Fn::GetAtt: [a, b]}`, `!Sub s` is `{Fn::Sub: s}`.

use super::{Budget, LoadError, count};
use crate::doc::Map;
use crate::doc::{Node, Value};
use crate::source::Span;
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use std::collections::HashMap;

/// Positions in the text the parser read back to the file's: saphyr counts
/// characters (a table to bytes is built only for non-ASCII text), and the
/// text may have spaces added before closing brackets (see `parse`).
struct Offsets {
    table: Option<Vec<usize>>,
    /// Where the added spaces are in the parsed text, in order.
    added: Vec<usize>,
}

impl Offsets {
    fn new(parsed: &str, added: &[usize]) -> Self {
        let table = (!parsed.is_ascii()).then(|| parsed.char_indices().map(|(b, _)| b).chain([parsed.len()]).collect());
        // The k-th space (in file order) sits k bytes later in the parsed text.
        Offsets { table, added: added.iter().enumerate().map(|(k, at)| at + k).collect() }
    }

    fn byte(&self, char_index: usize) -> usize {
        let parsed = match &self.table {
            None => char_index,
            Some(t) => t.get(char_index).copied().unwrap_or_else(|| t.last().copied().unwrap_or(0)),
        };
        parsed - self.added.partition_point(|&a| a < parsed)
    }

    fn span(&self, s: saphyr_parser::Span) -> Span {
        Span::new(self.byte(s.start.index()), self.byte(s.end.index()))
    }
}

/// How many times a file is parsed again with spaces added (see `parse`).
const LENIENT_TRIES: usize = 8;

/// YAML 1.2 wants every line of a flow collection in block context indented
/// more than the block it is in, and saphyr holds to it; the YAML libraries
/// of Kubernetes' tools (go-yaml, PyYAML) accept a closing bracket on a line
/// of the key's indentation, and manifests are written that way
/// (`args: [` … `]` with `]` under `args`). Such a file is parsed as they
/// parse it: with a space added before the brackets that close lines at that
/// column, and positions mapped back to the file's. A space before `]` or
/// `}` changes nothing else: outside a flow collection the bracket is an
/// error anyway.
pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    let (nodes, problems) = (budget.nodes, budget.problems.len());
    let mut added: Vec<usize> = Vec::new();
    let mut parsed = std::borrow::Cow::Borrowed(text);
    let mut tries = 0;
    loop {
        let (at, new, message) = match parse_events(text, &parsed, &Offsets::new(&parsed, &added), budget) {
            Ok(docs) => return Ok(docs),
            Err(Stop::Error(e)) => return Err(e),
            Err(Stop::Bracket(at)) => {
                let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1);
                (at, bracket_lines(text, column).filter(|b| added.binary_search(b).is_err()).collect(), "invalid indentation")
            }
            Err(Stop::Quoted(at)) => {
                // Indented once: a second error at the same scalar is the file's.
                let new = quoted_lines(text, at);
                let again = new.iter().any(|b| added.binary_search(b).is_ok());
                (at, if again { Vec::new() } else { new }, "invalid indentation in quoted scalar")
            }
        };
        if new.is_empty() || tries == LENIENT_TRIES {
            return Err(LoadError::at(Span::new(at, at + 1), format!("invalid YAML: {message}")));
        }
        added.extend(new);
        added.sort_unstable();
        let mut patched = String::with_capacity(text.len() + added.len());
        let mut from = 0;
        for &at in &added {
            patched.push_str(&text[from..at]);
            patched.push(' ');
            from = at;
        }
        patched.push_str(&text[from..]);
        parsed = std::borrow::Cow::Owned(patched);
        budget.nodes = nodes;
        budget.problems.truncate(problems);
        tries += 1;
    }
}

/// The byte offsets of the closing brackets that begin a line at `column`.
fn bracket_lines(text: &str, column: usize) -> impl Iterator<Item = usize> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let at = start + column;
        start += line.len();
        let (indent, rest) = line.split_at_checked(column)?;
        (indent.bytes().all(|b| b == b' ') && (rest.starts_with(']') || rest.starts_with('}'))).then_some(at)
    })
}

/// The spaces that indent the lines of the quoted scalar starting at byte
/// `at` (its quote) one column past its key, as saphyr wants them and as
/// libyaml's readers (go-yaml, PyYAML) do not: they read
/// `description: "regions for` / `Appengine"` with its second line at the
/// key's column or before it. A flow scalar's line breaks fold and the
/// leading blanks of its lines are not part of it, so the spaces change
/// nothing else. One byte offset per space to add, in order.
fn quoted_lines(text: &str, at: usize) -> Vec<usize> {
    let Some(quote) = text[at..].chars().next().filter(|c| matches!(c, '"' | '\'')) else { return Vec::new() };
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    // The key's column: past the indentation and any `- ` of sequence entries.
    let key = text[line_start..at].trim_start_matches([' ', '-']).as_ptr() as usize - text.as_ptr() as usize - line_start;
    let mut end = text.len();
    let mut chars = text[at + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && text[at + 1 + i + 1..].starts_with('\'') => {
                chars.next();
            }
            c if c == quote => {
                end = at + 1 + i;
                break;
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut line = at;
    while let Some(n) = text[line..end].find('\n') {
        line += n + 1;
        let rest = &text[line..end];
        let indent = rest.len() - rest.trim_start_matches(' ').len();
        if !rest.trim_start_matches(' ').starts_with(['\n', '\r']) && indent <= key {
            out.extend(std::iter::repeat_n(line, key + 1 - indent));
        }
    }
    out
}

/// Why parsing stopped: an error, or a closing bracket (at this byte of the
/// file) indented no more than its block, or a quoted scalar (at its quote)
/// with lines indented no more than its key, which `parse` accepts.
/// `parse`, without reading a text otherwise than YAML does (no spaces
/// added before closing brackets).
pub(super) fn parse_strict(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    parse_events(text, text, &Offsets::new(text, &[]), budget).map_err(|stop| match stop {
        Stop::Error(e) => e,
        Stop::Bracket(at) | Stop::Quoted(at) => LoadError::at(Span::new(at, at + 1), "invalid YAML: invalid indentation"),
    })
}

/// Whether a YAML 1.1 reader (go-yaml's, which Terraform's `yamldecode`
/// uses) reads the values under `node`, parsed from `text`, as this YAML
/// 1.2 loader does: every plain scalar, and every key written plain, is
/// one both read alike (see `plain_alike`).
pub(super) fn reads_alike_in_1_1(node: &Node, text: &str) -> bool {
    let raw = |span: Span| text.get(span.range()).unwrap_or("");
    let key_alike = node.key_span.is_none_or(|k| quoted(raw(k)) || !ambiguous_plain(raw(k)));
    key_alike
        && match &node.value {
            Value::List(items) => items.iter().all(|n| reads_alike_in_1_1(n, text)),
            Value::Map(entries) => entries.values().all(|n| reads_alike_in_1_1(n, text)),
            v => quoted(raw(node.span)) || plain_alike(raw(node.span), v),
        }
}

/// A scalar written quoted or as a block, which both read as a string.
fn quoted(raw: &str) -> bool {
    raw.starts_with(['"', '\'', '|', '>'])
}

/// Whether YAML 1.1 reads the plain scalar `raw` as this loader read it
/// (`value`): the nulls and booleans both know, decimal numbers, and
/// strings YAML 1.1 does not read as anything else.
fn plain_alike(raw: &str, value: &Value) -> bool {
    match value {
        Value::Null => matches!(raw, "" | "~" | "null" | "Null" | "NULL"),
        Value::Bool(_) => matches!(raw, "true" | "True" | "TRUE" | "false" | "False" | "FALSE"),
        Value::Int(_) | Value::Float(_) => {
            let digits = raw.strip_prefix(['-', '+']).unwrap_or(raw);
            digits.starts_with(|c: char| c.is_ascii_digit())
                && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        }
        Value::Str(_) => !ambiguous_plain(raw),
        _ => false,
    }
}

/// A plain scalar YAML 1.1 may read as something other than a string
/// (`yes`, `off`, `~`, `0x1F`, `1_000`, `2024-01-01`, `.inf`), or one
/// with an anchor or tag this check does not follow.
fn ambiguous_plain(raw: &str) -> bool {
    let words = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"];
    words.contains(&raw)
        || matches!(raw, "" | "~" | "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE")
        || raw.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | '&' | '!'))
}

enum Stop {
    Error(LoadError),
    Bracket(usize),
    Quoted(usize),
}

impl From<LoadError> for Stop {
    fn from(e: LoadError) -> Self {
        Stop::Error(e)
    }
}

enum Frame {
    Seq { start: Span, anchor: usize, tag: Option<String>, items: Vec<Node> },
    Map { start: Span, anchor: usize, tag: Option<String>, entries: Map<Node>, key: Option<(String, Span)>, merges: Vec<Node> },
}

/// The documents of `parsed`, the file's `text` with `offsets`' spaces added.
fn parse_events(text: &str, parsed: &str, offsets: &Offsets, budget: &mut Budget<'_>) -> Result<Vec<Node>, Stop> {
    let mut parser = Parser::new_from_str(parsed);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (Node, usize)> = HashMap::new();
    let mut docs = Vec::new();
    while let Some(next) = parser.next_event() {
        let (event, raw_span) = next.map_err(|e| {
            // The character the parser stopped at; at the end of the text, nothing.
            let at = offsets.byte(e.marker().index()).min(text.len());
            let next = text.get(at..).and_then(|rest| rest.chars().next());
            if e.info() == "invalid indentation" && matches!(next, Some(']' | '}')) {
                return Stop::Bracket(at);
            }
            if e.info() == "invalid indentation in quoted scalar" {
                return Stop::Quoted(at);
            }
            let end = next.map_or(at, |c| at + c.len_utf8());
            Stop::Error(LoadError::at(Span::new(at, end), format!("invalid YAML: {}", e.info())))
        })?;
        let span = offsets.span(raw_span);
        let done = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentStart(_) | Event::DocumentEnd | Event::Nothing => None,
            Event::SequenceStart(anchor, tag) => {
                budget.depth(stack.len() + 1, span)?;
                stack.push(Frame::Seq { start: span, anchor, tag: tag_name(tag.as_deref()), items: Vec::new() });
                None
            }
            Event::MappingStart(anchor, tag) => {
                budget.depth(stack.len() + 1, span)?;
                let tag = tag_name(tag.as_deref());
                stack.push(Frame::Map { start: span, anchor, tag, entries: Map::default(), key: None, merges: Vec::new() });
                None
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq { start, anchor, tag, items }) => {
                    let end = close(span, items.last().map(|n| n.span.end), start);
                    let node = Node::new(Span::new(start.start as usize, end as usize), Value::List(items));
                    Some((node, anchor, tag))
                }
                _ => return Err(LoadError::at(span, "invalid YAML: unbalanced sequence end").into()),
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map { start, anchor, tag, mut entries, merges, .. }) => {
                    apply_merges(&mut entries, merges);
                    let end = close(span, entries.values().map(|n| n.span.end).max(), start);
                    let node = Node::new(Span::new(start.start as usize, end as usize), Value::Map(entries));
                    Some((node, anchor, tag))
                }
                _ => return Err(LoadError::at(span, "invalid YAML: unbalanced mapping end").into()),
            },
            Event::Scalar(value, style, anchor, tag) => {
                let tag = tag.as_deref().cloned();
                let node = scalar(&value, style, tag.as_ref(), span);
                Some((node, anchor, tag.as_ref().and_then(custom_tag)))
            }
            Event::Alias(id) => {
                let Some((node, size)) = anchors.get(&id) else {
                    return Err(LoadError::at(span, "invalid YAML: alias to an unknown anchor").into());
                };
                budget.add(*size, span)?;
                let mut node = node.clone();
                node.span = span;
                Some((node, 0, None))
            }
        };
        let Some((node, anchor, tag)) = done else { continue };
        budget.add(1, node.span)?;
        let node = wrap_tag(node, tag.as_deref());
        if anchor > 0 {
            anchors.insert(anchor, (node.clone(), count(&node)));
        }
        push(&mut stack, &mut docs, node, text, budget)?;
    }
    // An empty stream (only comments, say) has no document.
    docs.retain(|n: &Node| !(matches!(n.value, Value::Null) && n.span.is_empty()));
    Ok(docs)
}

/// Where a collection ends: at its closing `]`/`}` in flow style, else at its last
/// child (a block collection's end event sits at the next token, maybe lines on).
fn close(end_event: Span, last_child: Option<u32>, start: Span) -> u32 {
    let end = if end_event.is_empty() { last_child.unwrap_or(end_event.end) } else { end_event.end };
    end.max(start.end)
}

/// Put a finished node into its parent, or make it a document root.
/// A key that is a mapping written `{{ ... }}` is a Go template's action
/// (`name: {{ .ns }}`), which YAML happens to read: the file is a template,
/// not configuration.
fn push(stack: &mut [Frame], docs: &mut Vec<Node>, mut node: Node, text: &str, budget: &mut Budget<'_>) -> Result<(), LoadError> {
    match stack.last_mut() {
        None => docs.push(node),
        Some(Frame::Seq { items, .. }) => items.push(node),
        Some(Frame::Map { entries, key, merges, .. }) => match key.take() {
            None if matches!(node.value, Value::Map(_)) && text.get(node.span.range()).is_some_and(|t| t.starts_with('{')) => {
                return Err(LoadError::at(node.span, "`{{ }}` here is a template's action"));
            }
            None => *key = Some((key_text(&node, text), node.span)),
            Some((k, _)) if k == "<<" => match node.value {
                Value::List(list) => merges.extend(list),
                _ => merges.push(node),
            },
            Some((k, key_span)) => {
                if entries.contains_key(&k) {
                    budget.duplicate(&k, key_span);
                }
                node.key_span = Some(key_span);
                entries.insert(k, node);
            }
        },
    }
    Ok(())
}

/// `<<: *base` merge keys (YAML 1.1, still common): keys written in the mapping win.
fn apply_merges(entries: &mut Map<Node>, merges: Vec<Node>) {
    for merged in merges {
        if let Value::Map(m) = merged.value {
            for (k, v) in m {
                entries.entry(k).or_insert(v);
            }
        }
    }
}

fn key_text(node: &Node, text: &str) -> String {
    match &node.value {
        Value::Str(s) => s.clone(),
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        // Complex keys are rare in configuration (a `{{ .ns }}` template read
        // as YAML); they are keyed by their text as written.
        Value::List(_) | Value::Map(_) | Value::Unknown(_) => {
            text.get(node.span.range()).map_or_else(String::new, |t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        }
    }
}

/// A tag that is not from the YAML core schema, by name: `!Ref` gives `Ref`.
fn custom_tag(tag: &Tag) -> Option<String> {
    if tag.is_yaml_core_schema() || tag.handle != "!" {
        return None;
    }
    Some(tag.suffix.clone())
}

fn tag_name(tag: Option<&Tag>) -> Option<String> {
    tag.and_then(custom_tag)
}

/// CloudFormation short form to long form. Unknown application tags are kept the
/// same way (`!Foo x` is `{Fn::Foo: x}`), so nothing written is lost.
fn wrap_tag(node: Node, tag: Option<&str>) -> Node {
    let Some(tag) = tag else { return node };
    let key = match tag {
        "Ref" | "Condition" => tag.to_string(),
        _ => format!("Fn::{tag}"),
    };
    let span = node.span;
    let inner = match (&node.value, tag) {
        (Value::Str(s), "GetAtt") => match s.split_once('.') {
            Some((resource, attribute)) => Node::new(
                span,
                Value::List(vec![Node::new(span, Value::Str(resource.into())), Node::new(span, Value::Str(attribute.into()))]),
            ),
            None => node,
        },
        _ => node,
    };
    let mut map = Map::default();
    map.insert(key, inner);
    Node::new(span, Value::Map(map))
}

/// YAML 1.2 core schema for plain scalars; quoted and block scalars are strings.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>, span: Span) -> Node {
    let value = if let Some(tag) = tag.filter(|t| t.is_yaml_core_schema()) {
        match tag.suffix.as_str() {
            "str" => Value::Str(text.into()),
            "int" => text.parse().map(Value::Int).unwrap_or_else(|_| Value::Str(text.into())),
            "float" => text.parse().map(Value::Float).unwrap_or_else(|_| Value::Str(text.into())),
            "bool" => plain(text),
            "null" => Value::Null,
            _ => Value::Str(text.into()),
        }
    } else if style == ScalarStyle::Plain {
        plain(text)
    } else {
        Value::Str(text.into())
    };
    Node::new(span, value)
}

fn plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" => return Value::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let int = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        text.parse::<i64>().ok()
    } else if let Some(hex) = text.strip_prefix("0x") {
        i64::from_str_radix(hex, 16).ok()
    } else if let Some(oct) = text.strip_prefix("0o") {
        i64::from_str_radix(oct, 8).ok()
    } else {
        None
    };
    if let Some(i) = int {
        return Value::Int(i);
    }
    let looks_float = digits.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
    match text.parse::<f64>() {
        Ok(f) if looks_float => Value::Float(f),
        _ => Value::Str(text.into()),
    }
}
