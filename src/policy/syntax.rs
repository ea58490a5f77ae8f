//! Policy text to spanned AST, with syntax errors rewritten into plain words.
//!
//! The parser re-synchronises at each top-level item (a line starting with
//! `policy`, `fn`, `param` or `import`), so one broken policy does not hide the others.

use super::ast::*;
use super::params::ParamValue;
use crate::diag::Diag;
use crate::source::{SourceFile, Span};
use pest::Parser as _;
use pest::iterators::Pair;
use std::sync::Arc;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/policy.pest"]
struct PolicyParser;

/// Platform namespaces: `kubernetes.containers` names a collection, not a variable.
pub const NAMESPACES: &[&str] = &["kubernetes", "cloudformation", "dockerfile", "compose", "github", "terraform", "codeowners"];
/// The namespace of parameters: `params.NAME`.
pub const PARAMS: &str = "params";
/// Collections named by a single word.
pub const ROOT_COLLECTIONS: &[&str] = &["documents"];
/// Deeper bracket nesting than this in a policy is refused before parsing.
const MAX_NESTING: usize = 64;

/// Parse a policy file; returns what could be built and every syntax error.
pub fn parse(file: &Arc<SourceFile>) -> (File, Vec<Diag>) {
    let mut out = File::default();
    let mut errors = Vec::new();
    if let Some(d) = nesting_error(file) {
        return (out, vec![d]);
    }
    for (start, chunk) in chunks(&file.text) {
        if chunk.trim().is_empty() || is_only_comments(chunk) {
            continue;
        }
        match PolicyParser::parse(Rule::item_only, chunk) {
            Ok(mut pairs) => {
                let Some(item_only) = pairs.next() else { continue };
                let b = Builder { file, offset: start };
                for pair in item_only.into_inner() {
                    match pair.as_rule() {
                        Rule::import => out.imports.push(b.import(pair)),
                        Rule::param => out.params.push(b.param(pair)),
                        Rule::function => out.functions.push(b.function(pair)),
                        Rule::policy => out.policies.push(b.policy(pair, &mut errors)),
                        _ => {}
                    }
                }
            }
            Err(e) => errors.push(syntax_error(file, start, chunk, &e)),
        }
    }
    (out, errors)
}

/// Parse one expression (for `attest query` and tests).
pub fn parse_expr(file: &Arc<SourceFile>) -> Result<Expr, Box<Diag>> {
    let text = &file.text;
    if let Some(d) = nesting_error(file) {
        return Err(Box::new(d));
    }
    match PolicyParser::parse(Rule::template_expr, text) {
        Ok(mut pairs) => {
            let b = Builder { file, offset: 0 };
            let inner = pairs.next().and_then(|p| p.into_inner().next());
            match inner {
                Some(p) => Ok(b.expr(p)),
                None => Err(Box::new(Diag::error(file, Span::new(0, 0), "empty expression", ""))),
            }
        }
        Err(e) => Err(Box::new(syntax_error(file, 0, text, &e))),
    }
}

fn is_only_comments(chunk: &str) -> bool {
    chunk.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l.starts_with("//")
    })
}

/// Split at lines that begin a top-level item.
fn chunks(text: &str) -> Vec<(usize, &str)> {
    let mut starts = vec![0];
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset > 0 && ["policy ", "fn ", "param ", "import "].iter().any(|k| line.starts_with(k)) {
            starts.push(offset);
        }
        offset += line.len();
    }
    starts.push(text.len());
    starts.windows(2).map(|w| (w[0], &text[w[0]..w[1]])).collect()
}

fn nesting_error(file: &Arc<SourceFile>) -> Option<Diag> {
    let mut depth = 0usize;
    for (i, c) in file.text.char_indices() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(Diag::error(
                        file,
                        Span::new(i, i + 1),
                        format!("brackets are nested more than {MAX_NESTING} deep"),
                        "too deep",
                    ));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Rewrite pest's error into one sentence a policy author can act on.
fn syntax_error(file: &Arc<SourceFile>, offset: usize, chunk: &str, e: &pest::error::Error<Rule>) -> Diag {
    let pos = match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    };
    let found = token_at(chunk, pos);
    let mut expected: Vec<&str> = match &e.variant {
        pest::error::ErrorVariant::ParsingError { positives, .. } => positives.iter().filter_map(|r| describe(*r)).collect(),
        pest::error::ErrorVariant::CustomError { .. } => Vec::new(),
    };
    expected.sort_unstable();
    expected.dedup();
    // Say the one thing that helps: a missing `else` hides the other possibilities,
    // and "an operator" covers navigation and `and`/`or`.
    if expected.contains(&ELSE) {
        expected.retain(|e| *e == ELSE || *e == OPERATOR);
    } else if expected.contains(&OPERATOR) {
        expected.retain(|e| !["`.` or `[`", "`(`", "`and` or `or`"].contains(e));
    }
    let span = Span::new(offset + pos, offset + pos + found.len().max(1)).to(Span::new(offset + pos, offset + pos));
    let found_words = if found.is_empty() { "the end of the file".to_string() } else { format!("`{found}`") };
    let message = if expected.is_empty() {
        format!("unexpected {found_words}")
    } else {
        format!("expected {}, found {found_words}", join_or(&expected))
    };
    let label = if found.is_empty() { "here".to_string() } else { "unexpected here".to_string() };
    let mut d = Diag::error(file, span, message, label);
    if chunk.trim_start().starts_with("param ") && expected == ["a string"] {
        d.help = Some("a parameter says what it means: `param NAME = DEFAULT \"description\"`".into());
    } else if found.is_empty() {
        d.help = Some("a `{` opened above is never closed".into());
    } else if found.chars().all(|c| c.is_alphanumeric() || c == '_') {
        d.help = crate::diag::did_you_mean(found, WORDS.iter().copied());
    }
    if found.starts_with('"') && !found[1..].contains('"') {
        d.help = Some("strings end on the line they start; close the quote or use a \"\"\"triple-quoted\"\"\" string".into());
    }
    d
}

fn token_at(chunk: &str, pos: usize) -> &str {
    let rest = chunk.get(pos..).unwrap_or("");
    let rest = rest.split('\n').next().unwrap_or("");
    if let Some(inner) = rest.strip_prefix('"') {
        return match inner.find('"') {
            Some(i) => &rest[..i + 2],
            None => rest,
        };
    }
    let word = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.')).unwrap_or(rest.len());
    if word > 0 { &rest[..word] } else { rest.get(..rest.chars().next().map_or(0, char::len_utf8)).unwrap_or("") }
}

const ELSE: &str = "`else \"message\"`";
const OPERATOR: &str = "an operator";
/// Keywords and operators, for "did you mean" on a misspelt word.
const WORDS: &[&str] = &[
    "matches",
    "contains",
    "starts_with",
    "ends_with",
    "exists",
    "in",
    "not",
    "and",
    "or",
    "is",
    "else",
    "where",
    "assert",
    "let",
    "for",
    "all",
    "any",
    "none",
    "count",
    "absent",
    "empty",
];

fn describe(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::expr
        | Rule::or_expr
        | Rule::and_expr
        | Rule::not_expr
        | Rule::cmp_expr
        | Rule::value_expr
        | Rule::quantifier
        | Rule::literal
        | Rule::call
        | Rule::list_lit
        | Rule::current
        | Rule::relative
        | Rule::boolean
        | Rule::null
        | Rule::number => "an expression",
        Rule::binary_tail | Rule::cmp_op | Rule::postfix_test | Rule::exists_op | Rule::is_test => OPERATOR,
        Rule::or_op | Rule::and_op => "`and` or `or`",
        Rule::not_op => "`not`",
        Rule::is_word => "a type such as `absent`, `empty` or `string`",
        Rule::string | Rule::quoted_str | Rule::triple_str => "a string",
        Rule::ident | Rule::params => "a name",
        Rule::key_name => "a key name",
        Rule::policy_id => "a policy id",
        Rule::meta | Rule::meta_key => "a metadata line such as `title \"...\"`",
        Rule::meta_value | Rule::meta_word => "a value",
        Rule::for_stmt => "`for`",
        Rule::let_stmt => "`let`",
        Rule::assert_stmt => "`assert`",
        Rule::else_clause => ELSE,
        Rule::where_clause => "`where`",
        Rule::block => "`{`",
        Rule::item | Rule::import | Rule::function | Rule::policy | Rule::item_only | Rule::file => "`policy`, `fn`, `param` or `import`",
        Rule::param => "`param`",
        Rule::param_value | Rule::param_list => "a number, string, `true`, `false` or a list of them",
        Rule::EOI => "the end of the item",
        Rule::member | Rule::index | Rule::descend | Rule::postfix => "`.` or `[`",
        Rule::call_args => "`(`",
        Rule::wildcard | Rule::filter => "`*` or `?`",
        Rule::quant_kw => "`all`, `any`, `none` or `count`",
        _ => return None,
    })
}

fn join_or(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

struct Builder<'f> {
    file: &'f Arc<SourceFile>,
    offset: usize,
}

impl Builder<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(s.start() + self.offset, s.end() + self.offset)
    }

    fn ident(&self, pair: Pair<'_, Rule>) -> Ident {
        Ident { name: pair.as_str().to_string(), span: self.span(&pair) }
    }

    fn import(&self, pair: Pair<'_, Rule>) -> Import {
        let span = self.span(&pair);
        let path = pair.into_inner().next().map(|s| string_value(s.as_str())).unwrap_or_default();
        Import { path, span }
    }

    fn param(&self, pair: Pair<'_, Rule>) -> Param {
        let span = self.span(&pair);
        let mut name = Ident { name: String::new(), span };
        let mut default = ParamValue::List(Vec::new());
        let mut default_span = span;
        let mut description = String::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::ident => name = self.ident(p),
                Rule::param_value => {
                    default_span = self.span(&p);
                    if let Some(v) = p.into_inner().next() {
                        default = match v.as_rule() {
                            Rule::param_list => ParamValue::List(v.into_inner().map(param_scalar).collect()),
                            _ => param_scalar(v),
                        };
                    }
                }
                Rule::string => description = string_value(p.as_str()),
                _ => {}
            }
        }
        Param { name, default, default_span, description }
    }

    fn function(&self, pair: Pair<'_, Rule>) -> Function {
        let mut name = None;
        let mut params = Vec::new();
        let mut body = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::ident => name = Some(self.ident(p)),
                Rule::params => params = p.into_inner().map(|i| self.ident(i)).collect(),
                Rule::expr => body = Some(self.expr(p)),
                _ => {}
            }
        }
        let name = name.unwrap_or(Ident { name: String::new(), span: Span::default() });
        let body = body.unwrap_or(Expr { kind: ExprKind::Null, span: name.span });
        Function { name, params, body }
    }

    fn policy(&self, pair: Pair<'_, Rule>, errors: &mut Vec<Diag>) -> Policy {
        let span = self.span(&pair);
        let mut id = Ident { name: String::new(), span };
        let mut meta = Vec::new();
        let mut body = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::policy_id => id = self.ident(p),
                Rule::meta => meta.push(self.meta(p)),
                _ => body.push(self.stmt(p, errors)),
            }
        }
        Policy { id, span, meta, body }
    }

    fn meta(&self, pair: Pair<'_, Rule>) -> Meta {
        let mut inner = pair.into_inner();
        let key = inner.next().map_or(Ident { name: String::new(), span: Span::default() }, |k| self.ident(k));
        let values = inner
            .map(|v| {
                let span = self.span(&v);
                let quoted = v.clone().into_inner().next().is_some_and(|i| i.as_rule() == Rule::string);
                let text = if quoted { string_value(v.as_str()) } else { v.as_str().to_string() };
                MetaValue { text, quoted, span }
            })
            .collect();
        Meta { key, values }
    }

    fn stmt(&self, pair: Pair<'_, Rule>, errors: &mut Vec<Diag>) -> Stmt {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut inner = pair.into_inner();
        match rule {
            Rule::for_stmt => {
                let var = inner.next().map(|p| self.ident(p));
                let source = inner.next().map(|p| self.expr(p));
                let mut filter = None;
                let mut body = Vec::new();
                for p in inner {
                    match p.as_rule() {
                        Rule::where_clause => filter = p.into_inner().next().map(|e| self.expr(e)),
                        Rule::block => body = p.into_inner().map(|s| self.stmt(s, errors)).collect(),
                        _ => {}
                    }
                }
                Stmt::For {
                    var: var.unwrap_or(Ident { name: String::new(), span }),
                    source: source.unwrap_or(Expr { kind: ExprKind::Null, span }),
                    filter,
                    body,
                    span,
                }
            }
            Rule::let_stmt => {
                let name = inner.next().map_or(Ident { name: String::new(), span }, |p| self.ident(p));
                let value = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                Stmt::Let { name, value }
            }
            _ => {
                let cond = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                let message = inner
                    .next()
                    .and_then(|e| e.into_inner().next())
                    .map_or(Template { parts: Vec::new(), span }, |s| self.template(s, errors));
                Stmt::Assert { cond, message, span }
            }
        }
    }

    /// A message string with `{expr}` holes; `{{` and `}}` are literal braces.
    fn template(&self, pair: Pair<'_, Rule>, errors: &mut Vec<Diag>) -> Template {
        let span = self.span(&pair);
        let raw = pair.as_str();
        let (body, body_start) = if raw.starts_with("\"\"\"") { (&raw[3..raw.len() - 3], 3) } else { (&raw[1..raw.len() - 1], 1) };
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut rest = body;
        let mut pos = body_start;
        while let Some(i) = rest.find(['{', '}']) {
            text.push_str(&rest[..i]);
            let brace = &rest[i..];
            if brace.starts_with("{{") || brace.starts_with("}}") {
                text.push_str(&brace[..1]);
                rest = &brace[2..];
                pos += i + 2;
                continue;
            }
            if let Some(after) = brace.strip_prefix('}') {
                text.push('}');
                rest = after;
                pos += i + 1;
                continue;
            }
            let Some(close) = matching_brace(brace) else {
                let at = span.start as usize + pos + i;
                errors.push(
                    Diag::error(self.file, Span::new(at, at + 1), "unclosed `{` in the message", "this `{` is never closed")
                        .with_help("write `{{` for a literal brace"),
                );
                text.push_str(brace);
                rest = "";
                break;
            };
            if !text.is_empty() {
                parts.push(TemplatePart::Text(unescape(&std::mem::take(&mut text))));
            }
            // Inside a message, a hole's strings are written `\"...\"`. (Spans after an
            // escaped quote in a hole are off by one per quote; they only place errors.)
            let hole_text = brace[1..close].replace("\\\"", "\"");
            let hole = hole_text.as_str();
            let hole_start = span.start as usize + pos + i + 1;
            match PolicyParser::parse(Rule::template_expr, hole) {
                Ok(mut pairs) => {
                    let b = Builder { file: self.file, offset: hole_start };
                    if let Some(e) = pairs.next().and_then(|p| p.into_inner().next()) {
                        parts.push(TemplatePart::Hole(b.expr(e)));
                    }
                }
                Err(e) => errors.push(syntax_error(self.file, hole_start, hole, &e)),
            }
            rest = &brace[close + 1..];
            pos += i + close + 1;
        }
        text.push_str(rest);
        if !text.is_empty() {
            parts.push(TemplatePart::Text(unescape(&text)));
        }
        Template { parts, span }
    }

    fn expr(&self, pair: Pair<'_, Rule>) -> Expr {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::expr => pair.into_inner().next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p)),
            Rule::or_expr | Rule::and_expr => {
                let is_or = pair.as_rule() == Rule::or_expr;
                let mut items = pair.into_inner().filter(|p| !matches!(p.as_rule(), Rule::or_op | Rule::and_op));
                let mut acc = items.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                for next in items {
                    let rhs = self.expr(next);
                    let s = acc.span.to(rhs.span);
                    let kind = if is_or { ExprKind::Or(Box::new(acc), Box::new(rhs)) } else { ExprKind::And(Box::new(acc), Box::new(rhs)) };
                    acc = Expr { kind, span: s };
                }
                acc
            }
            Rule::not_expr => {
                let mut nots = Vec::new();
                let mut operand = None;
                for p in pair.into_inner() {
                    if p.as_rule() == Rule::not_op {
                        nots.push(self.span(&p));
                    } else {
                        operand = Some(self.expr(p));
                    }
                }
                let mut e = operand.unwrap_or(Expr { kind: ExprKind::Null, span });
                for s in nots.into_iter().rev() {
                    let s = s.to(e.span);
                    e = Expr { kind: ExprKind::Not(Box::new(e)), span: s };
                }
                e
            }
            Rule::cmp_expr => {
                let mut inner = pair.into_inner();
                let lhs = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                match inner.next() {
                    None => lhs,
                    Some(tail) => self.comparison(lhs, tail, span),
                }
            }
            Rule::value_expr => {
                let mut inner = pair.into_inner();
                let mut acc = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                for post in inner {
                    acc = self.postfix(acc, post);
                }
                acc
            }
            Rule::quantifier => {
                let mut inner = pair.into_inner();
                let q = match inner.next().map(|p| p.as_str()) {
                    Some("all") => Quant::All,
                    Some("any") => Quant::Any,
                    Some("none") => Quant::None,
                    _ => Quant::Count,
                };
                let var = inner.next().map_or(Ident { name: String::new(), span }, |p| self.ident(p));
                let coll = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                let body = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                Expr { kind: ExprKind::Quantifier(q, var, Box::new(coll), Box::new(body)), span }
            }
            Rule::boolean => Expr { kind: ExprKind::Bool(pair.as_str() == "true"), span },
            Rule::null => Expr { kind: ExprKind::Null, span },
            Rule::number => Expr { kind: ExprKind::Number(pair.as_str().parse().unwrap_or(0.0)), span },
            Rule::string => Expr { kind: ExprKind::Str(string_value(pair.as_str())), span },
            Rule::list_lit => Expr { kind: ExprKind::List(pair.into_inner().map(|p| self.expr(p)).collect()), span },
            Rule::call => {
                let mut inner = pair.into_inner();
                let name = inner.next().map_or(Ident { name: String::new(), span }, |p| self.ident(p));
                let args = inner.next().map(|a| a.into_inner().map(|p| self.expr(p)).collect()).unwrap_or_default();
                Expr { kind: ExprKind::Call(name, args), span }
            }
            Rule::current => Expr { kind: ExprKind::Current, span },
            Rule::relative => {
                let key = pair.into_inner().next().map_or(Ident { name: String::new(), span }, |p| self.ident(p));
                Expr { kind: ExprKind::Member(Box::new(Expr { kind: ExprKind::Current, span }), key), span }
            }
            Rule::ident => {
                let name = pair.as_str().to_string();
                if ROOT_COLLECTIONS.contains(&name.as_str()) {
                    return Expr { kind: ExprKind::Collection(name, Vec::new()), span };
                }
                Expr { kind: ExprKind::Var(name), span }
            }
            _ => Expr { kind: ExprKind::Null, span },
        }
    }

    fn comparison(&self, lhs: Expr, tail: Pair<'_, Rule>, span: Span) -> Expr {
        let rule = tail.as_rule();
        let mut inner = tail.into_inner();
        let kind = match rule {
            Rule::binary_tail => {
                let op_text = inner.next().map(|p| p.as_str().split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
                let op = match op_text.as_str() {
                    "==" => BinOp::Eq,
                    "!=" => BinOp::Ne,
                    "<" => BinOp::Lt,
                    "<=" => BinOp::Le,
                    ">" => BinOp::Gt,
                    ">=" => BinOp::Ge,
                    "in" => BinOp::In,
                    "not in" => BinOp::NotIn,
                    "matches" => BinOp::Matches,
                    "contains" => BinOp::Contains,
                    "starts_with" => BinOp::StartsWith,
                    _ => BinOp::EndsWith,
                };
                let rhs = inner.next().map_or(Expr { kind: ExprKind::Null, span }, |p| self.expr(p));
                ExprKind::Binary(op, Box::new(lhs), Box::new(rhs))
            }
            _ => {
                let test = inner.next();
                match test {
                    Some(t) if t.as_rule() == Rule::is_test => {
                        let mut negated = false;
                        let mut word = "";
                        for p in t.into_inner() {
                            match p.as_rule() {
                                Rule::is_not => negated = true,
                                _ => word = p.as_str(),
                            }
                        }
                        let test = match word {
                            "absent" => TypeTest::Absent,
                            "empty" => TypeTest::Empty,
                            "null" => TypeTest::Null,
                            "string" => TypeTest::String,
                            "number" => TypeTest::Number,
                            "integer" => TypeTest::Integer,
                            "bool" => TypeTest::Bool,
                            "list" => TypeTest::List,
                            "map" => TypeTest::Map,
                            _ => TypeTest::Unknown,
                        };
                        ExprKind::Is(Box::new(lhs), test, negated)
                    }
                    _ => ExprKind::Exists(Box::new(lhs)),
                }
            }
        };
        Expr { kind, span }
    }

    fn postfix(&self, base: Expr, post: Pair<'_, Rule>) -> Expr {
        let span = base.span.to(self.span(&post));
        let rule = post.as_rule();
        let mut inner = post.into_inner();
        let kind = match rule {
            Rule::member => {
                let key = inner.next().map_or(Ident { name: String::new(), span }, |p| self.ident(p));
                let args: Option<Vec<Expr>> = inner.next().map(|a| a.into_inner().map(|p| self.expr(p)).collect());
                match (&base.kind, args) {
                    (ExprKind::Var(ns), None) if ns == PARAMS => {
                        let span = base.span.to(key.span);
                        return Expr { kind: ExprKind::Param(key), span };
                    }
                    (ExprKind::Var(ns), args) if NAMESPACES.contains(&ns.as_str()) => {
                        ExprKind::Collection(format!("{ns}.{}", key.name), args.unwrap_or_default())
                    }
                    (_, Some(args)) => {
                        let mut all = vec![base];
                        all.extend(args);
                        ExprKind::Call(key, all)
                    }
                    (_, None) => ExprKind::Member(Box::new(base), key),
                }
            }
            Rule::descend => {
                let key = inner.next().map_or(Ident { name: String::new(), span }, |p| self.ident(p));
                ExprKind::Descend(Box::new(base), key)
            }
            _ => match inner.next() {
                Some(p) if p.as_rule() == Rule::wildcard => ExprKind::Wildcard(Box::new(base)),
                Some(p) if p.as_rule() == Rule::filter => {
                    let cond = p.into_inner().next().map_or(Expr { kind: ExprKind::Null, span }, |e| self.expr(e));
                    ExprKind::Filter(Box::new(base), Box::new(cond))
                }
                Some(p) => ExprKind::Index(Box::new(base), Box::new(self.expr(p))),
                None => ExprKind::Null,
            },
        };
        Expr { kind, span }
    }
}

fn matching_brace(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_str = false;
    let mut prev = '\0';
    for (i, c) in s.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '{' if !in_str => depth += 1,
            '}' if !in_str => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        prev = c;
    }
    None
}

/// The value of a string literal: quoted strings have escapes; triple-quoted
/// strings are raw and dedented.
fn param_scalar(pair: Pair<'_, Rule>) -> ParamValue {
    match pair.as_rule() {
        Rule::boolean => ParamValue::Bool(pair.as_str() == "true"),
        Rule::number => ParamValue::Num(pair.as_str().parse().unwrap_or(0.0)),
        _ => ParamValue::Str(string_value(pair.as_str())),
    }
}

pub fn string_value(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix("\"\"\"").and_then(|r| r.strip_suffix("\"\"\"")) {
        return dedent(inner);
    }
    let inner = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(raw);
    unescape(inner)
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            // Unknown escapes stay as written, so regexes read naturally: "\d+".
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn dedent(s: &str) -> String {
    let s = s.strip_prefix('\n').or_else(|| s.strip_prefix("\r\n")).unwrap_or(s);
    let indent = s.lines().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let lines: Vec<&str> = s.lines().map(|l| l.get(indent..).unwrap_or(l.trim_start())).collect();
    lines.join("\n").trim_end().to_string()
}
