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

/// The namespace of parameters: `params.NAME`.
pub const PARAMS: &str = "params";
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
                let mut b = Builder { file, offset: start, errors: Vec::new() };
                match pairs.next() {
                    Some(item_only) if item_only.as_rule() == Rule::item_only => {
                        for pair in item_only.into_inner() {
                            match pair.as_rule() {
                                Rule::import => out.imports.push(b.import(pair)),
                                Rule::param => out.params.push(b.param(pair)),
                                Rule::function => out.functions.push(b.function(pair)),
                                Rule::policy => out.policies.push(b.policy(pair)),
                                Rule::EOI => {}
                                _ => b.drift_at(&pair),
                            }
                        }
                    }
                    Some(other) => b.drift_at(&other),
                    None => b.drift(Span::new(start, start + chunk.len()), &rule_name(Rule::item_only)),
                }
                errors.append(&mut b.errors);
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
        Ok(pairs) => {
            let mut b = Builder { file, offset: 0, errors: Vec::new() };
            let expr = b.template_expr(pairs, Span::new(0, text.len()));
            match b.errors.into_iter().next() {
                Some(d) => Err(Box::new(d)),
                None => Ok(expr),
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

/// The token at `pos`, to quote in a syntax error. Not drift: an empty token at
/// the end of the chunk is a real case ("found the end of the file").
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
        // Not drift: the rules left (`is_not`, `template_expr`, whitespace) are
        // covered by a rule named above or never the thing a user left out.
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

/// Said of every internal error: the user cannot fix it, only report it.
const DRIFT_HELP: &str = "this is a bug in attest; please report it with the policy that triggers it";

/// A grammar rule as the grammar spells it, to name it in an internal error.
fn rule_name(rule: Rule) -> String {
    format!("{rule:?}")
}

/// The stand-in for an expression the lowering could not build; only ever built
/// beside an internal error, which refuses the policy.
fn placeholder_expr(span: Span) -> Expr {
    Expr { kind: ExprKind::Null, span }
}

/// The stand-in for a name the lowering could not build; as for `placeholder_expr`.
fn placeholder_ident(span: Span) -> Ident {
    Ident { name: String::new(), span }
}

/// Lowers pest pairs into the AST, collecting the errors it finds on the way.
struct Builder<'f> {
    file: &'f Arc<SourceFile>,
    offset: usize,
    errors: Vec<Diag>,
}

impl Builder<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let s = pair.as_span();
        Span::new(s.start() + self.offset, s.end() + self.offset)
    }

    /// Record that the pest tree has a shape this lowering does not expect at
    /// `span`: `what` names the rule or the text it did not expect.
    // INVARIANT: every place where the grammar and the lowering could disagree
    // (an unknown rule, a missing child, an unknown operator, an unparseable
    // number) comes here instead of defaulting, so a grammar change the lowering
    // has not followed refuses the policy rather than giving it another meaning.
    fn drift(&mut self, span: Span, what: &str) {
        self.errors.push(
            Diag::error(
                self.file,
                span,
                format!("internal error: the policy grammar and its lowering disagree on `{what}`"),
                "attest did not expect this here",
            )
            .with_help(DRIFT_HELP),
        );
    }

    /// The lowering does not expect `pair` here, or `pair` lacks a child the
    /// grammar requires of it.
    fn drift_at(&mut self, pair: &Pair<'_, Rule>) {
        let span = self.span(pair);
        self.drift(span, &rule_name(pair.as_rule()));
    }

    /// `next`, a child of `parent` that the grammar says is a `rule`; otherwise
    /// an internal error, at the child if it is of another rule, else at `parent`.
    fn child<'i>(&mut self, next: Option<Pair<'i, Rule>>, rule: Rule, parent: &Pair<'_, Rule>) -> Option<Pair<'i, Rule>> {
        match next {
            Some(p) if p.as_rule() == rule => Some(p),
            Some(p) => {
                self.drift_at(&p);
                None
            }
            None => {
                self.drift_at(parent);
                None
            }
        }
    }

    /// A name the grammar requires of `parent`, as a `rule`.
    fn ident_child(&mut self, next: Option<Pair<'_, Rule>>, rule: Rule, parent: &Pair<'_, Rule>) -> Ident {
        match self.child(next, rule, parent) {
            Some(p) => self.ident(p),
            None => placeholder_ident(self.span(parent)),
        }
    }

    /// An expression the grammar requires of `parent`; `expr` reports a pair that
    /// is not an expression.
    fn expr_child(&mut self, next: Option<Pair<'_, Rule>>, parent: &Pair<'_, Rule>) -> Expr {
        match next {
            Some(p) => self.expr(p),
            None => {
                self.drift_at(parent);
                placeholder_expr(self.span(parent))
            }
        }
    }

    fn ident(&self, pair: Pair<'_, Rule>) -> Ident {
        Ident { name: pair.as_str().to_string(), span: self.span(&pair) }
    }

    fn import(&mut self, pair: Pair<'_, Rule>) -> Import {
        let span = self.span(&pair);
        let parent = pair.clone();
        let path = self.child(pair.into_inner().next(), Rule::string, &parent).map(|s| string_value(s.as_str())).unwrap_or_default();
        Import { path, span }
    }

    fn param(&mut self, pair: Pair<'_, Rule>) -> Param {
        let span = self.span(&pair);
        let parent = pair.clone();
        let mut name = None;
        let mut default = None;
        let mut description = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::ident => name = Some(self.ident(p)),
                Rule::param_value => default = Some((self.span(&p), self.param_value(p))),
                Rule::string => description = Some(string_value(p.as_str())),
                _ => self.drift_at(&p),
            }
        }
        if name.is_none() || default.is_none() || description.is_none() {
            self.drift_at(&parent);
        }
        let (default_span, default) = default.unwrap_or((span, ParamValue::List(Vec::new())));
        Param { name: name.unwrap_or_else(|| placeholder_ident(span)), default, default_span, description: description.unwrap_or_default() }
    }

    fn param_value(&mut self, pair: Pair<'_, Rule>) -> ParamValue {
        let parent = pair.clone();
        match pair.into_inner().next() {
            Some(v) if v.as_rule() == Rule::param_list => ParamValue::List(v.into_inner().map(|s| self.param_scalar(s)).collect()),
            Some(v) => self.param_scalar(v),
            None => {
                self.drift_at(&parent);
                ParamValue::List(Vec::new())
            }
        }
    }

    fn param_scalar(&mut self, pair: Pair<'_, Rule>) -> ParamValue {
        match pair.as_rule() {
            Rule::boolean => ParamValue::Bool(self.boolean(&pair)),
            Rule::number => ParamValue::Num(self.number(&pair)),
            Rule::string => ParamValue::Str(string_value(pair.as_str())),
            _ => {
                self.drift_at(&pair);
                ParamValue::List(Vec::new())
            }
        }
    }

    fn boolean(&mut self, pair: &Pair<'_, Rule>) -> bool {
        match pair.as_str() {
            "true" => true,
            "false" => false,
            other => {
                self.drift(self.span(pair), other);
                false
            }
        }
    }

    fn number(&mut self, pair: &Pair<'_, Rule>) -> f64 {
        match pair.as_str().parse() {
            Ok(n) => n,
            Err(_) => {
                self.drift(self.span(pair), pair.as_str());
                0.0
            }
        }
    }

    fn function(&mut self, pair: Pair<'_, Rule>) -> Function {
        let span = self.span(&pair);
        let parent = pair.clone();
        let mut name = None;
        let mut params = Vec::new();
        let mut body = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::ident => name = Some(self.ident(p)),
                Rule::params => {
                    let list = p.clone();
                    params = p.into_inner().map(|i| self.ident_child(Some(i), Rule::ident, &list)).collect();
                }
                Rule::expr => body = Some(self.expr(p)),
                _ => self.drift_at(&p),
            }
        }
        if name.is_none() || body.is_none() {
            self.drift_at(&parent);
        }
        Function { name: name.unwrap_or_else(|| placeholder_ident(span)), params, body: body.unwrap_or_else(|| placeholder_expr(span)) }
    }

    fn policy(&mut self, pair: Pair<'_, Rule>) -> Policy {
        let span = self.span(&pair);
        let parent = pair.clone();
        let mut id = None;
        let mut meta = Vec::new();
        let mut body = Vec::new();
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::policy_id => id = Some(self.ident(p)),
                Rule::meta => meta.push(self.meta(p)),
                // `stmt` reports a pair that is not a statement.
                _ => body.extend(self.stmt(p)),
            }
        }
        let id = id.unwrap_or_else(|| {
            self.drift_at(&parent);
            placeholder_ident(span)
        });
        Policy { id, span, meta, body }
    }

    fn meta(&mut self, pair: Pair<'_, Rule>) -> Meta {
        let parent = pair.clone();
        let mut inner = pair.into_inner();
        let key = self.ident_child(inner.next(), Rule::meta_key, &parent);
        let values = inner.filter_map(|v| self.meta_value(v)).collect();
        Meta { key, values }
    }

    fn meta_value(&mut self, pair: Pair<'_, Rule>) -> Option<MetaValue> {
        if pair.as_rule() != Rule::meta_value {
            self.drift_at(&pair);
            return None;
        }
        let span = self.span(&pair);
        let parent = pair.clone();
        let text = pair.as_str();
        match pair.into_inner().next() {
            Some(p) if p.as_rule() == Rule::string => Some(MetaValue { text: string_value(text), quoted: true, span }),
            Some(p) if p.as_rule() == Rule::meta_word => Some(MetaValue { text: text.to_string(), quoted: false, span }),
            Some(p) => {
                self.drift_at(&p);
                None
            }
            None => {
                self.drift_at(&parent);
                None
            }
        }
    }

    /// A statement, or `None` (with an internal error) for a pair that is not one.
    fn stmt(&mut self, pair: Pair<'_, Rule>) -> Option<Stmt> {
        let span = self.span(&pair);
        let parent = pair.clone();
        let rule = pair.as_rule();
        let mut inner = pair.into_inner();
        match rule {
            Rule::for_stmt => {
                let var = self.ident_child(inner.next(), Rule::ident, &parent);
                let source = self.expr_child(inner.next(), &parent);
                let mut filter = None;
                let mut body = Vec::new();
                for p in inner {
                    match p.as_rule() {
                        Rule::where_clause => {
                            let clause = p.clone();
                            filter = Some(self.expr_child(p.into_inner().next(), &clause));
                        }
                        Rule::block => body = p.into_inner().filter_map(|s| self.stmt(s)).collect(),
                        _ => self.drift_at(&p),
                    }
                }
                Some(Stmt::For { var, source, filter, body, span })
            }
            Rule::let_stmt => {
                let name = self.ident_child(inner.next(), Rule::ident, &parent);
                let value = self.expr_child(inner.next(), &parent);
                Some(Stmt::Let { name, value })
            }
            Rule::assert_stmt => {
                let cond = self.expr_child(inner.next(), &parent);
                let message = match self.child(inner.next(), Rule::else_clause, &parent) {
                    Some(clause) => {
                        let parent = clause.clone();
                        self.child(clause.into_inner().next(), Rule::string, &parent).map(|s| self.template(s))
                    }
                    None => None,
                };
                let message = message.unwrap_or(Template { parts: Vec::new(), span });
                Some(Stmt::Assert { cond, message, span })
            }
            _ => {
                self.drift_at(&parent);
                None
            }
        }
    }

    /// A message string with `{expr}` holes; `{{` and `}}` are literal braces.
    fn template(&mut self, pair: Pair<'_, Rule>) -> Template {
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
                self.errors.push(
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
                Ok(pairs) => {
                    let mut b = Builder { file: self.file, offset: hole_start, errors: Vec::new() };
                    parts.push(TemplatePart::Hole(b.template_expr(pairs, Span::new(hole_start, hole_start + hole.len()))));
                    self.errors.append(&mut b.errors);
                }
                Err(e) => self.errors.push(syntax_error(self.file, hole_start, hole, &e)),
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

    /// The expression of a successful `template_expr` parse (a message hole, or
    /// `attest query`); `whole` is the text parsed, for an error with no pair.
    fn template_expr(&mut self, mut pairs: pest::iterators::Pairs<'_, Rule>, whole: Span) -> Expr {
        match pairs.next() {
            Some(top) if top.as_rule() == Rule::template_expr => {
                let parent = top.clone();
                self.expr_child(top.into_inner().next(), &parent)
            }
            Some(other) => {
                self.drift_at(&other);
                placeholder_expr(whole)
            }
            None => {
                self.drift(whole, &rule_name(Rule::template_expr));
                placeholder_expr(whole)
            }
        }
    }

    fn expr(&mut self, pair: Pair<'_, Rule>) -> Expr {
        let span = self.span(&pair);
        let parent = pair.clone();
        match pair.as_rule() {
            Rule::expr => self.expr_child(pair.into_inner().next(), &parent),
            rule @ (Rule::or_expr | Rule::and_expr) => {
                let (is_or, op) = if rule == Rule::or_expr { (true, Rule::or_op) } else { (false, Rule::and_op) };
                let mut items = pair.into_inner().filter(|p| p.as_rule() != op);
                let mut acc = self.expr_child(items.next(), &parent);
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
                    match p.as_rule() {
                        Rule::not_op => nots.push(self.span(&p)),
                        _ if operand.is_none() => operand = Some(self.expr(p)),
                        _ => self.drift_at(&p),
                    }
                }
                let mut e = operand.unwrap_or_else(|| {
                    self.drift_at(&parent);
                    placeholder_expr(span)
                });
                for s in nots.into_iter().rev() {
                    let s = s.to(e.span);
                    e = Expr { kind: ExprKind::Not(Box::new(e)), span: s };
                }
                e
            }
            Rule::cmp_expr => {
                let mut inner = pair.into_inner();
                let lhs = self.expr_child(inner.next(), &parent);
                match inner.next() {
                    None => lhs,
                    Some(tail) => self.comparison(lhs, tail, span),
                }
            }
            Rule::value_expr => {
                let mut inner = pair.into_inner();
                let mut acc = self.expr_child(inner.next(), &parent);
                for post in inner {
                    acc = self.postfix(acc, post);
                }
                acc
            }
            Rule::quantifier => {
                let mut inner = pair.into_inner();
                let Some(q) = self.child(inner.next(), Rule::quant_kw, &parent).and_then(|k| self.quant(&k)) else {
                    return placeholder_expr(span);
                };
                let var = self.ident_child(inner.next(), Rule::ident, &parent);
                let coll = self.expr_child(inner.next(), &parent);
                let body = self.expr_child(inner.next(), &parent);
                Expr { kind: ExprKind::Quantifier(q, var, Box::new(coll), Box::new(body)), span }
            }
            Rule::boolean => Expr { kind: ExprKind::Bool(self.boolean(&pair)), span },
            Rule::null => Expr { kind: ExprKind::Null, span },
            Rule::number => Expr { kind: ExprKind::Number(self.number(&pair)), span },
            Rule::string => Expr { kind: ExprKind::Str(string_value(pair.as_str())), span },
            Rule::list_lit => Expr { kind: ExprKind::List(pair.into_inner().map(|p| self.expr(p)).collect()), span },
            Rule::call => {
                let mut inner = pair.into_inner();
                let name = self.ident_child(inner.next(), Rule::ident, &parent);
                let args = match self.child(inner.next(), Rule::call_args, &parent) {
                    Some(a) => a.into_inner().map(|p| self.expr(p)).collect(),
                    None => Vec::new(),
                };
                Expr { kind: ExprKind::Call(name, args), span }
            }
            Rule::current => Expr { kind: ExprKind::Current, span },
            Rule::relative => {
                let key = self.ident_child(pair.into_inner().next(), Rule::key_name, &parent);
                Expr { kind: ExprKind::Member(Box::new(Expr { kind: ExprKind::Current, span }), key), span }
            }
            Rule::ident => {
                let name = pair.as_str().to_string();
                if super::surface::is_root_collection(&name) {
                    return Expr { kind: ExprKind::Collection(name, Vec::new()), span };
                }
                Expr { kind: ExprKind::Var(name), span }
            }
            _ => {
                self.drift_at(&parent);
                placeholder_expr(span)
            }
        }
    }

    /// A quantifier's keyword, by its exact text: `quant_kw` is one atomic rule.
    fn quant(&mut self, pair: &Pair<'_, Rule>) -> Option<Quant> {
        Some(match pair.as_str() {
            "all" => Quant::All,
            "any" => Quant::Any,
            "none" => Quant::None,
            "count" => Quant::Count,
            other => {
                self.drift(self.span(pair), other);
                return None;
            }
        })
    }

    /// A comparison operator, by its exact text: `cmp_op` is one atomic rule. Its
    /// words may be apart by any whitespace, as in `not  in`.
    fn cmp_op(&mut self, pair: &Pair<'_, Rule>) -> Option<BinOp> {
        let text = pair.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        Some(match text.as_str() {
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
            "ends_with" => BinOp::EndsWith,
            _ => {
                self.drift(self.span(pair), pair.as_str());
                return None;
            }
        })
    }

    /// `is [not] WORD`: the type test and whether it is negated.
    fn is_test(&mut self, pair: Pair<'_, Rule>) -> Option<(TypeTest, bool)> {
        let parent = pair.clone();
        let mut negated = false;
        let mut word = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::is_not => negated = true,
                Rule::is_word => word = Some(p),
                _ => self.drift_at(&p),
            }
        }
        let Some(word) = word else {
            self.drift_at(&parent);
            return None;
        };
        let test = match word.as_str() {
            "absent" => TypeTest::Absent,
            "empty" => TypeTest::Empty,
            "null" => TypeTest::Null,
            "string" => TypeTest::String,
            "number" => TypeTest::Number,
            "integer" => TypeTest::Integer,
            "bool" => TypeTest::Bool,
            "list" => TypeTest::List,
            "map" => TypeTest::Map,
            "unknown" => TypeTest::Unknown,
            other => {
                self.drift(self.span(&word), other);
                return None;
            }
        };
        Some((test, negated))
    }

    fn comparison(&mut self, lhs: Expr, tail: Pair<'_, Rule>, span: Span) -> Expr {
        let parent = tail.clone();
        let rule = tail.as_rule();
        let mut inner = tail.into_inner();
        let kind = match rule {
            Rule::binary_tail => {
                let op = self.child(inner.next(), Rule::cmp_op, &parent).and_then(|p| self.cmp_op(&p));
                let rhs = self.expr_child(inner.next(), &parent);
                let Some(op) = op else { return placeholder_expr(span) };
                ExprKind::Binary(op, Box::new(lhs), Box::new(rhs))
            }
            Rule::postfix_test => match inner.next() {
                Some(t) if t.as_rule() == Rule::exists_op => ExprKind::Exists(Box::new(lhs)),
                Some(t) if t.as_rule() == Rule::is_test => {
                    let Some((test, negated)) = self.is_test(t) else { return placeholder_expr(span) };
                    ExprKind::Is(Box::new(lhs), test, negated)
                }
                Some(t) => {
                    self.drift_at(&t);
                    return placeholder_expr(span);
                }
                None => {
                    self.drift_at(&parent);
                    return placeholder_expr(span);
                }
            },
            _ => {
                self.drift_at(&parent);
                return placeholder_expr(span);
            }
        };
        Expr { kind, span }
    }

    fn postfix(&mut self, base: Expr, post: Pair<'_, Rule>) -> Expr {
        let span = base.span.to(self.span(&post));
        let parent = post.clone();
        let rule = post.as_rule();
        let mut inner = post.into_inner();
        let kind = match rule {
            Rule::member => {
                let key = self.ident_child(inner.next(), Rule::key_name, &parent);
                // `.name` is a member and `.name(...)` a call: the arguments are optional.
                let args: Option<Vec<Expr>> = match inner.next() {
                    Some(a) if a.as_rule() == Rule::call_args => Some(a.into_inner().map(|p| self.expr(p)).collect()),
                    Some(a) => {
                        self.drift_at(&a);
                        None
                    }
                    None => None,
                };
                match (&base.kind, args) {
                    (ExprKind::Var(ns), None) if ns == PARAMS => {
                        let span = base.span.to(key.span);
                        return Expr { kind: ExprKind::Param(key), span };
                    }
                    // Not drift: `kubernetes.containers` is a collection without arguments.
                    (ExprKind::Var(ns), args) if super::surface::is_namespace(ns) => {
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
                let key = self.ident_child(inner.next(), Rule::key_name, &parent);
                ExprKind::Descend(Box::new(base), key)
            }
            Rule::index => match inner.next() {
                Some(p) if p.as_rule() == Rule::wildcard => ExprKind::Wildcard(Box::new(base)),
                Some(p) if p.as_rule() == Rule::filter => {
                    let filter = p.clone();
                    let cond = self.expr_child(p.into_inner().next(), &filter);
                    ExprKind::Filter(Box::new(base), Box::new(cond))
                }
                Some(p) => ExprKind::Index(Box::new(base), Box::new(self.expr(p))),
                None => {
                    self.drift_at(&parent);
                    return placeholder_expr(span);
                }
            },
            _ => {
                self.drift_at(&parent);
                return placeholder_expr(span);
            }
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
pub fn string_value(raw: &str) -> String {
    if let Some(inner) = raw.strip_prefix("\"\"\"").and_then(|r| r.strip_suffix("\"\"\"")) {
        return dedent(inner);
    }
    // Not drift: the lowering only passes `string` pairs, which are quoted; this
    // public helper keeps any other text as written.
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

/// Not drift: a triple-quoted string may or may not start with a newline, and a
/// string of blank lines has no indent, so the fallbacks here are real cases.
fn dedent(s: &str) -> String {
    let s = s.strip_prefix('\n').or_else(|| s.strip_prefix("\r\n")).unwrap_or(s);
    let indent = s.lines().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let lines: Vec<&str> = s.lines().map(|l| l.get(indent..).unwrap_or(l.trim_start())).collect();
    lines.join("\n").trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the lowered text starts in its file, so spans prove they come from the pair.
    const OFFSET: usize = 10;

    /// Parse `text` as `rule` and hand the pair to `lower`; returns what it built
    /// and the errors it recorded.
    fn lower<T>(text: &str, rule: Rule, lower: impl FnOnce(&mut Builder<'_>, Pair<'_, Rule>) -> T) -> (T, Vec<Diag>) {
        let file = SourceFile::new("drift.policy", format!("{}{text}", " ".repeat(OFFSET)));
        let pair = PolicyParser::parse(rule, text).expect("the text parses").next().expect("one pair");
        let mut b = Builder { file: &file, offset: OFFSET, errors: Vec::new() };
        let out = lower(&mut b, pair);
        (out, b.errors)
    }

    fn drift_at(errors: &[Diag]) -> Vec<(String, Span)> {
        for e in errors {
            assert_eq!(e.help.as_deref(), Some(DRIFT_HELP));
        }
        errors.iter().map(|e| (e.message.clone(), e.span())).collect()
    }

    fn message(what: &str) -> String {
        format!("internal error: the policy grammar and its lowering disagree on `{what}`")
    }

    #[test]
    fn a_pair_that_is_not_an_expression_is_an_internal_error_at_its_span() {
        let (expr, errors) = lower("==", Rule::cmp_op, |b, p| b.expr(p));
        assert!(matches!(expr.kind, ExprKind::Null));
        assert_eq!(drift_at(&errors), [(message("cmp_op"), Span::new(OFFSET, OFFSET + 2))]);
    }

    #[test]
    fn a_statement_of_an_unexpected_rule_is_refused_not_lowered() {
        let (stmt, errors) = lower("x == 1", Rule::expr, |b, p| b.stmt(p));
        assert!(stmt.is_none());
        assert_eq!(drift_at(&errors), [(message("expr"), Span::new(OFFSET, OFFSET + 6))]);
    }

    #[test]
    fn missing_and_unexpected_children_are_internal_errors() {
        // An `import` holds a string where a function expects a name and a body.
        let (_, errors) = lower(r#"import "lib.policy""#, Rule::import, |b, p| b.function(p));
        assert_eq!(
            drift_at(&errors),
            [(message("string"), Span::new(OFFSET + 7, OFFSET + 19)), (message("import"), Span::new(OFFSET, OFFSET + 19))]
        );
    }

    #[test]
    fn an_operator_the_lowering_does_not_know_is_an_internal_error() {
        let (op, errors) = lower("like", Rule::ident, |b, p| b.cmp_op(&p));
        assert_eq!(op, None);
        assert_eq!(drift_at(&errors), [(message("like"), Span::new(OFFSET, OFFSET + 4))]);
        let (quant, errors) = lower("most", Rule::ident, |b, p| b.quant(&p));
        assert_eq!(quant, None);
        assert_eq!(drift_at(&errors), [(message("most"), Span::new(OFFSET, OFFSET + 4))]);
    }

    #[test]
    fn a_number_that_does_not_parse_is_an_internal_error() {
        let (_, errors) = lower("abc", Rule::ident, |b, p| b.number(&p));
        assert_eq!(drift_at(&errors), [(message("abc"), Span::new(OFFSET, OFFSET + 3))]);
    }

    #[test]
    fn every_operator_and_type_word_of_the_grammar_is_lowered() {
        for op in ["==", "!=", "<", "<=", ">", ">=", "in", "not in", "not \t in", "matches", "contains", "starts_with", "ends_with"] {
            let (lowered, errors) = lower(op, Rule::cmp_op, |b, p| b.cmp_op(&p));
            assert!(lowered.is_some() && errors.is_empty(), "{op}");
        }
        for word in ["absent", "empty", "null", "string", "number", "integer", "bool", "list", "map", "unknown"] {
            let (lowered, errors) = lower(&format!("is not {word}"), Rule::is_test, |b, p| b.is_test(p));
            assert!(lowered.is_some_and(|(_, negated)| negated) && errors.is_empty(), "{word}");
        }
    }

    #[test]
    fn a_well_formed_file_lowers_without_internal_errors() {
        let text = r#"param max = [1, 2.5, true, "x"] "limits"
fn big(x) = x > params.max
policy p-1 {
  title "t", other
  for c in kubernetes.containers where .name exists {
    let n = count k in c.ports[*] { not k.x is not absent }
    assert all v in c..image { v starts_with "a" or big(n) } else "bad {c.name}"
  }
}
"#;
        let (file, errors) = parse(&SourceFile::new("ok.policy", text));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!((file.params.len(), file.functions.len(), file.policies.len()), (1, 1, 1));
    }
}
