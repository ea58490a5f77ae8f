//! The schema pass of the checker: paths into the elements of typed collections
//! (`terraform.resources("aws_db_instance")`, `cloudformation.resources(…)`,
//! `kubernetes.containers`, …) are checked against the platforms' schemas,
//! and comparisons against the types the two sides can have, so that a
//! misspelt attribute or a comparison that can never hold is an error with a
//! span and "did you mean" rather than a silently absent value.
//!
//! A value the schemas do not describe (a free-form map, a string, an
//! untyped collection) is not checked; a user function is checked with the
//! types its arguments have where it is called (`user_function`).

use super::Scope;
use super::ast::{BinOp, Expr, ExprKind, Stmt, TemplatePart};
use super::params::ParamValue;
use super::surface;
use crate::diag::{Diag, did_you_mean};
use crate::schema::{self, Field, Ty};
use crate::source::{SourceFile, Span};
use std::collections::HashMap;
use std::sync::Arc;

/// A value's type and how messages name it: `aws_db_instance`,
/// `Container.securityContext`.
#[derive(Clone)]
struct Typed {
    ty: Ty,
    what: String,
}

impl Typed {
    fn any() -> Typed {
        Typed { ty: Ty::Any, what: String::new() }
    }

    fn new(ty: Ty, what: impl Into<String>) -> Typed {
        Typed { ty, what: what.into() }
    }
}

/// What the pass has found of user functions, over the policies of one load:
/// the type each returns for the types of its arguments (a function is
/// checked once per such combination), and the errors in its body. A
/// function may serve several types (a helper for `root_block_device` and
/// `ebs_block_device`): an attribute is an error only when none of the types
/// it was called with has it (`finish`).
#[derive(Default)]
pub(super) struct Calls {
    returns: HashMap<String, Typed>,
    /// By function: how many argument types it was checked with, and each
    /// error in its body with how many of them raised it.
    bodies: HashMap<String, (usize, Vec<(usize, Diag)>)>,
}

impl Calls {
    /// The errors in function bodies that every type they were called with raised.
    pub(super) fn finish(self, errors: &mut Vec<Diag>) {
        let mut names: Vec<_> = self.bodies.into_iter().collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, (checked, found)) in names {
            errors.extend(found.into_iter().filter(|(n, _)| *n == checked).map(|(_, d)| d));
        }
    }
}

/// Check a policy body; errors are added to `errors`. Whether any was found.
pub(super) fn check(file: &Arc<SourceFile>, body: &[Stmt], scope: &Scope, calls: &mut Calls, errors: &mut Vec<Diag>) -> bool {
    let mut s = Shapes { file, scope, errors, calls, vars: Vec::new(), current: Vec::new(), found: false };
    s.stmts(body);
    s.found
}

struct Shapes<'a> {
    file: &'a Arc<SourceFile>,
    scope: &'a Scope,
    errors: &'a mut Vec<Diag>,
    calls: &'a mut Calls,
    vars: Vec<(String, Typed)>,
    /// The element a filter `[? …]` is looking at (`@`).
    current: Vec<Typed>,
    found: bool,
}

impl Shapes<'_> {
    fn error(&mut self, span: Span, message: String, label: impl Into<String>, help: Option<String>) {
        let mut d = Diag::error(self.file, span, message, label);
        d.help = help;
        self.errors.push(d);
        self.found = true;
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        let depth = self.vars.len();
        for s in stmts {
            match s {
                Stmt::For { var, source, filter, body, .. } => {
                    let t = self.expr(source);
                    self.vars.push((var.name.clone(), element(&t)));
                    if let Some(f) = filter {
                        self.expr(f);
                    }
                    self.stmts(body);
                }
                Stmt::Let { name, value } => {
                    let t = self.expr(value);
                    self.vars.push((name.name.clone(), t));
                }
                Stmt::Assert { cond, at, message, .. } => {
                    self.expr(cond);
                    if let Some(at) = at {
                        self.expr(at);
                    }
                    for part in &message.parts {
                        if let TemplatePart::Hole(e) = part {
                            self.expr(e);
                        }
                    }
                }
            }
        }
        self.vars.truncate(depth);
    }

    fn expr(&mut self, e: &Expr) -> Typed {
        match &e.kind {
            ExprKind::Var(name) => self.vars.iter().rev().find(|(n, _)| n == name).map_or_else(Typed::any, |(_, t)| t.clone()),
            ExprKind::Current => self.current.last().cloned().unwrap_or_else(Typed::any),
            ExprKind::Collection(name, args) => {
                args.iter().for_each(|a| drop(self.expr(a)));
                let elem = self.collection(name, args);
                list_of(elem)
            }
            ExprKind::Member(base, key) => {
                let b = self.expr(base);
                self.member(&b, &key.name, key.span)
            }
            ExprKind::Index(base, index) => {
                let b = self.expr(base);
                self.expr(index);
                match &index.kind {
                    // `x["name"]` is not checked: it reads an attribute of a
                    // provider version older or newer than the schemas.
                    ExprKind::Str(key) if matches!(b.ty, Ty::Obj(_) | Ty::CfnResource(_)) => match schema::field(&b.ty, key) {
                        Some(Field::Known(t)) => Typed::new(t, format!("{}.{key}", b.what)),
                        _ => Typed::any(),
                    },
                    _ => element(&b),
                }
            }
            ExprKind::Wildcard(base) => {
                let b = self.expr(base);
                let elem = element(&b);
                list_of(elem)
            }
            ExprKind::Filter(base, cond) => {
                let b = self.expr(base);
                let elem = element(&b);
                self.current.push(elem.clone());
                self.expr(cond);
                self.current.pop();
                list_of(elem)
            }
            ExprKind::Quantifier(_, var, coll, body) => {
                let c = self.expr(coll);
                self.vars.push((var.name.clone(), element(&c)));
                self.expr(body);
                self.vars.pop();
                Typed::any()
            }
            ExprKind::Call(name, args) => {
                let typed: Vec<Typed> = args.iter().map(|a| self.expr(a)).collect();
                self.call(&name.name, args, typed)
            }
            ExprKind::If(c, a, b) => {
                self.expr(c);
                let (a, b) = (self.expr(a), self.expr(b));
                if a.ty == b.ty { a } else { Typed::any() }
            }
            ExprKind::Binary(op, a, b) => {
                let (ta, tb) = (self.expr(a), self.expr(b));
                self.compare(e, *op, (a, &ta), (b, &tb));
                Typed::new(Ty::Bool, "")
            }
            _ => {
                for child in e.children() {
                    self.expr(child);
                }
                Typed::any()
            }
        }
    }

    /// `base.key`, checked against what `base` can hold.
    fn member(&mut self, base: &Typed, key: &str, span: Span) -> Typed {
        // A list's member is its elements' member (a projection, or a
        // Terraform block written once).
        let (obj, list) = match &base.ty {
            Ty::List(t) => (Typed::new((**t).clone(), base.what.clone()), true),
            _ => (base.clone(), false),
        };
        let found = match schema::field(&obj.ty, key) {
            None => return Typed::any(),
            Some(Field::Known(t)) => t,
            Some(Field::Missing) => {
                let mut keys = schema::keys(&obj.ty);
                let first = did_you_mean(key, keys.iter().copied()).unwrap_or_else(|| {
                    keys.sort_unstable();
                    let more = keys.len().saturating_sub(12);
                    let list = keys.iter().take(12).map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                    if more > 0 { format!("its attributes include {list} and {more} more") } else { format!("its attributes are {list}") }
                });
                let help = Some(format!(
                    "{first}\nan attribute of a provider version older or newer than attest's schemas is read as `x[\"{key}\"]`, which is not checked"
                ));
                self.error(span, format!("`{}` has no attribute `{key}`", obj.what), format!("not an attribute of `{}`", obj.what), help);
                return Typed::any();
            }
        };
        let what = format!("{}.{key}", obj.what);
        if list { Typed::new(Ty::List(Box::new(found)), what) } else { Typed::new(found, what) }
    }

    /// The element type of a collection (see `surface::schema_of`).
    fn collection(&mut self, name: &str, args: &[Expr]) -> Typed {
        match surface::schema_of(name) {
            Some(namespace) if namespace.ends_with(':') => self.typed_by_argument(namespace.trim_end_matches(':'), args),
            Some(ty) => named(ty),
            None => Typed::any(),
        }
    }

    /// `terraform.resources("TYPE")` and the like: the type named by a literal
    /// argument without `*`. A name close to a known one but not known is
    /// reported; a name unlike any known one may be newer than the schemas.
    fn typed_by_argument(&mut self, namespace: &str, args: &[Expr]) -> Typed {
        let what = match namespace {
            "tf" => "Terraform resource type",
            "tfdata" => "Terraform data source",
            _ => "CloudFormation resource type",
        };
        let Some(arg) = args.first() else { return Typed::any() };
        let ExprKind::Str(name) = &arg.kind else { return Typed::any() };
        if name.contains('*') {
            return Typed::any();
        }
        if let Some(ty) = schema::named(&format!("{namespace}:{name}")) {
            return Typed::new(ty, name.clone());
        }
        // A name a letter or two from a known one of the same provider
        // (`aws_`, `AWS::`) is a typo; any other may be newer than the schemas.
        let prefix = name.find(['_', ':']).map_or("", |i| &name[..=i]);
        let near = schema::names(namespace, prefix).filter(|known| strsim::damerau_levenshtein(name, known) <= 2).min();
        if !prefix.is_empty()
            && let Some(known) = near
        {
            let help = format!("did you mean `{known}`?");
            self.error(arg.span, format!("unknown {what} `{name}`"), format!("not a {what}"), Some(help));
        }
        Typed::any()
    }

    /// Built-ins whose result has a known type.
    fn call(&mut self, name: &str, args: &[Expr], typed: Vec<Typed>) -> Typed {
        let literal = |i: usize| match args.get(i).map(|a| &a.kind) {
            Some(ExprKind::Str(s)) => Some(s.as_str()),
            _ => None,
        };
        match name {
            "default" => typed.into_iter().next().unwrap_or_else(Typed::any),
            "pod_spec" => named(surface::POD_SPEC_SCHEMA),
            "references" | "referenced_by" => match literal(1) {
                Some(t) if !t.contains('*') => {
                    let namespace = if t.contains("::") { "cfn" } else { "tf" };
                    schema::named(&format!("{namespace}:{t}"))
                        .map_or_else(Typed::any, |ty| Typed::new(Ty::List(Box::new(ty)), t.to_string()))
                }
                _ => Typed::any(),
            },
            _ => self.user_function(name, typed),
        }
    }

    /// A call of a user function with typed arguments: its body is checked
    /// with its parameters of those types, in its own file, and its type is
    /// the call's. The built-in pack's library is checked by its tests.
    fn user_function(&mut self, name: &str, typed: Vec<Typed>) -> Typed {
        let scope = self.scope;
        let Some(f) = scope.functions.get(name) else { return Typed::any() };
        if f.file.path.starts_with("builtin:") || typed.iter().all(|t| t.ty == Ty::Any) {
            return Typed::any();
        }
        let key = format!("{name}{:?}", typed.iter().map(|t| &t.ty).collect::<Vec<_>>());
        if let Some(known) = self.calls.returns.get(&key) {
            return known.clone();
        }
        // Recursion through the same types ends here.
        self.calls.returns.insert(key.clone(), Typed::any());
        let vars = f.def().params.iter().map(|p| p.name.clone()).zip(typed).collect();
        let saved = (std::mem::replace(&mut self.vars, vars), std::mem::take(&mut self.current), self.file, self.found);
        let before = self.errors.len();
        self.file = &f.file;
        let result = self.expr(&f.def().body);
        let raised: Vec<Diag> = self.errors.drain(before..).collect();
        (self.vars, self.current, self.file, self.found) = saved;
        // Held until every call is seen: see `Calls`.
        let (checked, found) = self.calls.bodies.entry(name.to_string()).or_default();
        *checked += 1;
        for d in raised {
            match found.iter_mut().find(|(_, seen)| seen.span() == d.span()) {
                Some((n, _)) => *n += 1,
                None => found.push((1, d)),
            }
        }
        self.calls.returns.insert(key, result.clone());
        result
    }

    /// `==`, `!=`, `<`, … between values that can never be equal or ordered.
    fn compare(&mut self, e: &Expr, op: BinOp, a: (&Expr, &Typed), b: (&Expr, &Typed)) {
        let ordering = matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
        if !ordering && !matches!(op, BinOp::Eq | BinOp::Ne) {
            return;
        }
        let (ka, kb) = (self.kind(a.0, a.1), self.kind(b.0, b.1));
        let unordered = if ordering { [&ka, &kb].into_iter().flatten().find(|k| !k.orderable()) } else { None };
        let problem = match (unordered, &ka, &kb) {
            (Some(k), _, _) => Some(format!("{} has no order", k.name)),
            (None, Some(ka), Some(kb)) if ka.literal || kb.literal => {
                if ordering {
                    (ka.number() && kb.text() || ka.text() && kb.number()).then(|| format!("{} and {} have no order", ka.name, kb.name))
                } else {
                    (!ka.can_equal(kb)).then(|| format!("{} never equals {}", ka.name, kb.name))
                }
            }
            _ => None,
        };
        if let Some(problem) = problem {
            let outcome = if matches!(op, BinOp::Ne) { "always true" } else { "never true" };
            self.error(
                e.span,
                format!("this comparison is {outcome}: {problem}"),
                "compares values of different types",
                Some(if ordering {
                    "`<`, `<=`, `>` and `>=` order numbers (a string that spells a number counts as one) and strings (in text order); nothing else".into()
                } else {
                    "numbers equal the strings that spell them (`\"22\" == 22`) and booleans the strings `\"true\"` and `\"false\"`; nothing else of different types compares".into()
                }),
            );
        }
    }

    /// What kind of value one side of a comparison is, when it is known.
    fn kind(&self, e: &Expr, t: &Typed) -> Option<Kind> {
        let from_param = |v: &ParamValue| match v {
            ParamValue::Bool(_) => Kind::literal(K::Bool, "a boolean parameter"),
            ParamValue::Num(_) => Kind::literal(K::Num, "a number parameter"),
            ParamValue::Str(s) => Kind::literal(K::Text(s.clone()), "a string parameter"),
            ParamValue::List(_) => Kind::literal(K::List, "a list parameter"),
        };
        Some(match &e.kind {
            ExprKind::Number(_) => Kind::literal(K::Num, "a number"),
            ExprKind::Bool(_) => Kind::literal(K::Bool, "a boolean"),
            ExprKind::Str(s) => Kind::literal(K::Text(s.clone()), &format!("the string \"{s}\"")),
            ExprKind::List(_) => Kind::literal(K::List, "a list"),
            ExprKind::Param(p) => from_param(&self.scope.params.get(p.name.as_str())?.decl.default),
            _ => match t.ty {
                Ty::Num => Kind { k: K::Num, literal: false, name: format!("`{}` (a number)", t.what) },
                Ty::Bool => Kind { k: K::Bool, literal: false, name: format!("`{}` (a boolean)", t.what) },
                _ => return None,
            },
        })
    }
}

enum K {
    Num,
    Bool,
    Text(String),
    List,
}

struct Kind {
    k: K,
    /// Written in the policy (a literal or a parameter), not read from a file.
    literal: bool,
    name: String,
}

impl Kind {
    fn literal(k: K, name: &str) -> Kind {
        Kind { k, literal: true, name: name.to_string() }
    }

    fn number(&self) -> bool {
        matches!(self.k, K::Num)
    }

    /// A string that is neither a number nor a boolean word.
    fn text(&self) -> bool {
        matches!(&self.k, K::Text(s) if s.trim().parse::<f64>().is_err())
    }

    fn orderable(&self) -> bool {
        matches!(self.k, K::Num | K::Text(_))
    }

    fn can_equal(&self, other: &Kind) -> bool {
        let numeric = |s: &str| s.trim().parse::<f64>().is_ok();
        let boolean = |s: &str| s == "true" || s == "false";
        match (&self.k, &other.k) {
            (K::List, K::List) => true,
            (K::List, _) | (_, K::List) => false,
            (K::Num, K::Num) | (K::Bool, K::Bool) | (K::Text(_), K::Text(_)) => true,
            (K::Num, K::Bool) | (K::Bool, K::Num) => false,
            (K::Num, K::Text(s)) | (K::Text(s), K::Num) => numeric(s),
            (K::Bool, K::Text(s)) | (K::Text(s), K::Bool) => boolean(s),
        }
    }
}

/// A named schema type, called by its last word in messages (`Container`,
/// `PodSpec`).
fn named(ty: &str) -> Typed {
    let what = ty.rsplit(['.', ':']).next().unwrap_or(ty);
    schema::named(ty).map_or_else(Typed::any, |t| Typed::new(t, what))
}

/// A list of `elem`s, named as its elements are.
fn list_of(elem: Typed) -> Typed {
    Typed::new(Ty::List(Box::new(elem.ty)), elem.what)
}

/// The type of an element of a list-typed value, named as the list is.
fn element(t: &Typed) -> Typed {
    Typed::new(schema::element(&t.ty), t.what.clone())
}
