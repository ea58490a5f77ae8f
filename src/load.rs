//! Syntax loaders: text in, spanned `Document`s out.
//!
//! INVARIANT: this is the only module that knows file syntaxes. Every loader obeys
//! the same `Limits`, so that no input can exhaust the stack or memory.

mod codeowners;
mod dockerfile;

pub mod hcl;

pub use dockerfile::{Reference, image_affixes, references};
pub use hcl::{is_policy_attribute, json_heredoc};
mod json;
mod toml;
mod yaml;

use crate::doc::{Document, Syntax};
use crate::source::{SourceFile, Span};
use std::sync::Arc;

/// Bounds that keep adversarial input from costing unbounded time or memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files larger than this are not loaded.
    pub max_file_size: u64,
    /// Maximum nesting of lists and maps.
    pub max_depth: usize,
    /// Maximum number of nodes a file may expand to, aliases included.
    pub max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_file_size: 10 * 1024 * 1024, max_depth: 200, max_nodes: 2_000_000 }
    }
}

/// Why a file could not be loaded. The span is absent when the problem is the file
/// as a whole (unreadable, binary, too large).
#[derive(Debug, Clone, PartialEq, thiserror::Error, miette::Diagnostic)]
#[error("{message}")]
pub struct LoadError {
    pub message: String,
    pub span: Option<Span>,
}

impl LoadError {
    pub fn at(span: Span, message: impl Into<String>) -> LoadError {
        LoadError { message: message.into(), span: Some(span) }
    }

    pub fn whole(message: impl Into<String>) -> LoadError {
        LoadError { message: message.into(), span: None }
    }
}

/// Which syntax a path is written in, by its name.
pub fn syntax_of(path: &std::path::Path) -> Option<Syntax> {
    let name = path.file_name()?.to_str()?;
    if is_dockerfile_name(name) {
        return Some(Syntax::Dockerfile);
    }
    if codeowners::is_codeowners_name(path) {
        return Some(Syntax::CodeOwners);
    }
    // kustomize reads a file named `Kustomization`, without an extension.
    if name == "Kustomization" {
        return Some(Syntax::Yaml);
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "yaml" | "yml" => Some(Syntax::Yaml),
        "json" => Some(Syntax::Json),
        "toml" => Some(Syntax::Toml),
        "tf" | "tfvars" => Some(Syntax::Hcl),
        _ => None,
    }
}

/// A file named `*.template`: as AWS Solutions and Quick Start repositories
/// name CloudFormation templates, and as often an HTML or Jinja template
/// (the engine reads it only when its text says it is a CloudFormation one).
pub fn is_template_name(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("template"))
}

/// The syntax of a file whose name does not tell: a Dockerfile when its first
/// instruction is `FROM` or `ARG`, JSON when it starts like JSON, else YAML.
pub fn sniff(text: &str) -> Syntax {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
    let (word, rest) = first.split_once(char::is_whitespace).unwrap_or((first, ""));
    if (word.eq_ignore_ascii_case("FROM") || word.eq_ignore_ascii_case("ARG")) && !rest.trim().is_empty() {
        Syntax::Dockerfile
    } else if text.trim_start().starts_with(['{', '[']) {
        Syntax::Json
    } else {
        Syntax::Yaml
    }
}

/// `Dockerfile`, `Containerfile`, `Dockerfile.dev`, `Dockerfile-prod`, `app.dockerfile`,
/// in any case; not the files that sit beside them (`Dockerfile.dockerignore`) nor
/// templates that render to them (`Dockerfile.j2`), which do not parse as Dockerfiles,
/// nor source code about them (`dockerfile.js`, `dockerfile_test.go`).
fn is_dockerfile_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".dockerfile") || lower.ends_with(".containerfile") {
        return true;
    }
    let Some(rest) = lower.strip_prefix("dockerfile").or_else(|| lower.strip_prefix("containerfile")) else { return false };
    if rest.is_empty() {
        return true;
    }
    const NOT_DOCKERFILES: &[&str] = &[
        "dockerignore",
        "md",
        "txt",
        "yaml",
        "yml",
        "json",
        "toml",
        "j2",
        "jinja",
        "jinja2",
        "tmpl",
        "tpl",
        "template",
        "erb",
        "orig",
        "bak",
        // Source code about Dockerfiles (an editor mode, a parser's tests).
        "js",
        "mjs",
        "cjs",
        "ts",
        "jsx",
        "tsx",
        "go",
        "py",
        "rb",
        "rs",
        "java",
        "kt",
        "cs",
        "php",
        "sh",
        "ps1",
        "vim",
        "el",
        "lua",
        "html",
        "css",
        "xml",
        "snap",
        "golden",
        "diff",
        "patch",
    ];
    let ext = rest.rsplit('.').next().unwrap_or("");
    rest.starts_with(['.', '-', '_']) && !(rest.contains('.') && NOT_DOCKERFILES.contains(&ext))
}

/// Check raw bytes before parsing: size, binary content, UTF-8.
pub fn decode(bytes: Vec<u8>, limits: &Limits) -> Result<String, LoadError> {
    if bytes.len() as u64 > limits.max_file_size {
        return Err(LoadError::whole(format!(
            "file is {} bytes, over the limit of {} bytes (raise it with `--max-file-size`)",
            bytes.len(),
            limits.max_file_size
        )));
    }
    // UTF-16 with a byte-order mark (PowerShell and some Windows editors
    // write it): decoded to text, not taken for binary.
    if let Some(text) = utf16(&bytes) {
        return text;
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(LoadError::whole("file looks binary (it contains NUL bytes)"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        LoadError::at(Span::new(at, at), format!("file is not valid UTF-8 (bad byte at offset {at})"))
    })
}

/// The text of a UTF-16 file with a byte-order mark, `None` for anything else.
fn utf16(bytes: &[u8]) -> Option<Result<String, LoadError>> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    if !bytes.len().is_multiple_of(2) {
        return Some(Err(LoadError::whole("file is not valid UTF-16 (an odd number of bytes)")));
    }
    let units =
        bytes[2..].chunks_exact(2).map(|c| if little { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) });
    Some(
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|e| LoadError::whole(format!("file is not valid UTF-16 (unpaired surrogate {:#06x})", e.unpaired_surrogate()))),
    )
}

/// Documents of a file, and the problems met on the way that do not stop the
/// check: a duplicate key is ambiguous (parsers disagree on which value wins), and
/// the later value is the one loaded, as kubectl and most YAML libraries do; a
/// CODEOWNERS line GitHub cannot read is skipped, as GitHub skips it.
pub struct Parsed {
    pub docs: Vec<Document>,
    pub problems: Vec<Problem>,
}

/// A problem in a file that is still loaded: reported, and the rest is checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub error: LoadError,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A key given twice in one mapping; the later value is loaded.
    DuplicateKey,
    /// A line that cannot be read and is left out, as the tool that reads the
    /// file leaves it out (a CODEOWNERS line).
    SkippedLine,
    /// A document of a YAML stream that cannot be parsed (at this span: from
    /// its `---` to the next), left out while the others are loaded: a
    /// template's document among plain ones (`token: {{HF_TOKEN}}` in the
    /// Secret after a Deployment), or one broken document. The engine says
    /// which (`platform::unparsed` of its text).
    UnparsedDocument(Span),
}

/// Parse a file's text into its documents.
pub fn parse(file: &Arc<SourceFile>, syntax: Syntax, limits: &Limits) -> Result<Parsed, LoadError> {
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let bom = file.text.len() - text.len();
    let mut budget = Budget::new(limits);
    let roots = match syntax {
        Syntax::Yaml => yaml::parse(text, &mut budget).or_else(|e| yaml::parse_apart(text, &mut budget, e)),
        Syntax::Json => json::parse(text, &mut budget),
        Syntax::Toml => toml::parse(text, &mut budget),
        Syntax::Dockerfile => dockerfile::parse(text, &mut budget),
        Syntax::Hcl => hcl::parse(text, &mut budget),
        Syntax::CodeOwners => codeowners::parse(text, &mut budget),
    }
    .map_err(|mut e| {
        e.span = e.span.map(|s| s.offset(bom));
        e
    })?;
    let problems = budget
        .problems
        .into_iter()
        .map(|mut p| {
            p.error.span = p.error.span.map(|s| s.offset(bom));
            if let ProblemKind::UnparsedDocument(at) = &mut p.kind {
                *at = at.offset(bom);
            }
            p
        })
        .collect();
    let docs = roots
        .into_iter()
        .enumerate()
        .map(|(index, mut root)| {
            if bom > 0 {
                shift(&mut root, bom);
            }
            Document { file: Arc::clone(file), syntax, index, root, scope: None, derived: Default::default(), left_out: Vec::new() }
        })
        .collect();
    Ok(Parsed { docs, problems })
}

fn shift(node: &mut crate::doc::Node, by: usize) {
    use crate::doc::Value;
    node.span = node.span.offset(by);
    node.key_span = node.key_span.map(|s| s.offset(by));
    match &mut node.value {
        Value::List(items) => items.iter_mut().for_each(|n| shift(n, by)),
        Value::Map(entries) => entries.values_mut().for_each(|n| shift(n, by)),
        _ => {}
    }
}

/// The number of nodes in a tree, for the node budget of copies (YAML aliases,
/// the Dockerfile's final stage).
fn count(node: &crate::doc::Node) -> usize {
    use crate::doc::Value;
    1 + match &node.value {
        Value::List(items) => items.iter().map(count).sum(),
        Value::Map(entries) => entries.values().map(count).sum(),
        _ => 0,
    }
}

/// Counts nodes and depth while a loader builds a tree.
struct Budget<'l> {
    limits: &'l Limits,
    nodes: usize,
    problems: Vec<Problem>,
}

impl<'l> Budget<'l> {
    fn new(limits: &'l Limits) -> Self {
        Budget { limits, nodes: 0, problems: Vec::new() }
    }

    fn depth(&self, depth: usize, span: Span) -> Result<(), LoadError> {
        if depth > self.limits.max_depth {
            return Err(LoadError::at(
                span,
                format!("nesting is deeper than the limit of {} levels (raise it with `--max-depth`)", self.limits.max_depth),
            ));
        }
        Ok(())
    }

    fn duplicate(&mut self, key: &str, span: Span) {
        let message = format!("duplicate key `{key}`: this later value is the one checked, the earlier one is ignored");
        self.problems.push(Problem { kind: ProblemKind::DuplicateKey, error: LoadError::at(span, message) });
    }

    fn skipped_line(&mut self, span: Span, message: String) {
        self.problems.push(Problem { kind: ProblemKind::SkippedLine, error: LoadError::at(span, message) });
    }

    fn add(&mut self, n: usize, span: Span) -> Result<(), LoadError> {
        self.nodes += n;
        if self.nodes > self.limits.max_nodes {
            return Err(LoadError::at(
                span,
                format!("file expands to more than {} values (alias expansion or sheer size)", self.limits.max_nodes),
            ));
        }
        Ok(())
    }
}

/// A string holding a JSON object, as nodes that all carry `span` (policy
/// documents that only become known once Terraform variables are resolved).
pub fn json_object(text: &str, span: Span) -> Option<crate::doc::Node> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    json_value(text, span)
}

/// A string holding any JSON value, as nodes that all carry `span` (the
/// `parse_json` built-in). serde_json bounds the nesting depth.
pub fn json_value(text: &str, span: Span) -> Option<crate::doc::Node> {
    let json = serde_json::from_str::<serde_json::Value>(text).ok()?;
    Some(hcl::from_json(&json, span))
}

/// A string holding one YAML document, as nodes that all carry `span`
/// (Terraform's `yamldecode`), when a YAML 1.1 reader reads it as this
/// loader does (`yaml::reads_alike_in_1_1`): `None` for no document or
/// several, a duplicate key, a tag, a text read only leniently, or a plain
/// scalar YAML 1.1 may read otherwise (`yes`, `0x1F`, `2024-01-01`).
pub fn yaml_value(text: &str, span: Span) -> Option<crate::doc::Node> {
    let tagged =
        text.match_indices('!').any(|(at, _)| text[..at].chars().next_back().is_none_or(|c| c.is_whitespace() || "[{,:-".contains(c)));
    if tagged {
        return None;
    }
    let limits = Limits { max_nodes: 100_000, ..Limits::default() };
    let mut budget = Budget::new(&limits);
    let mut docs = yaml::parse_strict(text, &mut budget).ok()?;
    if docs.len() != 1 || !budget.problems.is_empty() || !yaml::reads_alike_in_1_1(&docs[0], text) {
        return None;
    }
    let mut root = docs.pop()?;
    root.respan(span);
    Some(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A syntax error at the end of a file points at the end, not one byte
    /// past it, and never inside a character (found by fuzzing).
    #[test]
    fn a_syntax_error_at_the_end_stays_in_the_text() {
        for text in ["ok: [1, 2\n", "k: \"é", "a: [é"] {
            let file = SourceFile::new("t.yaml", text);
            let Err(e) = parse(&file, Syntax::Yaml, &Limits::default()) else { panic!("{text:?} parses") };
            let span = e.span.unwrap_or_else(|| panic!("{text:?}: no span"));
            let (start, end) = (span.start as usize, span.end as usize);
            assert!(end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end), "{text:?}: {start}..{end}");
        }
    }

    /// A YAML value is known only where YAML 1.1 (Terraform's yamldecode)
    /// reads it as this loader does.
    #[test]
    fn yaml_values_read_alike_in_yaml_1_1() {
        let value = |t: &str| yaml_value(t, Span::default()).map(|n| n.value);
        assert!(value("a: 1\nb: [x, 'yes', \"on\"]\nc: {d: 2.5, e: null, f: true}\n").is_some());
        for doubtful in
            ["a: yes", "on: 1", "a: 0x1F", "a: 1_000", "a: 2024-01-01", "a: .inf", "a: !Ref b", "a: 1\n---\nb: 2", "a: 1\na: 2", ""]
        {
            assert_eq!(value(doubtful), None, "{doubtful:?}");
        }
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text() {
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("a: é\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain("a: é\n".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(le, &Limits::default()).ok().as_deref(), Some("a: é\n"));
        assert_eq!(decode(be, &Limits::default()).ok().as_deref(), Some("a: é\n"));
        assert!(decode(vec![0xFF, 0xFE, 0x61], &Limits::default()).is_err());
    }
    use std::path::Path;

    #[test]
    fn dockerfiles_by_name() {
        let of = |n: &str| syntax_of(Path::new(n));
        for name in [
            "Dockerfile",
            "dir/Dockerfile",
            "Containerfile",
            "Dockerfile.prod",
            "Dockerfile-dev",
            "prod.dockerfile",
            "x.Dockerfile",
            "dockerfile",
        ] {
            assert_eq!(of(name), Some(Syntax::Dockerfile), "{name}");
        }
        assert_eq!(of("Dockerfile.dockerignore"), None);
        assert_eq!(of("Dockerfile.j2"), None);
        assert_eq!(of("Dockerfiles"), None);
        for code in ["dockerfile.js", "dockerfile_test.go", "dockerfile.py", "Dockerfile.snap"] {
            assert_eq!(of(code), None, "{code}");
        }
        assert_eq!(of("Dockerfile.yaml"), Some(Syntax::Yaml));
        assert_eq!(of("docker-compose.yml"), Some(Syntax::Yaml));
    }

    #[test]
    fn content_decides_when_the_name_does_not() {
        assert_eq!(sniff("# syntax=docker/dockerfile:1\n\nFROM alpine\n"), Syntax::Dockerfile);
        assert_eq!(sniff("arg BASE=alpine\nfrom $BASE\n"), Syntax::Dockerfile);
        assert_eq!(sniff("FROM: not a dockerfile\n"), Syntax::Yaml);
        assert_eq!(sniff("  {\"a\": 1}"), Syntax::Json);
        assert_eq!(sniff("a: 1\n"), Syntax::Yaml);
    }
}
