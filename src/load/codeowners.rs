//! GitHub `CODEOWNERS` files: one rule per line, a path pattern followed by its
//! owners, `#` comments, blank lines.
//!
//! A file becomes one document, which starts at its first rule:
//! `{rules: [{pattern, regex, owners}]}`, in file order. `pattern` is the pattern as written; `regex` is the same pattern as an
//! anchored regular expression over repository paths (`src/app.js`), so a policy
//! can ask which rule decides a path (`path matches r.regex`, the last match
//! winning); `owners` is absent when the line names none, which leaves the paths
//! it matches without an owner. A line GitHub cannot read is left out, as GitHub
//! leaves it out, and reported as a problem at the place it goes wrong.

use super::{Budget, LoadError};
use crate::doc::Map;
use crate::doc::{Node, Value};
use crate::source::Span;

/// GitHub does not load a CODEOWNERS file of this size or more.
const MAX_SIZE: usize = 3 * 1024 * 1024;

/// A file named `CODEOWNERS` (GitHub reads the name as written, in upper case).
pub(super) fn is_codeowners_name(path: &std::path::Path) -> bool {
    path.file_name().is_some_and(|n| n == "CODEOWNERS")
}

pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    if text.len() >= MAX_SIZE {
        return Err(LoadError::whole(format!(
            "a CODEOWNERS file of {} bytes is not loaded by GitHub, which reads only files under 3 MB",
            text.len()
        )));
    }
    let mut rules = Vec::new();
    for (offset, line) in crate::comments::lines(text) {
        let tokens = tokens(line, offset);
        let Some((pattern, owners)) = tokens.split_first() else { continue };
        if let Some(rule) = rule(pattern, owners, budget)? {
            rules.push(rule);
        }
    }
    // The document starts at its first rule, so that what is said of the file
    // as a whole points at a rule rather than at the comments above it.
    let start = rules.first().map_or(0, |r| r.span.start as usize);
    let span = Span::new(start, text.len());
    let mut root = Map::default();
    root.insert("rules".to_string(), Node::new(span, Value::List(rules)));
    budget.add(2, span)?;
    Ok(vec![Node::new(span, Value::Map(root))])
}

/// A word of a line: its text as written and its span.
struct Token<'t> {
    text: &'t str,
    span: Span,
}

/// The words of a line, up to a comment: words are separated by spaces and tabs,
/// a backslash keeps the next character in the word (`path\ with\ spaces`), and a
/// word that starts with `#` starts a comment that runs to the end of the line.
fn tokens(line: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match (c, start) {
            (' ' | '\t', Some(s)) => {
                out.push(Token { text: &line[s..i], span: Span::new(offset + s, offset + i) });
                start = None;
            }
            (' ' | '\t', None) => {}
            ('#', None) => return out,
            (_, None) => {
                start = Some(i);
                escaped = c == '\\';
            }
            (_, Some(_)) => escaped = c == '\\',
        }
    }
    if let Some(s) = start {
        out.push(Token { text: &line[s..], span: Span::new(offset + s, offset + line.len()) });
    }
    out
}

/// The rule of one line, or `None` (with the problems reported) when GitHub
/// would skip the line.
fn rule(pattern: &Token<'_>, owners: &[Token<'_>], budget: &mut Budget<'_>) -> Result<Option<Node>, LoadError> {
    let mut skipped = false;
    if let Some(why) = pattern_problem(pattern.text) {
        budget.skipped_line(pattern.span, format!("{why}; GitHub skips this line"));
        skipped = true;
    }
    // One problem for the line, however many of its owners are not owners.
    let invalid: Vec<&Token<'_>> = owners.iter().filter(|o| !is_owner(o.text)).collect();
    if let (Some(first), Some(last)) = (invalid.first(), invalid.last()) {
        let names = invalid.iter().map(|o| format!("`{}`", o.text)).collect::<Vec<_>>().join(", ");
        let is = if invalid.len() == 1 { "is not an owner" } else { "are not owners" };
        budget.skipped_line(
            first.span.to(last.span),
            format!("{names} {is} (`@user`, `@org/team` or an e-mail address); GitHub skips this line"),
        );
        skipped = true;
    }
    if skipped {
        return Ok(None);
    }
    let mut fields = Map::default();
    fields.insert("pattern".to_string(), Node::new(pattern.span, Value::Str(pattern.text.to_string())));
    fields.insert("regex".to_string(), Node::new(pattern.span, Value::Str(to_regex(pattern.text))));
    let mut span = pattern.span;
    if let (Some(first), Some(last)) = (owners.first(), owners.last()) {
        let list = owners.iter().map(|o| Node::new(o.span, Value::Str(o.text.to_string()))).collect();
        fields.insert("owners".to_string(), Node::new(first.span.to(last.span), Value::List(list)));
        span = span.to(last.span);
    }
    budget.add(4 + owners.len(), span)?;
    Ok(Some(Node::new(span, Value::Map(fields))))
}

/// Why GitHub cannot read a pattern: the gitignore features its documentation
/// says do not work in CODEOWNERS, and GitLab's section headers.
fn pattern_problem(pattern: &str) -> Option<&'static str> {
    if pattern.starts_with('[') || pattern.starts_with("^[") {
        Some("`[Section]` headers are GitLab syntax, which GitHub does not read")
    } else if pattern.starts_with('!') {
        Some("`!` negation does not work in CODEOWNERS")
    } else if pattern.starts_with("\\#") {
        Some("escaping a leading `#` with `\\` does not work in CODEOWNERS")
    } else if pattern.contains(['[', ']']) {
        Some("`[ ]` character ranges do not work in CODEOWNERS")
    } else if pattern.contains("***") {
        Some("`***` is not a valid pattern")
    } else {
        None
    }
}

/// `@user`, `@org/team` or an e-mail address.
fn is_owner(s: &str) -> bool {
    let name = |n: &str, extra: &[char]| {
        n.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || extra.contains(&c))
    };
    match s.strip_prefix('@') {
        Some(rest) => match rest.split_once('/') {
            Some((org, team)) => name(org, &[]) && name(team, &['.']),
            None => name(rest, &[]),
        },
        None => match s.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !local.contains(char::is_whitespace)
                    && domain.split('.').count() >= 2
                    && domain.split('.').all(|part| name(part, &[]))
            }
            None => false,
        },
    }
}

/// A CODEOWNERS pattern as an anchored regular expression over paths relative to
/// the repository root, with gitignore's rules as GitHub applies them: a pattern
/// with a `/` at its start or in its middle is anchored at the root, one without
/// matches at any depth; a trailing `/` matches everything below a directory; a
/// pattern naming a directory (`/apps/github`) matches everything below it too,
/// except that a last `*` stays in its directory (`docs/*` does not match
/// `docs/a/b.md`); `*` and `?` do not cross `/`; `**` crosses any number of
/// directories.
pub fn to_regex(pattern: &str) -> String {
    let mut segs: Vec<&str> = pattern.split('/').collect();
    if segs.iter().all(|s| s.is_empty()) {
        // `/` (or `//`) names no path.
        return "^$".to_string();
    }
    if segs.first() == Some(&"") {
        segs.remove(0);
    } else if (segs.len() == 1 || (segs.len() == 2 && segs[1].is_empty())) && segs[0] != "**" {
        segs.insert(0, "**");
    }
    if segs.len() > 1 && segs.last() == Some(&"") {
        segs.pop();
        segs.push("**");
    }
    let last = segs.len() - 1;
    let mut re = String::from("^");
    let mut need_slash = false;
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            "**" if i == 0 && i == last => re.push_str(".+"),
            "**" if i == 0 => re.push_str("(?:.+/)?"),
            "**" if i == last => re.push_str("/.*"),
            "**" => {
                re.push_str("(?:/.+)?");
                need_slash = true;
            }
            "*" => {
                if need_slash {
                    re.push('/');
                }
                re.push_str("[^/]+");
                need_slash = true;
            }
            _ => {
                if need_slash {
                    re.push('/');
                }
                let mut chars = seg.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '*' => re.push_str("[^/]*"),
                        '?' => re.push_str("[^/]"),
                        '\\' => re.push_str(&regex::escape(&chars.next().map(String::from).unwrap_or_default())),
                        _ => re.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
                    }
                }
                if i == last {
                    re.push_str("(?:/.*)?");
                }
                need_slash = true;
            }
        }
    }
    re.push('$');
    re
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, path: &str) -> bool {
        regex::Regex::new(&to_regex(pattern)).is_ok_and(|r| r.is_match(path))
    }

    #[test]
    fn patterns_match_as_github_documents_them() {
        // The examples of GitHub's "About code owners".
        assert!(matches("*", "README.md") && matches("*", "a/b/c.txt"));
        assert!(matches("*.js", "app.js") && matches("*.js", "src/deep/app.js") && !matches("*.js", "app.jsx"));
        assert!(matches("/build/logs/", "build/logs/a.log") && matches("/build/logs/", "build/logs/x/b.log"));
        assert!(!matches("/build/logs/", "src/build/logs/a.log"));
        assert!(matches("docs/*", "docs/getting-started.md") && !matches("docs/*", "docs/build-app/troubleshooting.md"));
        assert!(matches("apps/", "apps/a.js") && matches("apps/", "src/apps/a.js"));
        assert!(matches("/docs/", "docs/a/b.md") && !matches("/docs/", "src/docs/a.md"));
        assert!(matches("**/logs", "logs/a") && matches("**/logs", "deep/in/logs/a") && matches("**/logs", "logs"));
        assert!(matches("/apps/github", "apps/github/x.js") && !matches("/apps/github", "apps/githubx"));
        assert!(matches("a/**/b", "a/b") && matches("a/**/b", "a/x/y/b/c"));
        assert!(matches("/.github/workflows/", ".github/workflows/ci.yml"));
        assert!(matches("path\\ with\\ spaces/", "path with spaces/f"));
        assert!(matches("?.md", "a.md") && !matches("?.md", "ab.md"));
        assert!(!matches("/", "a"));
    }

    #[test]
    fn owners_are_users_teams_or_addresses() {
        for ok in ["@octocat", "@octo-org/octocats", "@org/team.name", "docs@example.com", "@user_ent"] {
            assert!(is_owner(ok), "{ok}");
        }
        for bad in ["octocat", "@", "@org/", "@/team", "a@b", "@o rg", "TODO", "@-x"] {
            assert!(!is_owner(bad), "{bad}");
        }
    }

    #[test]
    fn comments_end_a_line_and_escapes_join_words() {
        let t = tokens("a\\ b @x # c @y", 0);
        assert_eq!(t.iter().map(|t| t.text).collect::<Vec<_>>(), ["a\\ b", "@x"]);
        assert!(tokens("   # only a comment", 0).is_empty());
    }
}
