//! `regex` and `regexall`, with the `regex` crate where it reads a pattern
//! as Go's RE2 syntax, which Terraform uses, does.

use super::Args;
use crate::doc::{Map, Node, Value as V};
use crate::platform::terraform::resolve::{Env, MAX_EXPANSION};
use crate::source::Span;
use regex_syntax::ast::{self, Ast};

/// `regex`: the first match, an error when there is none; `regexall`: all
/// of them. A match is the text matched when the pattern has no groups, the
/// list of its groups' texts, or the map of its named groups' (null for a
/// group that took no part); a pattern mixing named and unnamed groups is
/// an error. A pattern Go might read otherwise (see `portable`), or one
/// the crate does not take, is not known.
pub(super) fn regex(name: &str, args: &Args<'_>, env: &mut Env) -> Option<V> {
    if args.len() != 2 {
        return None;
    }
    let (pattern, text) = (args.text(0, env)?, args.text(1, env)?);
    if !portable(&pattern, &text) {
        return None;
    }
    charge_search(&pattern, &text, env)?;
    let re = crate::policy::compile_regex(&pattern).ok()?;
    let names: Vec<Option<&str>> = re.capture_names().skip(1).collect();
    let named = names.iter().flatten().count();
    if named > 0 && named < names.len() {
        return env.fail();
    }
    let one = |c: regex::Captures<'_>| -> V {
        let group = |i: usize| Node::new(Span::default(), c.get(i).map_or(V::Null, |m| V::Str(m.as_str().to_string())));
        match named {
            _ if names.is_empty() => V::Str(c.get(0).map_or("", |m| m.as_str()).to_string()),
            0 => V::List((1..=names.len()).map(group).collect()),
            _ => V::Map(names.iter().enumerate().filter_map(|(i, n)| Some(((*n)?.to_string(), group(i + 1)))).collect::<Map<Node>>()),
        }
    };
    if name == "regex" {
        return match re.captures(&text) {
            Some(c) => Some(one(c)),
            None => env.fail(),
        };
    }
    // Go and the crate do not skip the same empty matches after a match.
    let all: Vec<regex::Captures<'_>> = re.captures_iter(&text).take(MAX_EXPANSION + 1).collect();
    if all.len() > MAX_EXPANSION || all.iter().any(|c| c.get(0).is_none_or(|m| m.is_empty())) {
        return None;
    }
    Some(V::List(all.into_iter().map(|c| Node::new(Span::default(), one(c))).collect()))
}

/// Spend what searching `text` with `pattern` may cost, before searching:
/// about the text's length times the pattern's size with its counted
/// repetitions written out (`(?:[ab]{1000}){12}` is 12,000), which is what
/// the search may do at each character. `None` past the budget.
pub(super) fn charge_search(pattern: &str, text: &str, env: &mut Env) -> Option<()> {
    let parsed = ast::parse::Parser::new().parse(pattern).ok()?;
    env.charge_text(text.len().saturating_mul(expanded_size(&parsed)))
}

/// The size of a pattern with its counted repetitions written out.
fn expanded_size(a: &Ast) -> usize {
    use ast::{RepetitionKind as R, RepetitionRange as N};
    match a {
        Ast::Repetition(r) => {
            let times = match &r.op.kind {
                R::Range(N::Exactly(n) | N::AtLeast(n) | N::Bounded(_, n)) => (*n as usize).max(1),
                _ => 1,
            };
            expanded_size(&r.ast).saturating_mul(times)
        }
        Ast::Group(g) => expanded_size(&g.ast),
        Ast::Concat(c) => c.asts.iter().map(expanded_size).fold(0, usize::saturating_add),
        Ast::Alternation(alt) => alt.asts.iter().map(expanded_size).fold(0, usize::saturating_add),
        _ => 1,
    }
}

/// Whether Go reads `pattern` as the crate does, matching `text`: not with
/// what only the crate knows (flags `x`, `u` and `R`, classes inside
/// classes and their operators, `\<` and `\b{start}`, `\u` escapes, long
/// Unicode class names, counts over 1,000), nor with `\d`, `\w`, `\s` or `\b`, which are ASCII
/// in Go and Unicode in the crate, on a text that is not ASCII (or has a
/// vertical tab, a space only to the crate).
fn portable(pattern: &str, text: &str) -> bool {
    let Ok(parsed) = ast::parse::Parser::new().parse(pattern) else { return false };
    let ascii = text.is_ascii() && !text.contains('\u{b}');
    ast::visit(&parsed, Portable { ascii, portable: true }).unwrap_or(false)
}

struct Portable {
    ascii: bool,
    portable: bool,
}

impl Portable {
    fn flags(&mut self, flags: &ast::Flags) {
        use ast::{Flag, FlagsItemKind};
        let crate_only = |k: &FlagsItemKind| matches!(k, FlagsItemKind::Flag(Flag::IgnoreWhitespace | Flag::Unicode | Flag::CRLF));
        self.portable &= !flags.items.iter().any(|i| crate_only(&i.kind));
    }

    fn literal(&mut self, l: &ast::Literal) {
        use ast::{HexLiteralKind as H, LiteralKind as L};
        self.portable &= !matches!(l.kind, L::HexFixed(H::UnicodeShort | H::UnicodeLong) | L::HexBrace(H::UnicodeShort | H::UnicodeLong));
    }

    /// `\pL` and `\p{Lu}` are Go's too; `\p{Letter}` and `\p{sc=Greek}` not.
    fn unicode(&mut self, u: &ast::ClassUnicode) {
        self.portable &= match &u.kind {
            ast::ClassUnicodeKind::OneLetter(_) => true,
            ast::ClassUnicodeKind::Named(name) => name.len() <= 2,
            ast::ClassUnicodeKind::NamedValue { .. } => false,
        };
    }
}

impl ast::Visitor for Portable {
    type Output = bool;
    type Err = ();

    fn finish(self) -> Result<bool, ()> {
        Ok(self.portable)
    }

    fn visit_pre(&mut self, ast: &Ast) -> Result<(), ()> {
        use ast::{AssertionKind as A, RepetitionKind as R, RepetitionRange as N};
        match ast {
            Ast::Flags(f) => self.flags(&f.flags),
            Ast::Group(g) => {
                if let ast::GroupKind::NonCapturing(flags) = &g.kind {
                    self.flags(flags);
                }
            }
            Ast::Repetition(r) => {
                if let R::Range(N::Exactly(n) | N::AtLeast(n) | N::Bounded(_, n)) = &r.op.kind {
                    self.portable &= *n <= 1000;
                }
            }
            Ast::Literal(l) => self.literal(l),
            Ast::ClassUnicode(u) => self.unicode(u),
            Ast::ClassPerl(_) => self.portable &= self.ascii,
            Ast::Assertion(a) => match a.kind {
                A::WordBoundary | A::NotWordBoundary => self.portable &= self.ascii,
                A::StartLine | A::EndLine | A::StartText | A::EndText => {}
                _ => self.portable = false,
            },
            _ => {}
        }
        Ok(())
    }

    fn visit_class_set_item_pre(&mut self, item: &ast::ClassSetItem) -> Result<(), ()> {
        match item {
            ast::ClassSetItem::Bracketed(_) => self.portable = false,
            ast::ClassSetItem::Perl(_) => self.portable &= self.ascii,
            ast::ClassSetItem::Literal(l) => self.literal(l),
            ast::ClassSetItem::Unicode(u) => self.unicode(u),
            _ => {}
        }
        Ok(())
    }

    fn visit_class_set_binary_op_pre(&mut self, _: &ast::ClassSetBinaryOp) -> Result<(), ()> {
        self.portable = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn patterns_go_reads_otherwise_are_not_portable() {
        let portable = super::portable;
        assert!(portable(r"^(?P<name>[a-z]+)-\d{2,3}$", "web-01"));
        assert!(portable(r"(?i)^arn:aws:[[:alpha:]]+\pL", "arn"));
        assert!(!portable(r"\d+", "é1"), "\\d is ASCII in Go");
        assert!(!portable(r"(?x) a b", "ab"), "Go has no x flag");
        assert!(!portable(r"[a[bc]]", "b"), "a class in a class is the crate's");
        assert!(!portable(r"[a-z&&[^c]]", "b"));
        assert!(!portable(r"a{1001}", "a"));
        assert!(!portable(r"\u0041", "A"));
        assert!(!portable(r"\<a", "a"));
        assert!(!portable(r"\p{Letter}", "a"));
    }
}
