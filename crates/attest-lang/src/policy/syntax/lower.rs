//! Lowering: pest pairs to the AST in `policy/ast.rs`, with an internal error
//! wherever the grammar and this lowering disagree.

use super::{PARAMS, PolicyParser, Rule, string_value, syntax_error, unescape};
use crate::diag::Diag;
use crate::policy::ast::*;
use crate::policy::params::ParamValue;
use crate::policy::surface::{is_namespace, is_root_collection};
use crate::source::{SourceFile, Span};
use pest::Parser as _;
use pest::iterators::Pair;
use std::sync::Arc;

/// Said of every internal error: the user cannot fix it, only report it.
const DRIFT_HELP: &str = "this is a bug in attest; please report it with the policy that triggers it";

/// A grammar rule as the grammar spells it, to name it in an internal error.
pub(super) fn rule_name(rule: Rule) -> String {
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
pub(super) struct Builder<'f> {
    file: &'f Arc<SourceFile>,
    /// Where the lowered text starts in `file`: pest's offsets are within a chunk.
    offset: usize,
    /// The errors found so far, for the caller to take.
    pub(super) errors: Vec<Diag>,
}

impl<'f> Builder<'f> {
    /// A builder for text that starts at byte `offset` of `file`.
    pub(super) fn new(file: &'f Arc<SourceFile>, offset: usize) -> Self {
        Builder { file, offset, errors: Vec::new() }
    }

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
    pub(super) fn drift(&mut self, span: Span, what: &str) {
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
    pub(super) fn drift_at(&mut self, pair: &Pair<'_, Rule>) {
        let span = self.span(pair);
        self.drift(span, &rule_name(pair.as_rule()));
    }

    /// `drift_at(pair)`, and the placeholder an expression lowering returns.
    fn drift_expr(&mut self, pair: &Pair<'_, Rule>, span: Span) -> Expr {
        self.drift_at(pair);
        placeholder_expr(span)
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

    pub(super) fn import(&mut self, pair: Pair<'_, Rule>) -> Import {
        let span = self.span(&pair);
        let parent = pair.clone();
        let path = self.child(pair.into_inner().next(), Rule::string, &parent).map(|s| string_value(s.as_str())).unwrap_or_default();
        Import { path, span }
    }

    pub(super) fn param(&mut self, pair: Pair<'_, Rule>) -> Param {
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

    pub(super) fn function(&mut self, pair: Pair<'_, Rule>) -> Function {
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

    pub(super) fn policy(&mut self, pair: Pair<'_, Rule>) -> Policy {
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
                let mut next = inner.next();
                let at = match next.as_ref().map(Pair::as_rule) {
                    Some(Rule::at_clause) => {
                        let clause = next.take().map(|c| c.into_inner());
                        next = inner.next();
                        // `at_kw`, then the place.
                        Some(self.expr_child(clause.and_then(|mut c| c.nth(1)), &parent))
                    }
                    _ => None,
                };
                let message = match self.child(next, Rule::else_clause, &parent) {
                    Some(clause) => {
                        let parent = clause.clone();
                        self.child(clause.into_inner().next(), Rule::string, &parent).map(|s| self.template(s))
                    }
                    None => None,
                };
                let message = message.unwrap_or(Template { parts: Vec::new(), span });
                Some(Stmt::Assert { cond, at, message, span })
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
                    let mut b = Builder::new(self.file, hole_start);
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
    pub(super) fn template_expr(&mut self, mut pairs: pest::iterators::Pairs<'_, Rule>, whole: Span) -> Expr {
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

    /// `a + b - c` or `a * b / c`: operands and operators, folded from the left.
    fn arithmetic(&mut self, pair: Pair<'_, Rule>) -> Expr {
        let parent = pair.clone();
        let mut inner = pair.into_inner();
        let mut acc = self.expr_child(inner.next(), &parent);
        while let Some(op) = inner.next() {
            let Some(op) = ArithOp::parse(op.as_str()) else {
                self.drift_at(&op);
                break;
            };
            let rhs = self.expr_child(inner.next(), &parent);
            let s = acc.span.to(rhs.span);
            acc = Expr { kind: ExprKind::Arith(op, Box::new(acc), Box::new(rhs)), span: s };
        }
        acc
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
                    let s = s.to(span);
                    e = Expr { kind: ExprKind::Not(Box::new(e)), span: s };
                }
                e
            }
            Rule::arith_expr | Rule::term => self.arithmetic(pair),
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
            Rule::quantifier => self.quantifier(pair, span),
            Rule::conditional => self.conditional(pair, span),
            Rule::boolean => Expr { kind: ExprKind::Bool(self.boolean(&pair)), span },
            Rule::null => Expr { kind: ExprKind::Null, span },
            Rule::number => Expr { kind: ExprKind::Number(self.number(&pair)), span },
            Rule::string => Expr { kind: ExprKind::Str(string_value(pair.as_str())), span },
            Rule::list_lit => Expr { kind: ExprKind::List(pair.into_inner().map(|p| self.expr(p)).collect()), span },
            Rule::map_lit => self.map_literal(pair, &parent, span),
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
                if is_root_collection(&name) {
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
    fn is_test(&mut self, pair: Pair<'_, Rule>) -> Option<(TypeTest, Polarity)> {
        let parent = pair.clone();
        let mut polarity = Polarity::Is;
        let mut word = None;
        for p in pair.into_inner() {
            match p.as_rule() {
                Rule::is_not => polarity = Polarity::IsNot,
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
        Some((test, polarity))
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
                    let Some((test, polarity)) = self.is_test(t) else { return placeholder_expr(span) };
                    ExprKind::Is(Box::new(lhs), test, polarity)
                }
                Some(t) => {
                    return self.drift_expr(&t, span);
                }
                None => {
                    return self.drift_expr(&parent, span);
                }
            },
            _ => {
                return self.drift_expr(&parent, span);
            }
        };
        Expr { kind, span }
    }

    /// `all x in C { B }` and the other quantifiers.
    /// `{key: value, "key": value}`.
    fn map_literal(&mut self, pair: Pair<'_, Rule>, parent: &Pair<'_, Rule>, span: Span) -> Expr {
        let mut entries = Vec::new();
        for entry in pair.into_inner() {
            let mut inner = entry.into_inner();
            let key = match inner.next() {
                Some(k) if k.as_rule() == Rule::string => string_value(k.as_str()),
                Some(k) => k.as_str().to_string(),
                None => {
                    self.drift_at(parent);
                    continue;
                }
            };
            entries.push((key, self.expr_child(inner.next(), parent)));
        }
        Expr { kind: ExprKind::Map(entries), span }
    }

    fn quantifier(&mut self, pair: Pair<'_, Rule>, span: Span) -> Expr {
        let parent = pair.clone();
        let mut inner = pair.into_inner();
        let Some(q) = self.child(inner.next(), Rule::quant_kw, &parent).and_then(|k| self.quant(&k)) else {
            return placeholder_expr(span);
        };
        let var = self.ident_child(inner.next(), Rule::ident, &parent);
        let coll = self.expr_child(inner.next(), &parent);
        let body = self.expr_child(inner.next(), &parent);
        Expr { kind: ExprKind::Quantifier(q, var, Box::new(coll), Box::new(body)), span }
    }

    /// `if C then A else B`: the three expressions, without the keywords.
    fn conditional(&mut self, pair: Pair<'_, Rule>, span: Span) -> Expr {
        let parent = pair.clone();
        let mut inner = pair.into_inner().filter(|p| !matches!(p.as_rule(), Rule::if_kw | Rule::then_kw | Rule::else_kw));
        let cond = self.expr_child(inner.next(), &parent);
        let then = self.expr_child(inner.next(), &parent);
        let otherwise = self.expr_child(inner.next(), &parent);
        Expr { kind: ExprKind::If(Box::new(cond), Box::new(then), Box::new(otherwise)), span }
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
                    (ExprKind::Var(ns), args) if is_namespace(ns) => {
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
                    return self.drift_expr(&parent, span);
                }
            },
            _ => {
                return self.drift_expr(&parent, span);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::syntax::parse;

    /// Where the lowered text starts in its file, so spans prove they come from the pair.
    const OFFSET: usize = 10;

    /// Parse `text` as `rule` and hand the pair to `lower`; returns what it built
    /// and the errors it recorded.
    fn lower<T>(text: &str, rule: Rule, lower: impl FnOnce(&mut Builder<'_>, Pair<'_, Rule>) -> T) -> (T, Vec<Diag>) {
        let file = SourceFile::new("drift.policy", format!("{}{text}", " ".repeat(OFFSET)));
        let pair = PolicyParser::parse(rule, text).expect("the text parses").next().expect("one pair");
        let mut b = Builder::new(&file, OFFSET);
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
            assert!(lowered.is_some_and(|(_, polarity)| polarity == Polarity::IsNot) && errors.is_empty(), "{word}");
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
