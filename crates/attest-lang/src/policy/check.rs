//! The checker: resolves imports, names, arities, metadata and criteria, and reports
//! every problem at once with a span into the policy file.

use super::ast::{self, Expr, ExprKind, Stmt, TemplatePart};
use super::params::{Declared, ParamInfo, ParamValue};
use super::surface;
use super::surface::{is_namespace, is_root_collection};
use super::syntax::{self, PARAMS};
use super::{Function, Meta, Origin, Policy, Scope, Severity, SharedScope, Text, resolve_import};
use crate::diag::{Diag, did_you_mean};
use crate::source::{SourceFile, Span};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

const META_KEYS: &[&str] =
    &["title", "criteria", "severity", "description", "rationale", "remediation", "references", "waivable", "formerly"];
const REQUIRED_META: &[&str] = &["title", "criteria", "severity", "description", "rationale", "remediation"];

type Files = BTreeMap<String, (Origin, Arc<SourceFile>)>;

/// `checked`: policies checked before (the embedded pack, by the build),
/// returned with the others; an id of theirs defined again is an error.
pub(super) fn check_all(
    mut files: Files,
    preparsed: HashMap<String, ast::File>,
    roots: Vec<String>,
    mut errors: Vec<Diag>,
    packs: &Packs,
    checked: Vec<Arc<Policy>>,
) -> (Vec<Arc<Policy>>, Vec<Diag>) {
    let mut parsed = parse_all(&mut files, preparsed, &roots, &mut errors, packs);
    let defs = defs_of(&parsed, &files, packs, &mut errors);
    // The policies that check, each with where its body is in `parsed`: the
    // bodies are moved out once everything that reads them is done.
    let mut sound: Vec<(Policy, String, usize)> = Vec::new();
    let mut seen_ids: HashMap<Text, (Arc<SourceFile>, Span)> =
        checked.iter().map(|p| (p.meta.id.clone(), (Arc::clone(&p.file), p.span))).collect();
    let mut checked_functions: HashSet<String> = HashSet::new();
    let mut calls = super::shapes::Calls::default();
    let mut reads_of = ReadsOf::new();
    // A file that defines nothing sees exactly what it imports: files that
    // import the same libraries (most of a pack) share one scope.
    let mut shared: HashMap<Vec<String>, SharedScope> = HashMap::new();
    for key in &roots {
        let (Some(ast), Some((origin, file))) = (parsed.get(key), files.get(key)) else { continue };
        let scope = if ast.params.is_empty() && ast.functions.is_empty() {
            let mut imports: Vec<String> = ast.imports.iter().map(|i| resolve_import(key, &i.path)).collect();
            imports.sort();
            imports.dedup();
            let scope = shared.entry(imports).or_insert_with(|| SharedScope::new(build_scope(key, &parsed, &defs, &mut errors)));
            scope.clone()
        } else {
            SharedScope::new(build_scope(key, &parsed, &defs, &mut errors))
        };
        // Check each file's own functions once.
        if checked_functions.insert(key.clone()) {
            check_functions(file, *origin, ast, &scope, &mut errors);
        }
        for (index, p) in ast.policies.iter().enumerate() {
            let mut c = Checker::new(file, &scope, &mut errors);
            c.builtin = *origin == Origin::Builtin;
            let meta = c.meta(p);
            c.body(&p.body, true);
            let platforms = if c.platforms.is_empty() { vec!["any".to_string()] } else { c.platforms.clone() };
            if c.failed {
                continue;
            }
            // The built-in pack's paths are checked by its tests, not on every run.
            if *origin == Origin::Disk && super::shapes::check(file, &p.body, &scope, &mut calls, &mut errors) {
                continue;
            }
            if let Some((first_file, first_span)) = seen_ids.get(p.id.name.as_str()) {
                let mut d = Diag::error(file, p.id.span, format!("policy id `{}` is defined twice", p.id.name), "defined again here");
                d.help = Some(format!(
                    "the first definition is in `{}` at line {}; policy ids must be unique",
                    first_file.path,
                    first_file.line_col(first_span.start as usize).line
                ));
                errors.push(d);
                continue;
            }
            seen_ids.insert(p.id.name.clone().into(), (Arc::clone(file), p.id.span));
            let params = params_read(&p.body, &scope, &mut reads_of);
            let meta =
                Meta { platforms: platforms.into_iter().map(Text::from).collect(), source: file.path.clone().into(), params, ..meta };
            let policy = Policy {
                meta: Arc::new(meta),
                body: Arc::default(),
                scope: scope.clone(),
                file: Arc::clone(file),
                span: p.span,
                values: Arc::default(),
            };
            sound.push((policy, key.clone(), index));
        }
    }
    calls.finish(&mut errors);
    // Check the functions of imported library files too (each once).
    for (key, ast) in &parsed {
        if checked_functions.contains(key) {
            continue;
        }
        let Some((origin, file)) = files.get(key) else { continue };
        let scope = build_scope(key, &parsed, &defs, &mut Vec::new());
        check_functions(file, *origin, ast, &scope, &mut errors);
    }
    let mut policies: Vec<Arc<Policy>> = sound
        .into_iter()
        .map(|(mut policy, key, index)| {
            let body = parsed.get_mut(&key).and_then(|ast| ast.policies.get_mut(index)).map(|p| std::mem::take(&mut p.body));
            policy.body = Arc::new(super::Body::new(body.unwrap_or_default()));
            Arc::new(policy)
        })
        .chain(checked)
        .collect();
    policies.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    errors.sort_by(|a, b| (&a.file.path, a.span().start).cmp(&(&b.file.path, b.span().start)));
    (policies, errors)
}

/// Parse every root and, transitively, every import: one wave of files at a
/// time, the files of a wave in parallel (the pack has hundreds), except those
/// parsed before.
fn parse_all(
    files: &mut Files,
    mut preparsed: HashMap<String, ast::File>,
    roots: &[String],
    errors: &mut Vec<Diag>,
    packs: &Packs,
) -> HashMap<String, ast::File> {
    let mut parsed: HashMap<String, ast::File> = HashMap::new();
    let mut wave: Vec<String> = roots.to_vec();
    while !wave.is_empty() {
        wave.sort();
        wave.dedup();
        wave.retain(|k| !parsed.contains_key(k) && files.contains_key(k));
        let ready: Vec<Option<ast::File>> = wave.iter().map(|key| preparsed.remove(key)).collect();
        let results: Vec<(ast::File, Vec<Diag>)> = wave
            .par_iter()
            .zip(ready)
            .map(|(key, ready)| match ready {
                Some(ast) => (ast, Vec::new()),
                None => syntax::parse(&files[key].1),
            })
            .collect();
        let mut next = Vec::new();
        for (key, (ast, errs)) in wave.iter().zip(results) {
            errors.extend(errs);
            let file = Arc::clone(&files[key].1);
            collect_imports(key, &file, &ast, packs, files, &mut next, errors);
            parsed.insert(key.clone(), ast);
        }
        wave = next;
    }
    parsed
}

/// Check the functions `ast` (of `file`) defines, each body with its parameters in scope.
fn check_functions(file: &Arc<SourceFile>, origin: Origin, ast: &ast::File, scope: &Scope, errors: &mut Vec<Diag>) {
    for f in &ast.functions {
        let mut c = Checker::new(file, scope, errors);
        c.builtin = origin == Origin::Builtin;
        c.vars = f.params.iter().map(|p| p.name.clone()).collect();
        c.expr(&f.body, false);
    }
}

/// Check a standalone expression (for `attest query`): collections, built-in
/// functions, and the functions and parameters of `scope`.
pub fn check_expr(file: &Arc<SourceFile>, expr: &Expr, scope: &Scope) -> Vec<Diag> {
    let mut errors = Vec::new();
    Checker::new(file, scope, &mut errors).expr(expr, false);
    errors
}

/// The functions and parameters every root file defines or imports, each
/// function checked: what an expression outside any policy may use.
pub(super) fn scope_of_all(
    mut files: Files,
    preparsed: HashMap<String, ast::File>,
    roots: Vec<String>,
    mut errors: Vec<Diag>,
    packs: &Packs,
) -> (Scope, Vec<Diag>) {
    let parsed = parse_all(&mut files, preparsed, &roots, &mut errors, packs);
    let defs = defs_of(&parsed, &files, packs, &mut errors);
    let mut all = Scope::default();
    for key in &roots {
        let scope = build_scope(key, &parsed, &defs, &mut errors);
        all.functions.extend(scope.functions);
        all.params.extend(scope.params);
    }
    for (key, ast) in &parsed {
        let Some((origin, file)) = files.get(key) else { continue };
        check_functions(file, *origin, ast, &all, &mut errors);
    }
    errors.sort_by(|a, b| (&a.file.path, a.span().start).cmp(&(&b.file.path, b.span().start)));
    (all, errors)
}

/// The files `ast` (the file `key`) imports, read if not yet loaded, added to
/// `next`; an import that cannot be found, or that leaves its pack, is an
/// error at the `import`.
fn collect_imports(
    key: &str,
    file: &Arc<SourceFile>,
    ast: &ast::File,
    packs: &Packs,
    files: &mut Files,
    next: &mut Vec<String>,
    errors: &mut Vec<Diag>,
) {
    for import in &ast.imports {
        let target = resolve_import(key, &import.path);
        if !files.contains_key(&target) {
            match read_import(&target, packs) {
                Ok(loaded) => {
                    files.insert(target.clone(), loaded);
                }
                Err(refusal) => {
                    let path = &import.path;
                    let (message, help) = match refusal {
                        Refusal::Missing => (
                            format!("cannot find `{path}` to import"),
                            format!("the path is relative to this file; it resolves to `{target}`"),
                        ),
                        Refusal::Outside => (
                            format!("cannot import `{path}`: it is not a policy file of this pack"),
                            format!(
                                "a policy imports `.policy` files of its own pack only (the folders given with `-p`, and the built-in library); this resolves to `{target}`"
                            ),
                        ),
                        Refusal::TooLarge => (
                            format!("cannot import `{path}`: it is too large"),
                            format!("a policy file is at most {MAX_IMPORT_BYTES} bytes"),
                        ),
                    };
                    errors.push(Diag::error(file, import.span, message, "imported here").with_help(help));
                    continue;
                }
            }
        }
        next.push(target);
    }
}

/// An imported policy file is at most this large.
const MAX_IMPORT_BYTES: u64 = 1 << 20;

/// Why an import was refused. The file's content is never read, or shown.
enum Refusal {
    Missing,
    Outside,
    TooLarge,
}

/// Read an imported file: a `.policy` regular file inside one of the packs
/// (never a device, `/proc` or a file of another tree), within the size limit.
fn read_import(key: &str, packs: &Packs) -> Result<(Origin, Arc<SourceFile>), Refusal> {
    if let Some(path) = key.strip_prefix("builtin:") {
        let (_, text) = packs.library.iter().find(|(p, _)| *p == path).ok_or(Refusal::Missing)?;
        return Ok((Origin::Builtin, SourceFile::new(key, *text)));
    }
    if !key.ends_with(".policy") || !packs.dirs.iter().any(|d| within(key, d)) {
        return Err(Refusal::Outside);
    }
    let path = packs.root.join(key);
    let meta = std::fs::metadata(&path).map_err(|_| Refusal::Missing)?;
    if !meta.is_file() {
        return Err(Refusal::Outside);
    }
    if meta.len() > MAX_IMPORT_BYTES {
        return Err(Refusal::TooLarge);
    }
    let text = std::fs::read_to_string(&path).map_err(|_| Refusal::Missing)?;
    Ok((Origin::Disk, SourceFile::new(key, text)))
}

/// The pack a file belongs to (see `params`): `builtin`, the innermost pack
/// folder that holds it, or its own folder.
fn pack_of(key: &str, packs: &Packs) -> String {
    if key.starts_with("builtin:") {
        return super::params::BUILTIN_PACK.to_string();
    }
    let folder = || key.rsplit_once('/').map_or(".", |(f, _)| f).to_string();
    packs.dirs.iter().filter(|d| within(key, d)).max_by_key(|d| d.len()).cloned().unwrap_or_else(folder)
}

/// Whether the shown path `key` (its `..` resolved) is inside the shown folder
/// `dir`; `.` is the folder paths are shown from.
fn within(key: &str, dir: &str) -> bool {
    match dir {
        "" | "." => !key.starts_with('/') && !key.starts_with("../") && key != "..",
        _ => key.strip_prefix(dir).is_some_and(|rest| rest.starts_with('/')),
    }
}

/// Where imports may come from: the folders of the packs the user gave (shown
/// paths), the folder those paths are relative to, and the embedded pack.
#[derive(Debug, Default)]
pub(super) struct Packs {
    pub root: std::path::PathBuf,
    pub dirs: Vec<String>,
    pub library: &'static [(&'static str, &'static str)],
}

/// The functions and parameters a file defines, each made once and shared by
/// every scope that sees it.
struct Defs {
    functions: Vec<Arc<Function>>,
    params: Vec<Arc<Declared>>,
}

fn defs_of(parsed: &HashMap<String, ast::File>, files: &Files, packs: &Packs, errors: &mut Vec<Diag>) -> HashMap<String, Defs> {
    let patterns = pattern_params(parsed);
    let mut out = HashMap::new();
    for (k, ast) in parsed {
        let Some((_, file)) = files.get(k) else { continue };
        let functions = ast.functions.iter().map(|f| Arc::new(Function::new(f.clone(), Arc::clone(file)))).collect();
        let mut params = Vec::new();
        for p in &ast.params {
            let pattern = patterns.contains(&p.name.name);
            if pattern
                && let ParamValue::Str(default) = &p.default
                && let Err(bad) = crate::policy::compile_regex(default)
            {
                let message = format!("parameter `{}` is a pattern of `matches`, and its default is not a regular expression", p.name.name);
                errors.push(Diag::error(file, p.default_span, message, bad.reason));
            }
            params.push(Arc::new(Declared { decl: p.clone(), file: Arc::clone(file), pattern, pack: pack_of(k, packs) }));
        }
        out.insert(k.clone(), Defs { functions, params });
    }
    out
}

/// The parameters some policy or function uses as the pattern of `matches`:
/// their values are checked as regular expressions when they are bound.
fn pattern_params(parsed: &HashMap<String, ast::File>) -> HashSet<String> {
    let mut out = HashSet::new();
    for ast in parsed.values() {
        let bodies = ast.functions.iter().map(|f| &f.body);
        for e in bodies.chain(ast.policies.iter().flat_map(|p| p.body.iter().flat_map(Stmt::exprs))) {
            e.walk(&mut |x| {
                if let ExprKind::Binary(ast::BinOp::Matches, _, pattern) = &x.kind
                    && let ExprKind::Param(name) = &pattern.kind
                {
                    out.insert(name.name.clone());
                }
            });
        }
    }
    out
}

/// The functions and parameters visible in a file: its own and those of every
/// file it imports, transitively.
fn build_scope(key: &str, parsed: &HashMap<String, ast::File>, defs: &HashMap<String, Defs>, errors: &mut Vec<Diag>) -> Scope {
    let mut scope = Scope::default();
    let mut visited = HashSet::new();
    let mut stack = vec![key.to_string()];
    while let Some(k) = stack.pop() {
        if !visited.insert(k.clone()) {
            continue;
        }
        let (Some(ast), Some(d)) = (parsed.get(&k), defs.get(&k)) else { continue };
        for p in &d.params {
            if let Some(existing) = scope.params.get(p.decl.name.name.as_str()) {
                if !Arc::ptr_eq(existing, p) {
                    errors.push(
                        Diag::error(
                            &p.file,
                            p.decl.name.span,
                            format!("parameter `{}` is declared twice", p.decl.name.name),
                            "declared again here",
                        )
                        .with_help(format!(
                            "the other declaration is in `{}`; declare a parameter in one file and import that file",
                            existing.file.path
                        )),
                    );
                }
                continue;
            }
            scope.params.insert(p.decl.name.name.clone().into(), Arc::clone(p));
        }
        for f in &d.functions {
            let name = &f.def().name;
            if let Some(existing) = scope.functions.get(name.name.as_str()) {
                if !Arc::ptr_eq(existing, f) {
                    errors.push(
                        Diag::error(&f.file, name.span, format!("function `{}` is defined twice", name.name), "defined again here")
                            .with_help(format!("another definition is in `{}`", existing.file.path)),
                    );
                }
                continue;
            }
            if surface::builtin(&name.name).is_some() {
                errors.push(Diag::error(&f.file, name.span, format!("`{}` is a built-in function", name.name), "choose another name"));
            }
            scope.functions.insert(name.name.clone().into(), Arc::clone(f));
        }
        for i in &ast.imports {
            stack.push(resolve_import(&k, &i.path));
        }
    }
    scope
}

struct Checker<'a> {
    file: &'a Arc<SourceFile>,
    scope: &'a Scope,
    errors: &'a mut Vec<Diag>,
    vars: Vec<String>,
    failed: bool,
    /// The platforms of the policy's outer `for`s, in order, without repeats.
    platforms: Vec<String>,
    /// A file of the built-in pack: its literal patterns compiled when its
    /// tests checked it from disk (`tests/policy_errors.rs`), not on every run.
    builtin: bool,
}

impl<'a> Checker<'a> {
    fn new(file: &'a Arc<SourceFile>, scope: &'a Scope, errors: &'a mut Vec<Diag>) -> Self {
        Checker { file, scope, errors, vars: Vec::new(), failed: false, platforms: Vec::new(), builtin: false }
    }

    fn error(&mut self, span: Span, message: impl Into<String>, label: impl Into<String>, help: Option<String>) {
        let mut d = Diag::error(self.file, span, message, label);
        d.help = help;
        self.errors.push(d);
        self.failed = true;
    }

    fn meta(&mut self, p: &ast::Policy) -> Meta {
        let mut meta = Meta { id: p.id.name.clone().into(), ..Meta::default() };
        let mut texts = super::Texts::default();
        if !is_kebab(&p.id.name) {
            let suggestion = p.id.name.to_lowercase().replace(['_', '.', ' '], "-");
            self.error(
                p.id.span,
                format!("policy id `{}` is not kebab-case", p.id.name),
                "rename this",
                Some(format!("use lowercase words joined by `-`, e.g. `{suggestion}`")),
            );
        }
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for m in &p.meta {
            let key = m.key.name.as_str();
            if !META_KEYS.contains(&key) {
                let help =
                    did_you_mean(key, META_KEYS.iter().copied()).or_else(|| Some(format!("metadata keys are {}", META_KEYS.join(", "))));
                self.error(m.key.span, format!("unknown metadata `{key}`"), "not a metadata key", help);
                continue;
            }
            if seen.insert(key, m.key.span).is_some() {
                self.error(m.key.span, format!("`{key}` is given twice"), "given again here", None);
                continue;
            }
            match key {
                "criteria" => {
                    for v in &m.values {
                        if crate::criteria::is_criterion(&v.text) {
                            meta.criteria.push(v.text.clone().into());
                        } else {
                            // `c1.2` is `C1.2` in the wrong case before it is anything else.
                            let upper = v.text.to_uppercase();
                            let same = crate::criteria::is_criterion(&upper).then(|| format!("did you mean `{upper}`?"));
                            let help =
                                same.or_else(|| did_you_mean(&v.text, crate::criteria::CRITERIA.iter().map(|(c, _)| *c))).or_else(|| {
                                    Some("criteria are the 2017 TSC ids: CC1.1–CC9.2, A1.1–A1.3, C1.1–C1.2, PI1.1–PI1.5, P1.1–P8.1".into())
                                });
                            self.error(v.span, format!("unknown SOC 2 criterion `{}`", v.text), "not a Trust Services Criterion", help);
                        }
                    }
                }
                "severity" => match m.values.as_slice() {
                    [v] if !v.quoted && Severity::parse(&v.text).is_some() => meta.severity = Severity::parse(&v.text),
                    [v, ..] => {
                        let help = did_you_mean(&v.text, Severity::ALL.iter().map(|s| s.name()))
                            .or_else(|| Some("severity is one of info, low, medium, high, critical".into()));
                        self.error(v.span, format!("unknown severity `{}`", v.text), "not a severity", help);
                    }
                    [] => {}
                },
                "waivable" => match m.values.as_slice() {
                    [v] if !v.quoted && (v.text == "true" || v.text == "false") => meta.waivable = v.text == "true",
                    [v, ..] => self.error(v.span, "`waivable` is `true` or `false`", "here", None),
                    [] => {}
                },
                "formerly" => meta.formerly = self.formerly(p, m),
                "references" => {
                    for v in &m.values {
                        if !v.quoted {
                            self.error(v.span, "references are quoted strings", "quote this", None);
                        }
                    }
                    texts.references = m.values.iter().map(|v| v.text.clone()).collect();
                }
                _ => match m.values.as_slice() {
                    [v] if v.quoted => {
                        let text = v.text.clone();
                        match key {
                            "title" => meta.title = text.into(),
                            "description" => texts.description = text,
                            "rationale" => texts.rationale = text,
                            _ => texts.remediation = text,
                        }
                    }
                    [v, ..] => {
                        let what = if v.quoted { "one string" } else { "a quoted string" };
                        self.error(v.span, format!("`{key}` takes {what}"), "here", None);
                    }
                    [] => {}
                },
            }
        }
        let missing: Vec<&str> = REQUIRED_META.iter().copied().filter(|k| !seen.contains_key(k)).collect();
        if !missing.is_empty() {
            let list = missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ");
            self.error(
                p.id.span,
                format!("policy `{}` has no {list}", p.id.name),
                "in this policy",
                Some("every policy documents itself: title, criteria, severity, description, rationale, remediation".into()),
            );
        }
        meta.texts = super::Lazy::new(texts);
        meta
    }

    /// `formerly`: bare policy ids, none of them the policy's own.
    fn formerly(&mut self, p: &ast::Policy, m: &ast::Meta) -> Vec<Text> {
        for v in &m.values {
            if v.quoted {
                let help = "write the old ids unquoted: `formerly tf-s3-bucket-unencrypted, cfn-s3-bucket-unencrypted`";
                self.error(v.span, "`formerly` lists policy ids", "not a policy id", Some(help.into()));
            } else if v.text == p.id.name {
                self.error(v.span, "a policy's former id is not its id", "its own id", None);
            }
        }
        m.values.iter().map(|v| v.text.clone().into()).collect()
    }

    fn body(&mut self, stmts: &[Stmt], top: bool) {
        let depth = self.vars.len();
        for s in stmts {
            match s {
                Stmt::For { var, source, filter, body, .. } => {
                    if top {
                        match source.ranged().map(|r| r.collection) {
                            Some(name) => {
                                let platform = name.split('.').next().unwrap_or("any").to_string();
                                let platform = if platform == "documents" { "any".to_string() } else { platform };
                                if !self.platforms.contains(&platform) {
                                    self.platforms.push(platform);
                                }
                            }
                            // A bare platform name gets its own error from `expr`.
                            None if matches!(&source.kind, ExprKind::Var(v) if is_namespace(v)) => {}
                            None => self.error(
                                source.span,
                                "a policy's outer `for` must range over a collection",
                                "not a collection",
                                Some(format!("for example `kubernetes.containers`; collections are {}", collection_names().join(", "))),
                            ),
                        }
                    }
                    self.expr(source, false);
                    self.bind(var);
                    if let Some(f) = filter {
                        self.expr(f, false);
                    }
                    self.body(body, false);
                }
                Stmt::Let { name, value } => {
                    self.expr(value, false);
                    self.bind(name);
                }
                Stmt::Assert { cond, at, message, span } => {
                    self.expr(cond, false);
                    if let Some(at) = at {
                        self.expr(at, false);
                    }
                    for part in &message.parts {
                        if let TemplatePart::Hole(e) = part {
                            self.expr(e, false);
                        }
                    }
                    if let Some((message, why)) = tautology(self.file, cond) {
                        self.error(
                            cond.span,
                            message,
                            why,
                            Some("an assertion that (nearly) always holds checks nothing; assert what must be true of the input".into()),
                        );
                    } else if !reads_input(cond) {
                        self.error(
                            cond.span,
                            "this assertion does not read the input, so its result never changes",
                            "constant",
                            Some("assert something about a variable bound by `for`".into()),
                        );
                    }
                    let _ = span;
                }
            }
        }
        self.vars.truncate(depth);
    }

    fn bind(&mut self, name: &ast::Ident) {
        if name.name == PARAMS {
            self.error(name.span, "`params` names the parameters and cannot be a variable", "choose another name", None);
        } else if is_namespace(&name.name) || is_root_collection(&name.name) {
            self.error(
                name.span,
                format!("`{}` names a platform collection and cannot be a variable", name.name),
                "choose another name",
                None,
            );
        }
        self.vars.push(name.name.clone());
    }

    fn expr(&mut self, e: &Expr, in_filter: bool) {
        match &e.kind {
            ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::Str(_) => {}
            ExprKind::List(items) => items.iter().for_each(|i| self.expr(i, in_filter)),
            ExprKind::Map(entries) => entries.iter().for_each(|(_, v)| self.expr(v, in_filter)),
            ExprKind::Param(name) => self.param(e, name),
            ExprKind::Var(name) => self.var(e, name),
            ExprKind::Current => {
                if !in_filter {
                    self.error(e.span, "`@` and `.key` only mean something inside a filter `[? ...]`", "outside a filter", None);
                }
            }
            ExprKind::Wildcard(base) => {
                self.expr(base, in_filter);
                if let ExprKind::Filter(_, cond) = &base.kind
                    && reads_element_keys(cond)
                {
                    let help = "a filter already gives a list and a path after it applies to each element: write `xs[? .a == 1].b`, not `xs[? .a == 1][*].b`".to_string();
                    self.error(
                        e.span,
                        "`[*]` after a filter on maps takes every value of each matching map",
                        "every value of each element",
                        Some(help),
                    );
                }
            }
            ExprKind::Member(base, _)
            | ExprKind::Descend(base, _)
            | ExprKind::Not(base)
            | ExprKind::Exists(base)
            | ExprKind::Is(base, _, _) => self.expr(base, in_filter),
            ExprKind::Index(a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a, in_filter);
                self.expr(b, in_filter);
            }
            ExprKind::Binary(op, a, b) => {
                self.expr(a, in_filter);
                self.expr(b, in_filter);
                if let (ast::BinOp::Matches, ExprKind::Str(pattern)) = (op, &b.kind) {
                    self.regex_literal(b.span, pattern);
                }
            }
            ExprKind::Arith(op, a, b) => {
                for side in [a, b] {
                    self.expr(side, in_filter);
                    if let Some(what) = not_a_number(side) {
                        let help = "arithmetic takes numbers; to put strings together, write `join([a, b], \"\")`".to_string();
                        self.error(side.span, format!("`{}` needs numbers, and this is {what}", op.symbol()), what, Some(help));
                    }
                }
            }
            ExprKind::Filter(base, cond) => {
                self.expr(base, in_filter);
                self.expr(cond, true);
            }
            ExprKind::If(c, a, b) => {
                self.expr(c, in_filter);
                self.expr(a, in_filter);
                self.expr(b, in_filter);
            }
            ExprKind::Quantifier(_, var, coll, body) => {
                self.expr(coll, in_filter);
                self.bind(var);
                self.expr(body, in_filter);
                self.vars.pop();
            }
            ExprKind::Call(name, args) => {
                args.iter().for_each(|a| self.expr(a, in_filter));
                self.call(e, name, args);
            }
            ExprKind::Collection(name, args) => {
                args.iter().for_each(|a| self.expr(a, in_filter));
                self.collection(e, name, args.len());
            }
        }
    }

    /// `params.NAME`: a declared parameter.
    fn param(&mut self, e: &Expr, name: &ast::Ident) {
        if !self.scope.params.contains_key(name.name.as_str()) {
            let help = did_you_mean(&name.name, self.scope.params.keys().map(|k| &**k)).or_else(|| {
                Some(format!("declare it: `param {} = <default> \"what it means\"`, in this file or an imported one", name.name))
            });
            self.error(e.span, format!("unknown parameter `{}`", name.name), "not declared", help);
        }
    }

    /// A name: bound by `for`, `let`, a quantifier or a function parameter.
    fn var(&mut self, e: &Expr, name: &str) {
        if name == PARAMS {
            self.error(e.span, "`params` alone is not a value", "name a parameter", Some("write `params.NAME`".into()));
            return;
        }
        if self.vars.iter().any(|v| v == name) {
            return;
        }
        if is_namespace(name) {
            let names: Vec<String> = collection_names().into_iter().filter(|c| c.starts_with(name)).collect();
            self.error(
                e.span,
                format!("`{name}` is a platform, not a value"),
                "name a collection",
                Some(format!("its collections are {}", names.join(", "))),
            );
            return;
        }
        let names = collection_names();
        let candidates = self.vars.iter().map(String::as_str).chain(names.iter().map(String::as_str));
        let help =
            did_you_mean(name, candidates).or_else(|| Some("names come from `for`, `let`, quantifiers and function parameters".into()));
        self.error(e.span, format!("unknown name `{name}`"), "not defined here", help);
    }

    /// The literal pattern of `matches`, compiled as the evaluator will.
    fn regex_literal(&mut self, span: Span, pattern: &str) {
        if self.builtin {
            return;
        }
        if let Err(err) = crate::policy::compile_regex(pattern) {
            self.error(
                span,
                "invalid regular expression",
                err.reason,
                Some("patterns use Rust regex syntax: no look-around or back-references".into()),
            );
        }
    }

    /// A call of a built-in or user function.
    fn call(&mut self, e: &Expr, name: &ast::Ident, args: &[Expr]) {
        let given = args.len();
        let arity = surface::builtin(&name.name)
            .map(surface::Builtin::arity)
            .or_else(|| self.scope.functions.get(name.name.as_str()).map(|f| (f.def().params.len(), f.def().params.len())));
        match arity {
            None => {
                let builtins = surface::BUILTINS.iter().map(|b| b.name);
                let candidates = builtins.chain(self.scope.functions.keys().map(|k| &**k));
                let help = did_you_mean(&name.name, candidates)
                    .or_else(|| Some("see the list of built-in functions in the language reference".into()));
                self.error(name.span, format!("unknown function `{}`", name.name), "not a function", help);
            }
            Some((min, max)) if given < min || given > max => {
                let want = match (min, max) {
                    _ if min == max => format!("{min}"),
                    (_, usize::MAX) => format!("{min} or more"),
                    _ => format!("{min} to {max}"),
                };
                self.error(
                    e.span,
                    format!("`{}` takes {want} argument{}, not {given}", name.name, if max == 1 { "" } else { "s" }),
                    "wrong number of arguments",
                    None,
                );
            }
            Some(_) => {}
        }
        // A template written in the policy must have one `{}` per value.
        if let ("format", Some(ExprKind::Str(template))) = (name.name.as_str(), args.first().map(|a| &a.kind)) {
            let holes = surface::format_pieces(template).len() - 1;
            if holes != given - 1 {
                self.error(
                    e.span,
                    format!("the template has {holes} `{{}}` but {} value{} given", given - 1, if given == 2 { " is" } else { "s are" }),
                    "one value for each `{}`",
                    Some("write `{{` and `}}` for braces themselves".into()),
                );
            }
        }
    }

    /// A platform collection, with `given` arguments.
    fn collection(&mut self, e: &Expr, name: &str, given: usize) {
        match surface::collection(name).map(surface::Collection::arity) {
            None => {
                let names = collection_names();
                let help =
                    did_you_mean(name, names.iter().map(String::as_str)).or_else(|| Some(format!("collections are {}", names.join(", "))));
                self.error(e.span, format!("unknown collection `{name}`"), "not a collection", help);
            }
            Some((min, max)) if given < min || given > max => {
                self.error(
                    e.span,
                    format!("`{name}` takes at most {max} argument{}", if max == 1 { "" } else { "s" }),
                    "wrong number of arguments",
                    None,
                );
            }
            Some(_) => {}
        }
    }
}

/// What one expression reads directly: the parameters it names and the
/// functions it calls.
#[derive(Default)]
struct Reads {
    params: Vec<String>,
    calls: Vec<String>,
}

impl Reads {
    fn of<'e>(exprs: impl IntoIterator<Item = &'e Expr>) -> Reads {
        let mut reads = Reads::default();
        for e in exprs {
            e.walk(&mut |x| match &x.kind {
                ExprKind::Param(p) => reads.params.push(p.name.clone()),
                ExprKind::Call(f, _) => reads.calls.push(f.name.clone()),
                _ => {}
            });
        }
        reads
    }
}

/// The direct reads of each function body, made once per load (the pack's
/// libraries are called by hundreds of policies).
type ReadsOf = HashMap<*const Function, Arc<Reads>>;

/// The parameters a policy body reads, directly or through the functions it calls.
fn params_read(body: &[Stmt], scope: &Scope, memo: &mut ReadsOf) -> Vec<ParamInfo> {
    let mut names = std::collections::BTreeSet::new();
    let mut called = HashSet::new();
    let mut stack = vec![Arc::new(Reads::of(body.iter().flat_map(Stmt::exprs)))];
    while let Some(reads) = stack.pop() {
        names.extend(reads.params.iter().cloned());
        for name in &reads.calls {
            if called.insert(name.clone())
                && let Some(func) = scope.functions.get(name.as_str())
            {
                let direct = memo.entry(Arc::as_ptr(func)).or_insert_with(|| Arc::new(Reads::of([&func.def().body])));
                stack.push(Arc::clone(direct));
            }
        }
    }
    names.into_iter().filter_map(|n| scope.params.get(n.as_str())).map(|d| ParamInfo::of(d)).collect()
}

fn collection_names() -> Vec<String> {
    surface::COLLECTIONS.iter().map(|c| c.name.to_string()).collect()
}

fn reads_input(e: &Expr) -> bool {
    let mut reads = false;
    e.walk(&mut |x| {
        if matches!(x.kind, ExprKind::Var(_) | ExprKind::Current | ExprKind::Collection(..)) {
            reads = true;
        }
    });
    reads
}

/// Whether a filter's condition reads a key of the element (`.key`), so the
/// elements it keeps are maps. The condition of a filter nested in it reads
/// other elements, so it is not searched.
fn reads_element_keys(cond: &Expr) -> bool {
    let mut stack = vec![cond];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Member(base, _) if matches!(base.kind, ExprKind::Current) => return true,
            ExprKind::Filter(base, _) => stack.push(base),
            _ => stack.extend(e.children()),
        }
    }
    false
}

/// Why a condition holds whatever the input is: one side of an `or` is the
/// literal `true`, or the two sides of an `or` test one value both ways
/// (`x is list or x is not list`; `x is absent or x exists`, which fails only
/// for a value written as null).
fn tautology(file: &SourceFile, e: &Expr) -> Option<(&'static str, &'static str)> {
    let ExprKind::Or(a, b) = &e.kind else { return None };
    if [a, b].iter().any(|x| matches!(x.kind, ExprKind::Bool(true))) {
        return Some(("this assertion can never fail", "`or true` always holds"));
    }
    // (the value's text, the test, whether it is asserted): `x exists` is
    // `x is not absent` for this purpose.
    let test = |x: &Expr| match &x.kind {
        ExprKind::Exists(v) => Some((v.span, ast::TypeTest::Absent, false)),
        ExprKind::Is(v, t, polarity) => Some((v.span, *t, *polarity == ast::Polarity::Is)),
        _ => None,
    };
    let text = |span: Span| file.text.get(span.start as usize..span.end as usize).map(str::trim);
    match (test(a), test(b)) {
        (Some((va, ta, pa)), Some((vb, tb, pb))) if ta == tb && pa != pb && text(va).is_some() && text(va) == text(vb) => {
            Some(if matches!((&a.kind, &b.kind), (ExprKind::Exists(_), _) | (_, ExprKind::Exists(_))) {
                ("this assertion fails only for a value written as null", "absent, or present and not null")
            } else {
                ("this assertion can never fail", "a test or its negation always holds")
            })
        }
        _ => tautology(file, a).or_else(|| tautology(file, b)),
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty() && id.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// What a literal that can never be a number is, for arithmetic's operands.
fn not_a_number(e: &Expr) -> Option<&'static str> {
    match &e.kind {
        ExprKind::Str(s) if s.trim().parse::<f64>().is_err() => Some("a string"),
        ExprKind::Bool(_) => Some("a boolean"),
        ExprKind::Null => Some("null"),
        ExprKind::List(_) => Some("a list"),
        ExprKind::Map(_) => Some("a map"),
        ExprKind::Not(_) | ExprKind::And(..) | ExprKind::Or(..) | ExprKind::Binary(..) | ExprKind::Exists(_) | ExprKind::Is(..) => {
            Some("a condition")
        }
        _ => None,
    }
}
