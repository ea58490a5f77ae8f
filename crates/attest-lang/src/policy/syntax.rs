//! Policy text to spanned AST, with syntax errors rewritten into plain words.
//!
//! The parser re-synchronises at each top-level item (a line starting with
//! `policy`, `fn`, `param` or `import`), so one broken policy does not hide the others.

mod lower;

use super::ast::*;
use crate::diag::Diag;
use crate::source::{SourceFile, Span};
use lower::{Builder, rule_name};
use pest::Parser as _;
use std::sync::Arc;

#[derive(pest_derive::Parser)]
#[grammar = "../../../grammar/policy.pest"]
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
                let mut b = Builder::new(file, start);
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
    // Items whose expressions nest too deeply are refused here, before any
    // recursive pass (checker, evaluator) meets them.
    let mut refuse = |exprs: Vec<&Expr>| match exprs.into_iter().find(|e| e.depth() > MAX_EXPR_DEPTH) {
        Some(e) => {
            errors.push(too_deep(file, e));
            true
        }
        None => false,
    };
    out.functions.retain(|f| !refuse(vec![&f.body]));
    out.policies.retain(|p| !refuse(p.body.iter().flat_map(Stmt::exprs).collect()));
    (out, errors)
}

fn too_deep(file: &Arc<SourceFile>, e: &Expr) -> Diag {
    Diag::error(file, e.span, format!("this expression nests more than {MAX_EXPR_DEPTH} levels deep"), "too deep")
        .with_help("split it with `let` or a function")
}

/// Operators, member accesses and calls nest at most this deep in one
/// expression (brackets are bounded before parsing, by `MAX_NESTING`).
const MAX_EXPR_DEPTH: usize = 400;

/// Parse one expression (for `attest query` and tests).
pub fn parse_expr(file: &Arc<SourceFile>) -> Result<Expr, Box<Diag>> {
    let text = &file.text;
    if let Some(d) = nesting_error(file) {
        return Err(Box::new(d));
    }
    match PolicyParser::parse(Rule::template_expr, text) {
        Ok(pairs) => {
            let mut b = Builder::new(file, 0);
            let expr = b.template_expr(pairs, Span::new(0, text.len()));
            match b.errors.into_iter().next() {
                Some(d) => Err(Box::new(d)),
                None if expr.depth() > MAX_EXPR_DEPTH => Err(Box::new(too_deep(file, &expr))),
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

/// Brackets nested deeper than the parser may recurse, outside strings and
/// comments (a message's `{holes}` are checked when the message is parsed).
fn nesting_error(file: &Arc<SourceFile>) -> Option<Diag> {
    let text = &file.text;
    let mut depth = 0usize;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let rest = &text[i..];
        let skip_to = if let Some(inside) = rest.strip_prefix("\"\"\"") {
            inside.find("\"\"\"").map_or(text.len(), |end| i + 3 + end + 3)
        } else if c == '"' {
            quoted_end(rest).map_or(text.len(), |end| i + end)
        } else if c == '#' || rest.starts_with("//") {
            rest.find('\n').map_or(text.len(), |end| i + end)
        } else {
            i
        };
        if skip_to > i {
            while chars.next_if(|&(j, _)| j < skip_to).is_some() {}
            continue;
        }
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

/// Where the quoted string at the start of `s` ends (after its closing quote,
/// or at the end of its line): `\` escapes the next character.
fn quoted_end(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i + 1),
            '\n' => return Some(i),
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
    } else if found == "where" {
        d.help = Some(
            "`where` filters the elements of a `for`; in an expression, filter a list with `LIST[? CONDITION]`, where `@` is the element"
                .into(),
        );
    } else if found.chars().all(|c| c.is_alphanumeric() || c == '_') && !WORDS.contains(&found) {
        d.help = crate::diag::did_you_mean(found, WORDS.iter().copied());
    }
    if found.starts_with('"') && !found[1..].contains('"') {
        d.help = Some("strings end on the line they start; close the quote or use a \"\"\"triple-quoted\"\"\" string".into());
    }
    if ends_inside_a_hole(chunk.get(..pos).unwrap_or("")) {
        d.help = Some("inside a message's `{…}`, write a string as `\\\"…\\\"`: the `\"` before this ended the message".into());
    }
    if found == "=" && expected.contains(&OPERATOR) {
        d.help = Some("to compare, write `==`; `=` only names a value, in `let` and `param`".into());
    }
    d
}

/// Whether `before` (the text up to a syntax error) ends with a message
/// whose `{` hole is still open: a `"` in the hole ended the message.
fn ends_inside_a_hole(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    let Some(at) = line.rfind("else \"") else { return false };
    let message = &line[at + 6..];
    message.trim_end().ends_with('"') && message.matches('{').count() > message.matches('}').count()
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
        Rule::at_clause | Rule::at_kw => "`at`",
        Rule::map_lit => "an expression",
        Rule::map_entry => "a key, `:` and a value",
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
