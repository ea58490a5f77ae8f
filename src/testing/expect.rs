//! Expectations in fixtures: `# expect: ID` annotations on (or above) the line of
//! the expected finding, and `FIXTURE.expect.toml` sidecars for formats without
//! comments (JSON).

use crate::comments;
use crate::diag::{Diag, did_you_mean};
use crate::doc::{Node, Value};
use crate::finding::Status;
use crate::source::{SourceFile, Span};
use std::sync::Arc;

/// One expected finding.
#[derive(Debug, Clone)]
pub struct Expectation {
    pub policy: String,
    /// 1-based line the finding must start on.
    pub line: usize,
    pub status: Option<Status>,
    pub message: Option<String>,
    /// Where the expectation is written (for errors about it).
    pub written: Span,
    /// The file the expectation is written in: the fixture, or its sidecar.
    pub written_in: Arc<SourceFile>,
    /// The content of the expected line in the fixture (for "not raised" labels).
    pub target: Span,
}

/// Inline annotations of a fixture. A comment alone on its line applies to the
/// next line with content; a comment after content applies to its own line.
pub fn inline(file: &Arc<SourceFile>, errors: &mut Vec<Diag>) -> Vec<Expectation> {
    let lines = comments::lines(&file.text);
    let mut out = Vec::new();
    for (i, &(offset, line)) in lines.iter().enumerate() {
        let Some((marker_at, body_at)) = comments::find(line, "expect:") else { continue };
        let body = &line[body_at..];
        let written = Span::new(offset + marker_at, offset + line.trim_end().len());
        let Some(t) = comments::target(&lines, i, marker_at) else {
            errors.push(
                Diag::error(file, written, "this expectation has no line to apply to", "nothing follows it")
                    .with_help("put `expect:` on the line of the expected finding, or alone on the line above it"),
            );
            continue;
        };
        let target = content_span(&lines, t);
        for item in parse_body(body, file, Span::new(offset + body_at, offset + line.trim_end().len()), errors) {
            out.push(Expectation {
                policy: item.0,
                line: t + 1,
                status: item.1,
                message: item.2,
                written,
                written_in: Arc::clone(file),
                target,
            });
        }
    }
    out
}

/// The text of line `i` without its indentation.
fn content_span(lines: &[(usize, &str)], i: usize) -> Span {
    let (offset, text) = lines[i];
    let content = text.trim_end();
    Span::new(offset + content.len() - content.trim_start().len(), offset + content.len())
}

/// `ID [fail|unknown] ["message part"]`, several separated by `,`.
fn parse_body(body: &str, file: &Arc<SourceFile>, span: Span, errors: &mut Vec<Diag>) -> Vec<(String, Option<Status>, Option<String>)> {
    let mut out = Vec::new();
    for part in split_items(body) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let (head, message) = match part.find('"') {
            Some(q) => {
                let rest = &part[q + 1..];
                match rest.rfind('"') {
                    Some(end) => (&part[..q], Some(rest[..end].to_string())),
                    None => {
                        errors.push(Diag::error(file, span, "unclosed `\"` in this expectation", "here"));
                        continue;
                    }
                }
            }
            None => (part, None),
        };
        let mut words = head.split_whitespace();
        let Some(id) = words.next() else {
            errors.push(Diag::error(file, span, "this expectation names no policy", "here").with_help("write `expect: POLICY-ID`"));
            continue;
        };
        let status = match words.next() {
            None => None,
            Some("fail") => Some(Status::Fail),
            Some("unknown") => Some(Status::Unknown),
            Some(other) => {
                errors.push(
                    Diag::error(file, span, format!("`{other}` is not an outcome"), "here")
                        .with_help("an expected outcome is `fail` or `unknown`"),
                );
                continue;
            }
        };
        out.push((id.to_string(), status, message));
    }
    if out.is_empty() && errors.is_empty() {
        errors.push(Diag::error(file, span, "this expectation names no policy", "here").with_help("write `expect: POLICY-ID`"));
    }
    out
}

/// Split at commas outside quotes.
fn split_items(body: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in body.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                items.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&body[start..]);
    items
}

/// `fixture.json.expect.toml`: `[[expect]]` tables with `line`, `policy`, and
/// optional `status` and `message` (its `[params]` table is read by `testing`). Loaded with attest's own TOML loader, so
/// every error has a span.
pub fn sidecar(sidecar: &Arc<SourceFile>, fixture: &Arc<SourceFile>, errors: &mut Vec<Diag>) -> Vec<Expectation> {
    let loaded = crate::engine::load_text(Arc::clone(sidecar), Some(crate::doc::Syntax::Toml), &Default::default());
    if let Some(e) = loaded.error {
        errors.push(Diag::error(sidecar, e.span.unwrap_or_default(), e.message, "here"));
        return Vec::new();
    }
    let Some(root) = loaded.docs.first().map(|d| &d.root) else { return Vec::new() };
    let lines = comments::lines(&fixture.text);
    let mut out = Vec::new();
    for (key, node) in root.as_map().into_iter().flatten() {
        if key != "expect" && key != "params" {
            let help = did_you_mean(key, ["expect", "params"])
                .unwrap_or_else(|| "a sidecar holds `[[expect]]` tables and a `[params]` table".into());
            errors.push(
                Diag::error(sidecar, node.key_span.unwrap_or(node.span), format!("unknown key `{key}`"), "not expected here")
                    .with_help(help),
            );
        }
    }
    for table in root.get("expect").and_then(Node::as_list).unwrap_or_default() {
        let mut line = None;
        let mut policy = None;
        let mut status = None;
        let mut message = None;
        for (key, v) in table.as_map().into_iter().flatten() {
            let key_span = v.key_span.unwrap_or(v.span);
            match (key.as_str(), &v.value) {
                ("line", Value::Int(n)) if *n >= 1 && (*n as usize) <= lines.len() => line = Some(*n as usize),
                ("line", _) => errors.push(Diag::error(
                    sidecar,
                    v.span,
                    format!("`line` must be a line of the fixture, 1 to {}", lines.len()),
                    "not a line",
                )),
                ("policy", Value::Str(s)) => policy = Some(s.clone()),
                ("status", Value::Str(s)) if s == "fail" => status = Some(Status::Fail),
                ("status", Value::Str(s)) if s == "unknown" => status = Some(Status::Unknown),
                ("status", _) => errors.push(Diag::error(sidecar, v.span, "`status` is \"fail\" or \"unknown\"", "not an outcome")),
                ("message", Value::Str(s)) => message = Some(s.clone()),
                ("policy" | "message", _) => errors.push(Diag::error(sidecar, v.span, format!("`{key}` must be a string"), "not a string")),
                (other, _) => {
                    let help = did_you_mean(other, ["line", "policy", "status", "message"])
                        .unwrap_or_else(|| "keys are line, policy, status, message".into());
                    errors.push(Diag::error(sidecar, key_span, format!("unknown key `{other}`"), "not an expectation key").with_help(help));
                }
            }
        }
        let (Some(line), Some(policy)) = (line, policy) else {
            errors.push(Diag::error(sidecar, sidecar.first_line(table.span), "an expectation needs `line` and `policy`", "incomplete"));
            continue;
        };
        out.push(Expectation {
            policy,
            line,
            status,
            message,
            written: sidecar.first_line(table.span),
            written_in: Arc::clone(sidecar),
            target: content_span(&lines, line - 1),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_attach_to_their_line_or_the_next() {
        let f = SourceFile::new("f.yaml", "a: 1 # expect: p1\n# expect: p2 unknown, p3 \"some, text\"\n\nb: 2\n");
        let mut errors = Vec::new();
        let e = inline(&f, &mut errors);
        assert!(errors.is_empty());
        let got: Vec<_> = e.iter().map(|x| (x.policy.as_str(), x.line, x.status, x.message.as_deref())).collect();
        assert_eq!(got, [("p1", 1, None, None), ("p2", 4, Some(Status::Unknown), None), ("p3", 4, None, Some("some, text"))]);
    }

    #[test]
    fn a_trailing_annotation_with_nothing_after_is_an_error() {
        let f = SourceFile::new("f.yaml", "a: 1\n# expect: p1\n");
        let mut errors = Vec::new();
        assert!(inline(&f, &mut errors).is_empty());
        assert_eq!(errors.len(), 1);
    }
}
