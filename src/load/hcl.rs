//! HCL (Terraform `.tf` and `.tfvars`) through hcl-edit, which keeps a byte span
//! on every block, attribute and expression.
//!
//! The document has the shape of Terraform's JSON syntax: a block with labels
//! nests by label (`resource.aws_s3_bucket.logs`), nested blocks are lists of
//! maps (`rule[0].apply_server_side_encryption_by_default`), `dynamic "x"`
//! blocks appear under `x`. Literal expressions become values, `jsonencode()`
//! of a literal and JSON policy strings become nested values; anything else is
//! unknown and keeps its source text, for `platform::terraform` to resolve what
//! it statically can.

use super::{Budget, Limits, LoadError};
use crate::doc::Map;
use crate::doc::{Node, Value};
use crate::source::Span;
use hcl_edit::expr::{Expression, ObjectKey};
use hcl_edit::structure::{Block, BlockLabel, Body, Structure};
use hcl_edit::template::{Element, Template};

pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    let (body, renamed) = parse_body(text)?;
    let mut c = Converter { text, budget, renamed: &renamed };
    let root = c.body(&body, 0, Level::Top)?;
    Ok(vec![Node::new(Span::new(0, text.len()), root)])
}

/// At most this many repeated object keys are taken in one file.
const MAX_REPEATED_KEYS: usize = 1000;

/// Parse a body. Terraform accepts an object constructor that gives a key
/// twice (the last value wins); hcl-edit refuses it. Each repeated key is
/// renamed in a copy of the text to a name of the same length that occurs
/// nowhere, so spans stay true, and the parse is tried again; the converter
/// gives the value back its key (`renamed`: the span of each renamed key and
/// its name).
///
/// hcl-edit also refuses a line break inside the value of an object `for`
/// expression (`k =>` then the value on the next line, or a conditional
/// continued on a line that starts with `?`), which Terraform accepts: the
/// text is tried once more with the line breaks at the level of each
/// object `for` written as spaces (`for_object_lines`).
fn parse_body(text: &str) -> Result<(Body, Vec<(Span, String)>), LoadError> {
    let mut source = text.to_string();
    let mut renamed: Vec<(Span, String)> = Vec::new();
    let mut first_error: Option<LoadError> = None;
    loop {
        let error = match hcl_edit::parser::parse_body(&source) {
            Ok(body) => return Ok((body, renamed)),
            Err(e) => e,
        };
        let at = error.location().offset().min(source.len());
        let message = error.message().trim().trim_end_matches('.').to_string();
        let refused = || LoadError::at(Span::new(at, at + 1), format!("invalid HCL: {}", lower_first(&message)));
        if !message.contains("redefined object key") || renamed.len() >= MAX_REPEATED_KEYS {
            if first_error.is_none()
                && let Some(joined) = for_object_lines(&source)
            {
                first_error = Some(refused());
                source = joined;
                continue;
            }
            return Err(first_error.unwrap_or_else(refused));
        }
        let Some((span, key)) = object_key_at(&source, at) else { return Err(refused()) };
        let Some(stand_in) = stand_in(&source, span.len(), renamed.len()) else { return Err(refused()) };
        source.replace_range(span.range(), &stand_in);
        renamed.push((span, key));
    }
}

/// `text` with the line breaks (and the comments, which would run on) at
/// the level of each object `for` expression (`{ for k, v in x : k => v }`)
/// written as spaces, outside strings, heredocs and nested brackets; the
/// same length, so spans stay true. `None` when there is none.
fn for_object_lines(text: &str) -> Option<String> {
    #[derive(PartialEq)]
    enum Ctx {
        /// `{`, and whether it opens an object `for` expression.
        Brace(bool),
        /// `(` or `[`.
        Group,
        /// A quoted string.
        Quoted,
        /// `${` or `%{` inside a quoted string.
        Interpolation,
    }
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut stack: Vec<Ctx> = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < bytes.len() {
        // Every byte of a character outside ASCII is, and none is syntax.
        if !bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let rest = &text[i..];
        let at_for_level = stack.last() == Some(&Ctx::Brace(true));
        if stack.last() == Some(&Ctx::Quoted) {
            match bytes[i] {
                b'\\' => i += 1,
                b'"' => {
                    stack.pop();
                }
                b'$' | b'%' if rest.starts_with("$${") || rest.starts_with("%%{") => i += 2,
                b'$' | b'%' if rest[1..].starts_with('{') => {
                    stack.push(Ctx::Interpolation);
                    i += 1;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        let comment_end = if rest.starts_with('#') || rest.starts_with("//") {
            Some(rest.find('\n').unwrap_or(rest.len()))
        } else if rest.starts_with("/*") {
            Some(rest.find("*/").map_or(rest.len(), |e| e + 2))
        } else {
            None
        };
        if let Some(len) = comment_end {
            if at_for_level {
                out[i..i + len].fill(b' ');
                changed = true;
            }
            i += len;
            continue;
        }
        if let Some(heredoc) = rest.strip_prefix("<<") {
            let marker: String = heredoc.trim_start_matches('-').chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            let body_start = rest.find('\n').map(|n| i + n + 1);
            if let (false, Some(start)) = (marker.is_empty(), body_start) {
                let end = text[start..].split_inclusive('\n').scan(start, |at, line| {
                    *at += line.len();
                    Some((*at, line.trim() == marker))
                });
                i = end.filter(|(_, is_end)| *is_end).map(|(at, _)| at).next().unwrap_or(bytes.len());
                continue;
            }
        }
        match bytes[i] {
            b'"' => stack.push(Ctx::Quoted),
            b'{' => {
                let after = rest[1..].trim_start();
                let is_for = after.strip_prefix("for").is_some_and(|f| {
                    f.starts_with(char::is_whitespace) && f.trim_start().starts_with(|c: char| c.is_alphabetic() || c == '_')
                });
                stack.push(Ctx::Brace(is_for));
            }
            b'(' | b'[' => stack.push(Ctx::Group),
            // Closing an interpolation goes back to its string, below it.
            b'}' | b')' | b']' => {
                stack.pop();
            }
            b'\n' | b'\r' if at_for_level => {
                out[i] = b' ';
                changed = true;
            }
            _ => {}
        }
        i += 1;
    }
    // Only ASCII bytes were replaced, by ASCII spaces.
    changed.then(|| String::from_utf8(out).ok()).flatten()
}

/// The object key written at `at`: an identifier, or the text of a quoted
/// string (its span without the quotes).
fn object_key_at(text: &str, at: usize) -> Option<(Span, String)> {
    let rest = text.get(at..)?;
    let (start, len) = match rest.strip_prefix('"') {
        Some(quoted) => (at + 1, quoted.find(['"', '\\', '$', '\n'])?),
        None => (at, rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(rest.len())),
    };
    (len > 0).then(|| (Span::new(start, start + len), text[start..start + len].to_string()))
}

/// A name of `len` bytes for the `n`th renamed key that occurs nowhere in `text`.
fn stand_in(text: &str, len: usize, n: usize) -> Option<String> {
    let name = format!("_{n:0>width$}", width = len.checked_sub(1)?);
    (name.len() == len && !text.contains(&name)).then_some(name)
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

fn span_of(s: &impl hcl_edit::Span) -> Span {
    s.span().map_or(Span::default(), |r| Span::new(r.start, r.end))
}

/// Where a body is: the file's own body, whose blocks nest by label, or a
/// block's, whose blocks are lists of maps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    Nested,
}

struct Converter<'t, 'b, 'l> {
    text: &'t str,
    budget: &'b mut Budget<'l>,
    /// Object keys given twice, renamed for the parser (see `parse_body`).
    renamed: &'t [(Span, String)],
}

/// The keys under which the loader keeps a `dynamic` block's `for_each` and
/// iterator name on its `content` (no Terraform attribute has a `:`).
pub const DYNAMIC_FOR_EACH: &str = "attest:for_each";
pub const DYNAMIC_ITERATOR: &str = "attest:iterator";

/// A Terraform expression the loader kept as text (an unknown value), parsed
/// again for `platform::terraform::resolve` to evaluate once variables and
/// locals are known: the one place besides the loader that reads HCL.
pub fn expression(text: &str) -> Option<hcl_edit::expr::Expression> {
    hcl_edit::parser::parse_expr(text).ok()
}

/// Attributes whose string value is a JSON document (IAM and resource
/// policies, ECS container definitions, the settings of Azure VM extensions).
pub fn is_policy_attribute(name: &str) -> bool {
    name == "policy"
        || name.ends_with("_policy")
        || name == "policy_document"
        || name == "container_definitions"
        || name == "settings"
        || name == "protected_settings"
}

impl Converter<'_, '_, '_> {
    fn body(&mut self, body: &Body, depth: usize, level: Level) -> Result<Value, LoadError> {
        self.budget.depth(depth, span_of(body))?;
        let mut entries: Map<Node> = Map::default();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(a) => {
                    let key = a.key.value().as_str().to_string();
                    let mut node = self.expr(&a.value, depth + 1)?;
                    if is_policy_attribute(&key) {
                        node = self.json_string(node);
                    }
                    node.key_span = Some(span_of(&a.key));
                    if entries.contains_key(&key) {
                        self.budget.duplicate(&key, span_of(&a.key));
                    }
                    entries.insert(key, node);
                }
                Structure::Block(b) => self.block(b, depth, level, &mut entries)?,
            }
        }
        Ok(Value::Map(entries))
    }

    /// Top-level blocks nest by their labels; a `locals` or `terraform` block
    /// (no label) merges into one map. Nested blocks are lists of maps.
    fn block(&mut self, b: &Block, depth: usize, level: Level, entries: &mut Map<Node>) -> Result<(), LoadError> {
        let ident = b.ident.value().as_str().to_string();
        let block_span = span_of(b);
        let header = span_of(&b.ident);
        let labels: Vec<(String, Span)> = b
            .labels
            .iter()
            .map(|l| match l {
                BlockLabel::Ident(i) => (i.value().as_str().to_string(), span_of(i)),
                BlockLabel::String(s) => (s.value().to_string(), span_of(s)),
            })
            .collect();
        let mut body = Node::new(block_span, self.body(&b.body, depth + 1, Level::Nested)?);
        self.budget.add(1, block_span)?;
        if level == Level::Nested {
            // `dynamic "ingress" { content { ... } }` stands for some `ingress` blocks.
            let (key, node) = match (ident.as_str(), labels.first()) {
                ("dynamic", Some((name, span))) => {
                    let content = body.get("content").and_then(Node::as_list).and_then(|l| l.first()).cloned();
                    let mut n = content.unwrap_or_else(|| body.clone());
                    n.key_span = Some(*span);
                    // What `platform::terraform` needs to expand the block.
                    if let (Value::Map(m), Some(for_each)) = (&mut n.value, body.get("for_each")) {
                        let iterator = match body.get("iterator").map(|i| &i.value) {
                            Some(Value::Unknown(text)) => text.trim().to_string(),
                            _ => name.clone(),
                        };
                        m.insert(DYNAMIC_FOR_EACH.into(), for_each.clone());
                        m.insert(DYNAMIC_ITERATOR.into(), Node::new(*span, Value::Str(iterator)));
                    }
                    (name.clone(), n)
                }
                _ => {
                    body.key_span = Some(labels.last().map_or(header, |l| l.1));
                    (ident, body)
                }
            };
            let list = entries.entry(key).or_insert_with(|| Node::new(node.span, Value::List(Vec::new())));
            list.key_span.get_or_insert(node.key_span.unwrap_or(header));
            if let Value::List(items) = &mut list.value {
                list.span = list.span.to(node.span);
                items.push(node);
            }
            return Ok(());
        }
        // One map per label, then the body at the end. Resources, data sources,
        // modules, variables and outputs are unique per address; `locals` and
        // `terraform` blocks merge; anything else may repeat (providers with an
        // alias, `moved`, `import`) and is a list.
        let repeats = !matches!(ident.as_str(), "resource" | "data" | "module" | "variable" | "output" | "locals" | "terraform");
        let empty = if repeats && labels.is_empty() { Value::List(Vec::new()) } else { Value::Map(Map::default()) };
        let slot = entries.entry(ident).or_insert_with(|| Node { span: block_span, key_span: Some(header), value: empty });
        place(slot, &labels, block_span, body, repeats, self.budget);
        Ok(())
    }

    fn expr(&mut self, e: &Expression, depth: usize) -> Result<Node, LoadError> {
        let span = span_of(e);
        self.budget.depth(depth, span)?;
        self.budget.add(1, span)?;
        let value = match e {
            Expression::Null(_) => Value::Null,
            Expression::Bool(b) => Value::Bool(*b.value()),
            Expression::Number(n) => {
                let n = n.value();
                match (n.as_i64(), n.as_f64()) {
                    (Some(i), _) if n.is_i64() || n.is_u64() => Value::Int(i),
                    (_, Some(f)) => Value::Float(f),
                    _ => Value::Unknown(self.slice(span)),
                }
            }
            Expression::String(s) => Value::Str(s.value().to_string()),
            Expression::Array(a) => Value::List(a.iter().map(|x| self.expr(x, depth + 1)).collect::<Result<_, _>>()?),
            // A key written as an expression (`(local.name) = ...`,
            // `"${var.x}" = ...`) is known only once evaluated: the object is
            // unknown until static evaluation reads it.
            Expression::Object(o)
                if o.iter().any(|(k, _)| matches!(k, ObjectKey::Expression(e) if !matches!(e, Expression::String(_)))) =>
            {
                Value::Unknown(self.slice(span))
            }
            Expression::Object(o) => {
                let mut m = Map::default();
                for (k, v) in o.iter() {
                    let (key, key_span) = match k {
                        ObjectKey::Ident(i) => (i.value().as_str().to_string(), span_of(i)),
                        ObjectKey::Expression(Expression::String(s)) => (s.value().to_string(), span_of(s)),
                        ObjectKey::Expression(other) => (self.slice(span_of(other)), span_of(other)),
                    };
                    let mut node = self.expr(v.expr(), depth + 1)?;
                    node.key_span = Some(key_span);
                    let key = match self.renamed.iter().find(|(s, _)| key_span.start <= s.start && s.end <= key_span.end) {
                        Some((_, name)) => name.clone(),
                        None => key,
                    };
                    // A key given again (`port` twice, or `"host"` and `host`):
                    // Terraform keeps the last value.
                    if m.contains_key(&key) {
                        self.budget.duplicate(&key, key_span);
                    }
                    m.insert(key, node);
                }
                Value::Map(m)
            }
            Expression::StringTemplate(t) => self.template(t, span),
            Expression::HeredocTemplate(h) => match literal(&h.template) {
                Some(text) => Value::Str(match h.indent() {
                    Some(n) => {
                        text.lines().map(|l| l.get(n.min(l.len() - l.trim_start().len())..).unwrap_or(l)).collect::<Vec<_>>().join("\n")
                            + "\n"
                    }
                    None => text,
                }),
                None => Value::Unknown(self.slice(span)),
            },
            Expression::Parenthesis(p) => {
                return self.expr(p.inner(), depth + 1).map(|mut n| {
                    n.span = span;
                    // Its text with the parentheses, which let it span lines.
                    if let Value::Unknown(text) = &mut n.value {
                        *text = self.slice(span);
                    }
                    n
                });
            }
            Expression::FuncCall(f) if f.name.namespace.is_empty() && f.name.name.value().as_str() == "jsonencode" => {
                match f.args.iter().next() {
                    Some(arg) => {
                        let inner = self.expr(arg, depth + 1)?;
                        if contains_unknown(&inner) { Value::Unknown(self.slice(span)) } else { return Ok(Node { span, ..inner }) }
                    }
                    None => Value::Unknown(self.slice(span)),
                }
            }
            _ => Value::Unknown(self.slice(span)),
        };
        Ok(Node::new(span, value))
    }

    fn template(&self, t: &Template, span: Span) -> Value {
        match literal(t) {
            Some(s) => Value::Str(s),
            None => Value::Unknown(self.slice(span)),
        }
    }

    fn slice(&self, span: Span) -> String {
        self.text.get(span.range()).unwrap_or("").trim().to_string()
    }

    /// A string holding a JSON object (a policy document in a heredoc or a
    /// string) becomes that object. Its nodes keep exact spans when the string's
    /// text sits unchanged in the file (heredocs), else the string's span.
    fn json_string(&mut self, node: Node) -> Node {
        if let Value::Unknown(text) = &node.value {
            let source = self.text.get(node.span.range()).filter(|_| text.starts_with("<<"));
            return match source.and_then(|source| json_heredoc(source, node.span.start as usize, self.budget.limits)) {
                Some(doc) => doc,
                None => node,
            };
        }
        let Value::Str(s) = &node.value else { return node };
        if !s.trim_start().starts_with('{') {
            return node;
        }
        let Ok(json) = serde_json::from_str::<serde_json::Value>(s) else { return node };
        let source = self.text.get(node.span.range()).unwrap_or("");
        let offset = source.find(s.as_str()).map(|i| node.span.start as usize + i);
        offset.and_then(|at| json_at(s, at, self.budget.limits)).unwrap_or_else(|| from_json(&json, node.span))
    }
}

/// The one JSON document `text` holds, its nodes at their places in the
/// file, where `text` starts at byte `at`.
fn json_at(text: &str, at: usize, limits: &Limits) -> Option<Node> {
    let file = crate::source::SourceFile::new("", text.to_string());
    let mut parsed = super::parse(&file, crate::doc::Syntax::Json, limits).ok()?;
    let mut root = (parsed.docs.len() == 1).then(|| parsed.docs.remove(0).root)?;
    super::shift(&mut root, at);
    Some(root)
}

/// A heredoc policy document with interpolations (`source`, its text from
/// `<<` to the closing marker, written at byte `at`): the JSON document as
/// written, each string that interpolates left unknown as a string template
/// for static evaluation (`"${aws_kms_key.k.arn}"`), so that the rest of the
/// document decides (`"Action": "*"`). `None` when it is not JSON as
/// written: an interpolation outside a string (`${jsonencode(...)}`), a
/// directive (`%{ if }`), or one in a key. Also for `platform::terraform`,
/// for such a heredoc in a local that a policy attribute names.
pub fn json_heredoc(source: &str, at: usize, limits: &Limits) -> Option<Node> {
    let start = source.find('\n')? + 1;
    let body = source.get(start..source.rfind('\n')?)?;
    if body.contains("%{") || !body.trim_start().starts_with('{') {
        return None;
    }
    let mut root = json_at(body, at + start, limits)?;
    let mut stack = vec![&mut root];
    while let Some(node) = stack.pop() {
        if let Value::Str(s) = &node.value
            && s.contains("${")
        {
            node.value = Value::Unknown(quoted(s));
            continue;
        }
        match &mut node.value {
            Value::List(items) => stack.extend(items.iter_mut()),
            Value::Map(m) if m.keys().any(|k| k.contains("${")) => return None,
            Value::Map(m) => stack.extend(m.values_mut()),
            _ => {}
        }
    }
    Some(root)
}

/// `s` as an HCL quoted string: a template its interpolations stay live in.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Put a block body under its labels (`resource` → `aws_s3_bucket` → `logs`);
/// a second block with the same labels merges into the first.
fn place(slot: &mut Node, labels: &[(String, Span)], block_span: Span, mut body: Node, repeats: bool, budget: &mut Budget<'_>) {
    if let [(label, label_span), rest @ ..] = labels {
        if let Value::Map(m) = &mut slot.value {
            let empty = if repeats && rest.is_empty() { Value::List(Vec::new()) } else { Value::Map(Map::default()) };
            let next = m.entry(label.clone()).or_insert_with(|| Node { span: block_span, key_span: Some(*label_span), value: empty });
            place(next, rest, block_span, body, repeats, budget);
        }
        return;
    }
    if let Value::List(items) = &mut slot.value {
        body.key_span = slot.key_span;
        items.push(body);
        return;
    }
    match (&mut slot.value, body.value) {
        (Value::Map(existing), Value::Map(new)) if !existing.is_empty() => {
            for (k, v) in new {
                if existing.contains_key(&k) {
                    budget.duplicate(&k, v.key_span.unwrap_or(v.span));
                }
                existing.insert(k, v);
            }
        }
        (_, value) => {
            slot.value = value;
            slot.span = block_span;
        }
    }
}

/// A JSON value as nodes that all carry one span.
pub(crate) fn from_json(v: &serde_json::Value, span: Span) -> Node {
    let value = match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => n.as_i64().map(Value::Int).or_else(|| n.as_f64().map(Value::Float)).unwrap_or(Value::Null),
        serde_json::Value::String(s) => Value::Str(s.clone()),
        serde_json::Value::Array(a) => Value::List(a.iter().map(|x| from_json(x, span)).collect()),
        serde_json::Value::Object(o) => Value::Map(o.iter().map(|(k, x)| (k.clone(), from_json(x, span))).collect()),
    };
    Node::new(span, value)
}

/// The text of a template made only of literal parts.
fn literal(t: &Template) -> Option<String> {
    let mut out = String::new();
    for e in t.iter() {
        match e {
            Element::Literal(s) => out.push_str(s.value()),
            Element::Interpolation(_) | Element::Directive(_) => return None,
        }
    }
    Some(out)
}

fn contains_unknown(n: &Node) -> bool {
    match &n.value {
        Value::Unknown(_) => true,
        Value::List(items) => items.iter().any(contains_unknown),
        Value::Map(m) => m.values().any(contains_unknown),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::for_object_lines;

    #[test]
    fn line_breaks_in_object_for_values_are_spaces() {
        let text = "locals {\n  a = {\n    for k, v in var.m : k =>\n    v.on\n    ? { x = 1\n        y = 2 } # why\n    : null\n  }\n}\n";
        let joined = for_object_lines(text).expect("a change");
        assert_eq!(joined.len(), text.len());
        assert_eq!(
            joined,
            "locals {\n  a = {     for k, v in var.m : k =>     v.on     ? { x = 1\n        y = 2 }           : null   }\n}\n"
        );
    }

    #[test]
    fn strings_heredocs_and_other_braces_are_left() {
        let text = "x = \"{ for a in b : c\\n}\"\ny = <<EOT\n{\n for a in b : a => b\n}\nEOT\nz = { a = 1\n b = \"$${for}\" }\nw = [for x in y : x\n]\nü = \"é\"\n";
        assert_eq!(for_object_lines(text), None);
        // After a template key, the string is closed and the level is the `for`'s.
        assert_eq!(
            for_object_lines("a = { for k in x : \"${p}${k}:\" => k\n}\n").as_deref(),
            Some("a = { for k in x : \"${p}${k}:\" => k }\n")
        );
        // Inside an interpolation, an object `for` is one like any other.
        assert!(for_object_lines("v = \"${ { for k in x : k =>\n k } }\"\n").is_some());
    }
}
