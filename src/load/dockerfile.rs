//! Dockerfiles through parse-dockerfile (taiki-e), which keeps a byte span on every
//! keyword, flag, argument and exec-form element, reads parser directives and
//! `COPY`/`ADD` here-documents, and refuses duplicate stage names as BuildKit does.
//!
//! A Dockerfile becomes one document: a map with `directives`, the global `args`,
//! `stages` (each with its `from` image, its `instructions` and what its
//! instructions leave in the image: `user`, `healthcheck`, `exposes`, `env`, ...),
//! `final_stage` (a copy of the last stage) and every instruction in file order.
//! The platform view (`platform/dockerfile.rs`) ranges over these.

mod heredoc;
mod words;

pub use words::{Reference, references};

/// What is known of an image name that holds a build argument without a
/// default (`${REGISTRY}/ubuntu`): the literal text around its arguments,
/// except text after an argument in the last part of the name, which the
/// argument may turn into a tag (`${IMAGE}-slim` with `IMAGE=python:3.12`
/// is the image `python`, tagged `3.12-slim`).
pub fn image_affixes(image: &str) -> Option<(String, String)> {
    let (prefix, suffix) = words::affixes(image)?;
    let suffix = if suffix.contains('/') { suffix } else { String::new() };
    (!(prefix.is_empty() && suffix.is_empty())).then_some((prefix, suffix))
}

use super::{Budget, LoadError, count};
use crate::doc::Map;
use crate::doc::{Node, Value};
use crate::source::Span;
use indexmap::IndexMap;
use parse_dockerfile as pd;
use std::collections::HashMap;
use words::PairForms;

/// How many `ONBUILD` may nest: BuildKit allows none inside another.
const ONBUILD_NESTING: usize = 1;

fn sp(r: &std::ops::Range<usize>) -> Span {
    Span::new(r.start, r.end)
}

pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    let escape = escape_directive(text);
    let pre = heredoc::prescan(text, escape)?;
    let source = pre.masked.as_deref().unwrap_or(text);
    let source = empty_exec_forms_masked(source);
    let file = pd::parse(&source).map_err(|e| error(text, &e))?;
    stage_names_unique(&file)?;
    let mut b = Builder { text, escape, budget, heredocs: pre.runs };
    let root = b.root(&file)?;
    check_depth(&root, 0, b.budget)?;
    Ok(vec![root])
}

/// Stage names are unique in any case: BuildKit compares them in lower case
/// and refuses `AS build` after `AS Build`, which parse-dockerfile, comparing
/// them exactly, lets through.
fn stage_names_unique(file: &pd::Dockerfile<'_>) -> Result<(), LoadError> {
    let mut seen = std::collections::HashSet::new();
    for inst in &file.instructions {
        if let pd::Instruction::From(f) = inst
            && let Some((_, name)) = &f.as_
            && !seen.insert(name.value.to_ascii_lowercase())
        {
            return Err(LoadError::at(sp(&name.span), format!("invalid Dockerfile: duplicate stage name `{}`", name.value)));
        }
    }
    Ok(())
}

/// `ENTRYPOINT []` and `CMD []`, which `docker build` takes (they clear what
/// the base image set) and parse-dockerfile refuses ("requires at least one
/// argument"), given to it as `""`, the same number of bytes; `command` reads
/// them from the file, as the empty exec form they are.
fn empty_exec_forms_masked(text: &str) -> std::borrow::Cow<'_, str> {
    let empty = |line: &str| {
        let Some((word, rest)) = line.trim_start().split_once(char::is_whitespace) else { return false };
        (word.eq_ignore_ascii_case("ENTRYPOINT") || word.eq_ignore_ascii_case("CMD")) && is_empty_exec_form(rest)
    };
    if !text.lines().any(empty) {
        return std::borrow::Cow::Borrowed(text);
    }
    let masked: String = text
        .split_inclusive('\n')
        .map(|line| if empty(line) { line.replacen('[', "\"", 1).replacen(']', "\"", 1) } else { line.to_string() })
        .collect();
    std::borrow::Cow::Owned(masked)
}

/// `[]`, `[ ]`: the exec form of no arguments.
fn is_empty_exec_form(arguments: &str) -> bool {
    arguments.trim().strip_prefix('[').and_then(|a| a.strip_suffix(']')).is_some_and(|a| a.trim().is_empty())
}

/// `# escape=`` ` `` among the parser directives at the top of the file. Needed
/// before parsing, to find line continuations in the here-document pass.
fn escape_directive(text: &str) -> char {
    for line in text.lines() {
        let Some(rest) = line.trim_start().strip_prefix('#') else { break };
        let Some((key, value)) = rest.split_once('=') else { break };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphabetic()) {
            break;
        }
        if key.eq_ignore_ascii_case("escape") {
            return if value.trim() == "`" { '`' } else { '\\' };
        }
    }
    '\\'
}

/// The parser's error, at the word where it stopped, in our words.
fn error(text: &str, e: &pd::Error) -> LoadError {
    let message = match format!("{e:#}").as_str() {
        "expected FROM" => "expected `FROM` before this instruction (only `ARG` may come before the first `FROM`)".to_string(),
        "expected at least one FROM instruction" => "the file has no `FROM` instruction".to_string(),
        m => quotes_to_backticks(m),
    };
    let message = format!("invalid Dockerfile: {message}");
    if e.line() == 0 {
        let first = text.lines().position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')).unwrap_or(0);
        let start: usize = text.split_inclusive('\n').take(first).map(str::len).sum();
        let len = text[start..].find('\n').unwrap_or(text.len() - start);
        return LoadError::at(Span::new(start, start + len), message);
    }
    let line_start: usize = text.split_inclusive('\n').take(e.line() - 1).map(str::len).sum();
    let line_end = text[line_start.min(text.len())..].find('\n').map_or(text.len(), |n| line_start + n);
    let mut at = (line_start + e.column().saturating_sub(1)).min(line_end);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let end = text[at..line_end].find(char::is_whitespace).map_or(line_end, |n| at + n);
    LoadError::at(Span::new(at, end.max(at)), message)
}

/// `unknown instruction 'FOO'` → ``unknown instruction `FOO` ``.
fn quotes_to_backticks(m: &str) -> String {
    match (m.find('\''), m.rfind('\'')) {
        (Some(a), Some(b)) if a < b => format!("{}`{}`{}", &m[..a], &m[a + 1..b], &m[b + 1..]),
        _ => m.to_string(),
    }
}

fn check_depth(node: &Node, depth: usize, budget: &Budget<'_>) -> Result<(), LoadError> {
    budget.depth(depth, node.span)?;
    match &node.value {
        Value::List(items) => items.iter().try_for_each(|n| check_depth(n, depth + 1, budget)),
        Value::Map(m) => m.values().try_for_each(|n| check_depth(n, depth + 1, budget)),
        _ => Ok(()),
    }
}

/// The entries of a map being built.
#[derive(Default)]
struct Fields(Map<Node>);

impl Fields {
    fn put(&mut self, key: &str, key_span: Option<Span>, mut node: Node) {
        node.key_span = key_span;
        self.0.insert(key.to_string(), node);
    }

    /// The span from `start` to the end of the last entry.
    fn span_from(&self, start: u32) -> Span {
        let end = self.0.values().map(|n| n.span.end.max(n.key_span.map_or(0, |k| k.end))).max().unwrap_or(start);
        Span::new(start as usize, end.max(start) as usize)
    }
}

/// The span of an instruction's keyword and its name as Dockerfiles spell it.
fn keyword(inst: &pd::Instruction<'_>) -> Result<(Span, &'static str), LoadError> {
    use pd::Instruction as I;
    let (kw, name) = match inst {
        I::Add(a) => (&a.add, "ADD"),
        I::Arg(a) => (&a.arg, "ARG"),
        I::Cmd(a) => (&a.cmd, "CMD"),
        I::Copy(a) => (&a.copy, "COPY"),
        I::Entrypoint(a) => (&a.entrypoint, "ENTRYPOINT"),
        I::Env(a) => (&a.env, "ENV"),
        I::Expose(a) => (&a.expose, "EXPOSE"),
        I::From(a) => (&a.from, "FROM"),
        I::Healthcheck(a) => (&a.healthcheck, "HEALTHCHECK"),
        I::Label(a) => (&a.label, "LABEL"),
        I::Maintainer(a) => (&a.maintainer, "MAINTAINER"),
        I::Onbuild(a) => (&a.onbuild, "ONBUILD"),
        I::Run(a) => (&a.run, "RUN"),
        I::Shell(a) => (&a.shell, "SHELL"),
        I::Stopsignal(a) => (&a.stopsignal, "STOPSIGNAL"),
        I::User(a) => (&a.user, "USER"),
        I::Volume(a) => (&a.volume, "VOLUME"),
        I::Workdir(a) => (&a.workdir, "WORKDIR"),
        _ => return Err(LoadError::at(Span::new(0, 0), "invalid Dockerfile: an instruction this version of attest does not know")),
    };
    Ok((sp(&kw.span), name))
}

/// Whether an instruction's `--mount` flags are read into `mounts` (only `RUN`
/// has mounts).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mounts {
    Read,
    Ignore,
}

/// The smallest span covering every node (and its key).
fn cover(nodes: &[&Node]) -> Span {
    let mut it = nodes.iter().map(|n| n.key_span.map_or(n.span, |k| k.to(n.span)));
    let first = it.next().unwrap_or_default();
    it.fold(first, Span::to)
}

/// What a stage's instructions leave in its image; a stage built `FROM` an earlier
/// stage starts from that stage's summary.
#[derive(Clone, Default)]
struct Summary {
    name: Option<String>,
    fields: IndexMap<&'static str, Node>,
    exposes: Vec<Node>,
    env: Map<Node>,
    labels: Map<Node>,
}

struct Builder<'t, 'b, 'l> {
    text: &'t str,
    escape: char,
    budget: &'b mut Budget<'l>,
    /// `RUN` here-documents read by the pre-pass, by keyword offset.
    heredocs: HashMap<usize, Vec<heredoc::Heredoc>>,
}

impl Builder<'_, '_, '_> {
    fn node(&mut self, span: Span, value: Value) -> Result<Node, LoadError> {
        self.budget.add(1, span)?;
        Ok(Node::new(span, value))
    }

    fn str(&mut self, span: Span, s: &str) -> Result<Node, LoadError> {
        self.node(span, Value::Str(s.to_string()))
    }

    fn map(&mut self, span: Span, fields: Fields) -> Result<Node, LoadError> {
        self.node(span, Value::Map(fields.0))
    }

    fn list(&mut self, span: Span, items: Vec<Node>) -> Result<Node, LoadError> {
        self.node(span, Value::List(items))
    }

    /// A copy of a node already in the tree, counted against the node budget.
    fn copy(&mut self, n: &Node) -> Result<Node, LoadError> {
        self.budget.add(count(n), n.span)?;
        Ok(n.clone())
    }

    fn root(&mut self, file: &pd::Dockerfile<'_>) -> Result<Node, LoadError> {
        let mut root = Fields::default();
        self.directives(&file.parser_directives, &mut root)?;
        let mut globals: HashMap<String, Option<String>> = HashMap::new();
        let mut global_args = Fields::default();
        let mut all = Vec::with_capacity(file.instructions.len());
        // (FROM instruction, index of its node in `all`, nodes of the stage's other instructions)
        let mut stages: Vec<(&pd::FromInstruction<'_>, usize, Vec<usize>)> = Vec::new();
        for inst in &file.instructions {
            if let pd::Instruction::From(f) = inst {
                stages.push((f, all.len(), Vec::new()));
            } else if let Some(stage) = stages.last_mut() {
                stage.2.push(all.len());
            }
            let node = self.instruction(inst, stages.len().checked_sub(1), 0)?;
            if stages.is_empty()
                && let Some(args) = node.get("arguments").and_then(Node::as_map)
            {
                for (k, v) in args {
                    // A default may use the ARGs before it (`ARG IMAGE=$REGISTRY/app`).
                    let value = v.as_str().map(|d| if d.contains('$') { words::substitute(d, &globals).0 } else { d.to_string() });
                    globals.insert(k.clone(), value);
                    let v = self.copy(v)?;
                    global_args.put(k, v.key_span, v);
                }
            }
            all.push(node);
        }
        if !global_args.0.is_empty() {
            let span = cover(&global_args.0.values().collect::<Vec<_>>());
            root.put("args", None, self.map(span, global_args)?);
        }
        let mut summaries: Vec<Summary> = Vec::new();
        let mut stage_nodes = Vec::with_capacity(stages.len());
        for (index, (from, at, members)) in stages.iter().enumerate() {
            let node = self.stage(index, from, &all[*at], members.iter().map(|&i| &all[i]).collect(), &globals, &mut summaries)?;
            stage_nodes.push(node);
        }
        let last = match stage_nodes.last() {
            Some(n) => Some(self.copy(n)?),
            None => None,
        };
        let span = cover(&stage_nodes.iter().collect::<Vec<_>>());
        root.put("stages", None, self.list(span, stage_nodes)?);
        if let Some(last) = last {
            root.put("final_stage", None, last);
        }
        let span = cover(&all.iter().collect::<Vec<_>>());
        root.put("instructions", None, self.list(span, all)?);
        self.map(Span::new(0, self.text.len()), root)
    }

    fn directives(&mut self, d: &pd::ParserDirectives<'_>, root: &mut Fields) -> Result<(), LoadError> {
        let mut fields = Fields::default();
        let mut add = |b: &mut Self, name: &str, span: std::ops::Range<usize>, value_span: Span, value: &str| -> Result<(), LoadError> {
            let key = Span::new(span.start, span.start + name.len());
            let node = b.str(value_span, value)?;
            fields.put(name, Some(key), node);
            Ok(())
        };
        if let Some(x) = &d.syntax {
            add(self, "syntax", x.span(), sp(&x.value.span), x.value.value)?;
        }
        if let Some(x) = &d.escape {
            add(self, "escape", x.span(), sp(&x.value.span), &x.value.value.to_string())?;
        }
        if let Some(x) = &d.check {
            add(self, "check", x.span(), sp(&x.value.span), x.value.value)?;
        }
        if !fields.0.is_empty() {
            let span = cover(&fields.0.values().collect::<Vec<_>>());
            root.put("directives", None, self.map(span, fields)?);
        }
        Ok(())
    }

    fn stage(
        &mut self,
        index: usize,
        from: &pd::FromInstruction<'_>,
        from_node: &Node,
        members: Vec<&Node>,
        globals: &HashMap<String, Option<String>>,
        summaries: &mut Vec<Summary>,
    ) -> Result<Node, LoadError> {
        let kw = sp(&from.from.span);
        let mut f = Fields::default();
        let name = from.as_.as_ref().map(|(_, n)| n.value.to_string());
        if let Some((as_kw, n)) = &from.as_ {
            let node = self.str(sp(&n.span), &n.value)?;
            f.put("name", Some(sp(&as_kw.span)), node);
        }
        f.put("index", None, self.node(kw, Value::Int(index as i64))?);
        // `FROM builder` builds on an earlier stage: it inherits that stage's
        // image; so does `FROM $BASE` where the ARG's default names one.
        let base_name = words::substitute(&from.image.value, globals).0.to_ascii_lowercase();
        let base = summaries.iter().rev().find(|s| s.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(&base_name))).cloned();
        let base_image = self.base_image(from, from_node, globals, base.is_some())?;
        f.put("from", Some(kw), base_image);
        let mut copies = Vec::with_capacity(members.len());
        for m in &members {
            copies.push(self.copy(m)?);
        }
        let span = Span::new(
            kw.start as usize,
            members.iter().map(|m| m.span.end).max().unwrap_or(from_node.span.end).max(from_node.span.end) as usize,
        );
        f.put("instructions", None, self.list(span, copies)?);
        let mut summary = base.unwrap_or_default();
        summary.name = name;
        let mut args = Fields::default();
        for m in &members {
            self.summarize(m, &mut summary, &mut args)?;
        }
        for key in ["user", "healthcheck"] {
            if let Some(n) = summary.fields.get(key) {
                let n = self.copy(n)?;
                f.put(key, n.key_span, n);
            }
        }
        if !summary.exposes.is_empty() {
            let items = summary.exposes.iter().map(|n| self.copy(n)).collect::<Result<Vec<_>, _>>()?;
            let span = cover(&items.iter().collect::<Vec<_>>());
            f.put("exposes", None, self.list(span, items)?);
        }
        for (key, entries) in [("env", summary.env.clone()), ("args", args.0), ("labels", summary.labels.clone())] {
            if !entries.is_empty() {
                let mut fields = Fields::default();
                for (k, v) in &entries {
                    let v = self.copy(v)?;
                    fields.put(k, v.key_span, v);
                }
                let span = cover(&fields.0.values().collect::<Vec<_>>());
                f.put(key, None, self.map(span, fields)?);
            }
        }
        for key in ["cmd", "entrypoint", "workdir"] {
            if let Some(n) = summary.fields.get(key) {
                let n = self.copy(n)?;
                f.put(key, n.key_span, n);
            }
        }
        summaries.push(summary);
        self.map(span, f)
    }

    /// Record what one instruction leaves in the image.
    fn summarize(&mut self, inst: &Node, s: &mut Summary, args: &mut Fields) -> Result<(), LoadError> {
        let kind = inst.get("instruction").and_then(Node::as_str).unwrap_or("");
        let kw = inst.get("instruction").map(|n| n.span);
        let arguments = inst.get("arguments");
        let keyed = |b: &mut Self, n: &Node| -> Result<Node, LoadError> {
            let mut n = b.copy(n)?;
            n.key_span = kw;
            Ok(n)
        };
        // The instructions whose last occurrence is what the image keeps.
        const LAST_WINS: &[(&str, &str)] = &[("USER", "user"), ("CMD", "cmd"), ("ENTRYPOINT", "entrypoint"), ("WORKDIR", "workdir")];
        match (kind, arguments) {
            (_, Some(a)) if LAST_WINS.iter().any(|(k, _)| *k == kind) => {
                let field = LAST_WINS.iter().find(|(k, _)| *k == kind).map_or("", |(_, f)| f);
                let n = keyed(self, a)?;
                s.fields.insert(field, n);
            }
            ("HEALTHCHECK", _) => {
                let n = keyed(self, inst)?;
                s.fields.insert("healthcheck", n);
            }
            ("EXPOSE", Some(a)) => {
                for p in a.as_list().unwrap_or_default() {
                    let port = self.port(p)?;
                    s.exposes.push(port);
                }
            }
            ("ENV" | "LABEL" | "ARG", Some(a)) => {
                for (k, v) in a.as_map().into_iter().flatten() {
                    let v = self.copy(v)?;
                    match kind {
                        "ENV" => {
                            s.env.insert(k.clone(), v);
                        }
                        "LABEL" => {
                            s.labels.insert(k.clone(), v);
                        }
                        _ => args.put(k, v.key_span, v),
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `8080/tcp` as `{port: 8080, protocol: "tcp"}`.
    fn port(&mut self, p: &Node) -> Result<Node, LoadError> {
        let text = p.as_str().unwrap_or("");
        let exact = self.text.get(p.span.range()) == Some(text);
        let at = |from: usize, to: usize| if exact { Span::new(p.span.start as usize + from, p.span.start as usize + to) } else { p.span };
        let (port, protocol) = match text.split_once('/') {
            Some((port, proto)) => (port, Some((proto, port.len() + 1))),
            None => (text, None),
        };
        let mut f = Fields::default();
        let value = port.parse::<i64>().map_or_else(|_| Value::Str(port.to_string()), Value::Int);
        f.put("port", None, self.node(at(0, port.len()), value)?);
        if let Some((proto, off)) = protocol {
            f.put("protocol", None, self.str(at(off, off + proto.len()), &proto.to_ascii_lowercase())?);
        }
        self.map(p.span, f)
    }

    /// The `from` of a stage: the image reference in parts.
    fn base_image(
        &mut self,
        from: &pd::FromInstruction<'_>,
        from_node: &Node,
        globals: &HashMap<String, Option<String>>,
        is_stage: bool,
    ) -> Result<Node, LoadError> {
        let raw = from.image.value.as_ref();
        let raw_span = sp(&from.image.span);
        let mut f = Fields::default();
        let (text, resolved) = if raw.contains('$') { words::substitute(raw, globals) } else { (raw.to_string(), true) };
        // A part's span is that of the same part as written, when the file spells
        // the image the way it was parsed; `${VAR}` parts keep the variable's span.
        let exact = self.text.get(raw_span.range()) == Some(raw);
        let parts = crate::image::image_ref(&text);
        let written = crate::image::image_ref(raw);
        let at = |p: Option<(&str, usize)>| match p {
            Some((s, off)) if exact => Span::new(raw_span.start as usize + off, raw_span.start as usize + off + s.len()),
            _ => raw_span,
        };
        let spans = [at(Some(written.image)), at(written.tag), at(written.digest)];
        let part = |b: &mut Self, (s, _): (&str, usize), span: Span| -> Result<Node, LoadError> {
            // A variable without a default is decided at build time (`--build-arg`).
            let value = if !resolved && s.contains('$') { Value::Unknown(s.to_string()) } else { Value::Str(s.to_string()) };
            b.node(span, value)
        };
        f.put("image", None, part(self, parts.image, spans[0])?);
        if let Some(t) = parts.tag {
            f.put("tag", None, part(self, t, spans[1])?);
        }
        if let Some(d) = parts.digest {
            f.put("digest", None, part(self, d, spans[2])?);
        }
        if let Some(p) = from_node.get("flags").and_then(|fl| fl.get("platform")) {
            let p = self.copy(p)?;
            f.put("platform", p.key_span, p);
        }
        f.put("raw", None, self.str(raw_span, raw)?);
        if is_stage {
            f.put("stage", None, self.str(raw_span, &text)?);
        }
        self.map(from_node.span, f)
    }

    /// One instruction as `{instruction, arguments, ...}` (the fields depend on
    /// the instruction), with the index of its stage when it belongs to one;
    /// `depth` counts the `ONBUILD`s it is inside.
    fn instruction(&mut self, inst: &pd::Instruction<'_>, stage: Option<usize>, depth: usize) -> Result<Node, LoadError> {
        let (kw, name) = keyword(inst)?;
        let mut f = Fields::default();
        f.put("instruction", None, self.str(kw, name)?);
        self.arguments(inst, kw, depth, &mut f)?;
        if let Some(stage) = stage {
            f.put("stage", None, self.node(kw, Value::Int(stage as i64))?);
        }
        let span = f.span_from(kw.start);
        self.map(span, f)
    }

    /// The fields of one instruction after its keyword (at `kw`): `arguments`
    /// and, by instruction, `flags`, `form`, `sources`, `heredocs`, `name`, ...
    fn arguments(&mut self, inst: &pd::Instruction<'_>, kw: Span, depth: usize, f: &mut Fields) -> Result<(), LoadError> {
        use pd::Instruction as I;
        match inst {
            I::Add(a) => self.copy_like(&a.options, &a.src, &a.dest, f)?,
            I::Copy(a) => self.copy_like(&a.options, &a.src, &a.dest, f)?,
            I::Arg(a) => {
                let node = self.pairs(sp(&a.arguments.span), PairForms::Assignments)?;
                f.put("arguments", None, node);
            }
            I::Env(a) => {
                let node = self.pairs(sp(&a.arguments.span), PairForms::WithLegacy)?;
                f.put("arguments", None, node);
            }
            I::Label(a) => {
                let node = self.pairs(sp(&a.arguments.span), PairForms::WithLegacy)?;
                f.put("arguments", None, node);
            }
            I::Cmd(a) => self.command(&a.arguments, f)?,
            I::Entrypoint(a) => self.command(&a.arguments, f)?,
            I::Run(a) => self.run(a, kw, f)?,
            I::Expose(a) => {
                let node = self.strings(a.arguments.iter(), None)?;
                f.put("arguments", None, node);
            }
            I::Shell(a) => {
                let items = a.arguments.iter().map(|s| sp(&s.span)).collect::<Vec<_>>();
                let node = self.strings(a.arguments.iter(), Some(self.bracketed(&items)))?;
                f.put("arguments", None, node);
            }
            I::Volume(a) => {
                let node = match &a.arguments {
                    pd::JsonOrStringArray::Json(l) => self.strings(l.value.iter(), Some(sp(&l.span)))?,
                    pd::JsonOrStringArray::String(l) => self.strings(l.iter(), None)?,
                };
                f.put("arguments", None, node);
            }
            I::From(a) => {
                self.flags(&a.options, Mounts::Ignore, f)?;
                f.put("arguments", None, self.str(sp(&a.image.span), &a.image.value)?);
                if let Some((as_kw, n)) = &a.as_ {
                    let node = self.str(sp(&n.span), &n.value)?;
                    f.put("name", Some(sp(&as_kw.span)), node);
                }
            }
            I::Healthcheck(a) => {
                self.flags(&a.options, Mounts::Ignore, f)?;
                match &a.arguments {
                    pd::HealthcheckArguments::Cmd { arguments, .. } => self.command(arguments, f)?,
                    pd::HealthcheckArguments::None { none, .. } => f.put("none", None, self.node(sp(&none.span), Value::Bool(true))?),
                    _ => {}
                }
            }
            I::Maintainer(a) => f.put("arguments", None, self.str(sp(&a.name.span), &a.name.value)?),
            I::Stopsignal(a) => f.put("arguments", None, self.str(sp(&a.arguments.span), &a.arguments.value)?),
            I::User(a) => f.put("arguments", None, self.str(sp(&a.arguments.span), &a.arguments.value)?),
            I::Workdir(a) => f.put("arguments", None, self.str(sp(&a.arguments.span), &a.arguments.value)?),
            I::Onbuild(a) => {
                // parse-dockerfile refuses `ONBUILD ONBUILD`; the bound keeps this
                // recursion finite whatever a later version accepts.
                if depth >= ONBUILD_NESTING {
                    return Err(LoadError::at(kw, "invalid Dockerfile: `ONBUILD` cannot hold another `ONBUILD`"));
                }
                let inner = self.instruction(&a.instruction, None, depth + 1)?;
                f.put("arguments", None, inner);
            }
            _ => {}
        }
        Ok(())
    }

    /// `RUN`: its flags (`--mount` read into `mounts`), its command, and its
    /// here-documents, both those our own pass masked (found by the keyword at
    /// `kw`) and those parse-dockerfile read.
    fn run(&mut self, a: &pd::RunInstruction<'_>, kw: Span, f: &mut Fields) -> Result<(), LoadError> {
        self.flags(&a.options, Mounts::Read, f)?;
        self.command(&a.arguments, f)?;
        let mut docs = Vec::new();
        for h in self.heredocs.remove(&(kw.start as usize)).unwrap_or_default() {
            let value = h.value(self.text);
            docs.push(self.str(h.body, &value)?);
        }
        for h in &a.here_docs {
            docs.push(self.str(sp(&h.span), &h.value)?);
        }
        if !docs.is_empty() {
            let span = cover(&docs.iter().collect::<Vec<_>>());
            f.put("heredocs", None, self.list(span, docs)?);
        }
        Ok(())
    }

    /// The span of a JSON array from the spans of its elements, brackets included
    /// (SHELL has no span of its own for the array).
    fn bracketed(&self, items: &[Span]) -> Span {
        let (Some(first), Some(last)) = (items.first(), items.last()) else { return Span::default() };
        let before = &self.text[..first.start as usize];
        let start = before.trim_end_matches([' ', '\t', '"']).strip_suffix('[').map_or(first.start as usize, str::len);
        let after = self.text.get(last.end as usize..).unwrap_or("");
        let skipped = after.len() - after.trim_start_matches([' ', '\t', '"']).len();
        let end = last.end as usize + skipped + usize::from(after[skipped..].starts_with(']'));
        Span::new(start, end)
    }

    fn strings<'s, 'a: 's>(
        &mut self,
        items: impl Iterator<Item = &'s pd::UnescapedString<'a>>,
        span: Option<Span>,
    ) -> Result<Node, LoadError> {
        let nodes = items.map(|s| self.str(sp(&s.span), &s.value)).collect::<Result<Vec<_>, _>>()?;
        let span = span.unwrap_or_else(|| cover(&nodes.iter().collect::<Vec<_>>()));
        self.list(span, nodes)
    }

    /// `arguments` and `form` of RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD: the
    /// exec form as a list, the shell form as one string with its line
    /// continuations joined.
    fn command(&mut self, c: &pd::Command<'_>, f: &mut Fields) -> Result<(), LoadError> {
        let (node, form) = match c {
            pd::Command::Exec(l) => (self.strings(l.value.iter(), Some(sp(&l.span)))?, "exec"),
            pd::Command::Shell(s) => {
                let span = sp(&s.span);
                let value = words::joined(self.text, span, self.escape);
                // `[]` in the file (see `empty_exec_forms_masked`).
                if is_empty_exec_form(&value) { (self.list(span, Vec::new())?, "exec") } else { (self.str(span, value.trim())?, "shell") }
            }
            _ => return Ok(()),
        };
        let form_span = node.span;
        f.put("arguments", None, node);
        f.put("form", None, self.str(form_span, form)?);
        Ok(())
    }

    /// A path of `COPY` or `ADD` as BuildKit reads it: the shell form's words
    /// are unquoted (`COPY ".env" /app/` copies `.env`); parse-dockerfile
    /// keeps the quotes there, and unquotes only the exec form.
    fn unquoted(&self, path: &pd::UnescapedString<'_>) -> String {
        if path.value.starts_with(['"', '\''])
            && let [word] = words::words(self.text, sp(&path.span), self.escape).as_slice()
        {
            return word.value.clone();
        }
        path.value.to_string()
    }

    fn copy_like(
        &mut self,
        flags: &[pd::Flag<'_>],
        src: &[pd::Source<'_>],
        dest: &pd::UnescapedString<'_>,
        f: &mut Fields,
    ) -> Result<(), LoadError> {
        self.flags(flags, Mounts::Ignore, f)?;
        let mut sources = Vec::new();
        let mut docs = Vec::new();
        for s in src {
            match s {
                pd::Source::Path(p) => sources.push(self.str(sp(&p.span), &self.unquoted(p))?),
                pd::Source::HereDoc(h) => docs.push(self.str(sp(&h.span), &h.value)?),
                _ => {}
            }
        }
        let dest = self.str(sp(&dest.span), &self.unquoted(dest))?;
        let mut all = Vec::with_capacity(sources.len() + 1);
        for s in &sources {
            all.push(self.copy(s)?);
        }
        all.push(self.copy(&dest)?);
        let span = cover(&all.iter().collect::<Vec<_>>());
        f.put("arguments", None, self.list(span, all)?);
        if !sources.is_empty() {
            let span = cover(&sources.iter().collect::<Vec<_>>());
            f.put("sources", None, self.list(span, sources)?);
        }
        f.put("destination", None, dest);
        if !docs.is_empty() {
            let span = cover(&docs.iter().collect::<Vec<_>>());
            f.put("heredocs", None, self.list(span, docs)?);
        }
        Ok(())
    }

    /// `ENV`, `LABEL` and `ARG` arguments as a map: key spans on the names, value
    /// spans on the values; `ARG NAME` without a default is null.
    fn pairs(&mut self, span: Span, forms: PairForms) -> Result<Node, LoadError> {
        let mut fields = Fields::default();
        for p in words::pairs(self.text, span, self.escape, forms) {
            let node = match p.value {
                Some((v, vspan)) => self.str(vspan, &v)?,
                None => self.node(p.key_span, Value::Null)?,
            };
            fields.put(&p.key, Some(p.key_span), node);
        }
        self.map(span, fields)
    }

    /// Flags by name without the dashes (`--chown=app` is `chown: "app"`); a flag
    /// without a value is `true`; a flag given more than once is a list. `RUN
    /// --mount` values are also parsed into `mounts`.
    fn flags(&mut self, flags: &[pd::Flag<'_>], mounts_of: Mounts, f: &mut Fields) -> Result<(), LoadError> {
        if flags.is_empty() {
            return Ok(());
        }
        let mut map = Fields::default();
        let mut mounts = Vec::new();
        for flag in flags {
            let key = flag.name.value.to_string();
            let key_span = sp(&flag.flag_span());
            let value = match &flag.value {
                Some(v) => self.str(sp(&v.span), &v.value)?,
                None => self.node(key_span, Value::Bool(true))?,
            };
            if mounts_of == Mounts::Read
                && key == "mount"
                && let Some(v) = &flag.value
            {
                mounts.push(self.mount(v)?);
            }
            match map.0.get_mut(&key) {
                Some(existing) => {
                    if !matches!(existing.value, Value::List(_)) {
                        // The list takes the key of the first flag; its items have none.
                        let mut first = std::mem::replace(existing, Node::new(existing.span, Value::Null));
                        let key = first.key_span.take();
                        *existing = Node { span: first.span, key_span: key, value: Value::List(vec![first]) };
                        self.budget.add(1, key_span)?;
                    }
                    existing.span = existing.span.to(value.span);
                    if let Value::List(items) = &mut existing.value {
                        items.push(value);
                    }
                }
                None => map.put(&key, Some(key_span), value),
            }
        }
        let start = flags.first().map_or(0, |fl| fl.span().start);
        let span = map.span_from(u32::try_from(start).unwrap_or(u32::MAX));
        f.put("flags", None, self.map(span, map)?);
        if !mounts.is_empty() {
            let span = cover(&mounts.iter().collect::<Vec<_>>());
            f.put("mounts", None, self.list(span, mounts)?);
        }
        Ok(())
    }

    /// `type=secret,id=aws,target=/root/.aws` as a map; a bare option is `true`.
    fn mount(&mut self, v: &pd::UnescapedString<'_>) -> Result<Node, LoadError> {
        let span = sp(&v.span);
        let exact = self.text.get(span.range()) == Some(v.value.as_ref());
        let mut fields = Fields::default();
        for o in words::options(&v.value, exact.then_some(span.start as usize)) {
            let node = match o.value {
                Some(value) => self.str(o.value_span.unwrap_or(span), &value)?,
                None => self.node(o.key_span.unwrap_or(span), Value::Bool(true))?,
            };
            fields.put(&o.key, Some(o.key_span.unwrap_or(span)), node);
        }
        self.map(span, fields)
    }
}
