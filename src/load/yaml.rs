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

/// How much work parsing a file again with spaces added may take (see
/// `parse`): each try indents one quoted scalar or flow collection (or every
/// closing bracket at one column), so a file of many is parsed as many
/// times: at most 4,096 tries, and at most 32 Mi of text and nodes built
/// (a file whose aliases expand to many nodes is not expanded again and
/// again), but always 8 tries.
const LENIENT_TRIES: usize = 4096;
const LENIENT_WORK: usize = 32 << 20;

/// YAML 1.2 wants every line of a flow collection in block context indented
/// more than the block it is in, and saphyr holds to it; the YAML libraries
/// of Kubernetes' and AWS's tools (go-yaml, PyYAML) accept a closing bracket,
/// or the entries themselves, on lines of the key's indentation, and files
/// are written that way (`args: [` … `]` with `]` under `args`; `Resource: [`
/// with its entries under `Resource`). Such a file is parsed as they parse
/// it: with spaces added before the brackets that close lines at that
/// column, or before the lines of the flow collection, and positions mapped
/// back to the file's. Spaces between the tokens of a flow collection change
/// nothing else: outside one, the bracket is an error anyway.
pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    parse_within(text, budget, LENIENT_WORK)
}

/// `parse`, the lenient reading bounded by `most` work (`LENIENT_WORK`).
fn parse_within(text: &str, budget: &mut Budget<'_>, most: usize) -> Result<Vec<Node>, LoadError> {
    let text = &*lone_cr_as_lf(text);
    let (nodes, problems) = (budget.nodes, budget.problems.len());
    let mut added: Vec<usize> = Vec::new();
    let mut parsed = std::borrow::Cow::Borrowed(text);
    let (mut tries, mut work) = (0, 0usize);
    // The quoted scalars after the first one that stops the parser are
    // indented with it, in one try (a CRD file has hundreds); any left, one
    // at a time.
    let mut batch = true;
    loop {
        let (at, new, message) = match parse_events(text, &parsed, &Offsets::new(&parsed, &added), budget) {
            Ok(docs) => return Ok(docs),
            Err(Stop::Error(e)) => return Err(e),
            Err(Stop::Indent(at)) => {
                let new: Vec<usize> = if text[at..].starts_with([']', '}']) {
                    let column = at - text[..at].rfind('\n').map_or(0, |n| n + 1);
                    bracket_lines(text, column).collect()
                } else {
                    flow_lines(text, at)
                };
                (at, new.into_iter().filter(|b| added.binary_search(b).is_err()).collect(), "invalid indentation")
            }
            Err(Stop::Quoted(at)) => {
                // Indented once: a second error at the same scalar is the file's.
                let own = quoted_lines(text, at);
                let new = if own.iter().any(|b| added.binary_search(b).is_ok()) {
                    Vec::new()
                } else if batch {
                    batch = false;
                    let later = later_quoted(text, at).flat_map(|q| quoted_lines(text, q));
                    own.into_iter().chain(later.filter(|b| added.binary_search(b).is_err())).collect()
                } else {
                    own
                };
                (at, new, "invalid indentation in quoted scalar")
            }
        };
        work = work.saturating_add(parsed.len()).saturating_add(budget.nodes.saturating_sub(nodes));
        let spent = tries == LENIENT_TRIES || (tries >= 8 && work > most);
        if new.is_empty() || spent {
            let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
            let why = if new.is_empty() {
                ""
            } else {
                " (attest stopped re-reading the file as go-yaml and PyYAML read such lines: too many, or too costly)"
            };
            return Err(LoadError::at(Span::new(at, end), format!("invalid YAML: {message}{why}")));
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

/// A stream that `parse` could not read whole (its error `whole`), read a
/// document at a time, as `kubectl apply` and most tools read the documents
/// of a file: the documents that parse are loaded, each one that does not is
/// a problem (`UnparsedDocument`) at its place. `whole` when it has one
/// document, or none parses.
pub(super) fn parse_apart(text: &str, budget: &mut Budget<'_>, whole: LoadError) -> Result<Vec<Node>, LoadError> {
    let text = &*lone_cr_as_lf(text);
    let starts: Vec<usize> = document_starts(text).collect();
    if starts.len() < 2 {
        return Err(whole);
    }
    let (mut nodes, mut left_out) = (Vec::new(), Vec::new());
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let problems = budget.problems.len();
        match parse(&text[start..end], budget) {
            Ok(docs) => nodes.extend(docs.into_iter().map(|mut d| {
                super::shift(&mut d, start);
                d
            })),
            Err(mut e) => {
                budget.problems.truncate(problems);
                e.span = e.span.map(|s| s.offset(start));
                left_out.push(super::Problem { kind: super::ProblemKind::UnparsedDocument(Span::new(start, end)), error: e });
            }
        }
    }
    if nodes.is_empty() {
        return Err(whole);
    }
    budget.problems.extend(left_out);
    Ok(nodes)
}

/// The text with each line break that is a carriage return alone (a file
/// saved with classic Mac line ends) written as a line feed: the same line
/// break to YAML, and the same bytes' length, so positions do not move; the
/// lines the lenient reading indents are then found in such a file too.
fn lone_cr_as_lf(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    // Most files have none (a file with `\r\n` line ends is not copied).
    if !(0..bytes.len()).any(lone) {
        return std::borrow::Cow::Borrowed(text);
    }
    let fixed: Vec<u8> = (0..bytes.len()).map(|i| if lone(i) { b'\n' } else { bytes[i] }).collect();
    // One ASCII byte for another: still UTF-8.
    std::borrow::Cow::Owned(String::from_utf8(fixed).unwrap_or_else(|_| text.to_string()))
}

/// Where the documents of a stream start: the text's start, and each line
/// that starts with the marker `---` (alone, or before a space, a tab or a
/// comment).
fn document_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut at = 0;
    let lines = text.split_inclusive('\n').map(move |line| {
        let here = at;
        at += line.len();
        (here, line)
    });
    let marker =
        |line: &str| line.strip_prefix("---").is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n', '#']));
    std::iter::once(0).chain(lines.filter(move |(here, line)| *here > 0 && marker(line)).map(|(here, _)| here))
}

/// Where the quoted scalars after byte `at` begin (their quote) that are the
/// value of a key or an item (`key: "...` / `- '...`) and do not end on
/// their first line: the ones `quoted_lines` may indent.
fn later_quoted(text: &str, at: usize) -> impl Iterator<Item = usize> + '_ {
    let start = text[at..].find('\n').map_or(text.len(), |n| at + n + 1);
    let mut line_start = start;
    text[start..].split_inclusive('\n').filter_map(move |line| {
        let here = line_start;
        line_start += line.len();
        let trimmed = line.trim_start_matches([' ', '-']);
        if trimmed.starts_with('#') {
            return None;
        }
        let value = trimmed.find(": ").map_or(trimmed, |k| trimmed[k + 2..].trim_start());
        let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        let at = here + (line.len() - value.len());
        // Not closed on its line, and closed at the end of a later one (a
        // quote inside a block scalar's text seldom is).
        let end = scalar_end(text, at, quote);
        let after = text[(end + 1).min(text.len())..].split('\n').next().unwrap_or("").trim_end();
        (end > here + line.len() && end < text.len() && (after.is_empty() || after.starts_with(" #"))).then_some(at)
    })
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
    let end = scalar_end(text, at, quote);
    let mut out = Vec::new();
    let mut line = at;
    while let Some(n) = text[line..end].find('\n') {
        line += n + 1;
        let rest = &text[line..end];
        indent_past(rest, line, key, &mut out);
    }
    out
}

/// Where the quoted scalar whose `quote` is at byte `at` ends (its closing
/// quote; escapes skipped), or the end of the text.
fn scalar_end(text: &str, at: usize, quote: char) -> usize {
    let mut chars = text[at + 1..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && text[at + 1 + i + 1..].starts_with('\'') => {
                chars.next();
            }
            c if c == quote => return at + 1 + i,
            _ => {}
        }
    }
    text.len()
}

/// The spaces that indent the line starting at byte `line` (its text up to
/// what concerns the caller: `rest`) one column past `key`, when it is not
/// blank and is indented no more: one byte offset per space, added to `out`.
fn indent_past(rest: &str, line: usize, key: usize, out: &mut Vec<usize>) {
    let indent = rest.len() - rest.trim_start_matches(' ').len();
    if !rest.trim_start_matches(' ').starts_with(['\n', '\r']) && indent <= key {
        out.extend(std::iter::repeat_n(line, key + 1 - indent));
    }
}

/// The spaces that indent the lines of the flow collection around byte `at`
/// (an entry at its key's column or before it) one column past the key of
/// the line that opens it, up to its closing bracket: as libyaml's readers
/// take `Resource: [` / `"arn:..."` / `]`. The collection is found by its
/// brackets (quoted text skipped going forward); none, when `at` is not in
/// one.
fn flow_lines(text: &str, at: usize) -> Vec<usize> {
    // The bracket that opens the collection: the first unmatched one before `at`.
    let mut depth = 0usize;
    let Some(open) = text[..at].char_indices().rev().find_map(|(i, c)| match c {
        ']' | '}' => {
            depth += 1;
            None
        }
        '[' | '{' if depth == 0 => Some(i),
        '[' | '{' => {
            depth -= 1;
            None
        }
        _ => None,
    }) else {
        return Vec::new();
    };
    let line_start = text[..open].rfind('\n').map_or(0, |n| n + 1);
    let key = text[line_start..open].trim_start_matches([' ', '-']).as_ptr() as usize - text.as_ptr() as usize - line_start;
    // Its closing bracket, quoted scalars skipped.
    let (mut depth, mut quote, mut end) = (0usize, None, text.len());
    let mut chars = text[open..].char_indices();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (Some('"'), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    end = open + i;
                    break;
                }
            }
            _ => {}
        }
    }
    if end < at {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut line = open;
    while let Some(n) = text[line..end].find('\n') {
        line += n + 1;
        indent_past(&text[line..(end + 1).min(text.len())], line, key, &mut out);
    }
    out
}

/// `parse`, without reading a text otherwise than YAML does (no spaces
/// added before closing brackets or the lines of quoted scalars).
pub(super) fn parse_strict(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    parse_events(text, text, &Offsets::new(text, &[]), budget).map_err(|stop| match stop {
        Stop::Error(e) => e,
        Stop::Indent(at) | Stop::Quoted(at) => LoadError::at(Span::new(at, at + 1), "invalid YAML: invalid indentation"),
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

/// Why parsing stopped: an error, or a line (at this byte of the file: a
/// closing bracket or an entry of a flow collection) indented no more than
/// its block, or a quoted scalar (at its quote) with lines indented no more
/// than its key, which `parse` accepts.
enum Stop {
    Error(LoadError),
    Indent(usize),
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
            if matches!(e.info(), "invalid indentation" | "invalid indentation in flow construct") {
                return Stop::Indent(at);
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

#[cfg(test)]
mod tests {
    use crate::source::SourceFile;

    fn parses(text: String) -> Result<usize, String> {
        let file = SourceFile::new("t.yaml", text);
        crate::load::parse(&file, crate::doc::Syntax::Yaml, &Default::default()).map(|p| p.docs.len()).map_err(|e| e.message)
    }

    /// More quoted scalars continued at their key's column than a file may
    /// be parsed again (256): indented in one try, they all parse (a CRD of
    /// CEL rules has hundreds).
    #[test]
    fn many_quoted_scalars_continued_at_the_key_parse() {
        let rules: String = (0..400).map(|i| format!("  - rule: '!has(self.a{i})\n    || true'\n")).collect();
        assert_eq!(parses(format!("rules:\n{rules}")), Ok(1));
    }

    /// A line that only looks like the start of a quoted scalar (in a block
    /// scalar) does not keep the real ones from parsing; a scalar that is
    /// not closed is still an error.
    #[test]
    fn only_quoted_scalars_are_indented() {
        let text = "a: 'one\ntwo'\nb: |\n  c: 'not a scalar\n  x\nd: 'three\nfour'\n";
        assert_eq!(parses(text.to_string()), Ok(1));
        assert!(parses("a: 'one\n two\nb: 1\n".to_string()).is_err());
    }

    /// More flow collections with entries at their key's column than the
    /// 256 tries there once were: each is a try, and all parse.
    #[test]
    fn many_flow_collections_at_the_key_parse() {
        let env: String = (0..300).map(|i| format!("  v{i}: [\n  a,\n  b]\n")).collect();
        assert_eq!(parses(format!("env:\n{env}")), Ok(1));
    }

    /// A file whose line breaks are carriage returns alone is read leniently
    /// as one with line feeds: a bracket, a flow collection's entries and a
    /// quoted scalar at their key's column.
    #[test]
    fn carriage_returns_alone_are_line_breaks_to_the_lenient_reading() {
        for text in ["args: [\n  a,\n  b\n]\n", "r: [\n\"x\",\n\"y\"]\n", "a: 'one\ntwo'\n"] {
            assert_eq!(parses(text.replace('\n', "\r")), Ok(1), "{text:?}");
        }
    }

    /// Many lines to re-read, past the bound on the work it may take (text
    /// parsed and nodes built, aliases expanded included: small here): the
    /// lenient reading stops, and says so.
    #[test]
    fn lenient_reading_stops_at_its_bound_on_work() {
        let text: String = (0..300).map(|i| format!("k{i}: [\na,\nb]\n")).collect();
        let limits = crate::load::Limits::default();
        let mut budget = crate::load::Budget::new(&limits);
        let e = super::parse_within(&text, &mut budget, 100_000).err().map(|e| e.message);
        assert!(e.as_deref().is_some_and(|e| e.contains("stopped re-reading")), "{e:?}");
        assert_eq!(parses(text), Ok(1));
    }
}
