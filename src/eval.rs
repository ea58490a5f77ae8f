//! The evaluator: runs a checked policy over the documents of one unit.
//!
//! INVARIANT: pure and deterministic. No file, network, environment or clock
//! access; every loop is bounded by `MAX_STEPS`.

pub mod branches;
pub mod builtins;
mod ops;
mod value;

pub use crate::doc::{DocRef, format_number};
pub use ops::Tri;
pub use value::{ListKind, Missing, Value, View};

use crate::doc::Document;
use crate::policy::ast::{Expr, ExprKind, Polarity, Quant, Stmt, Template, TemplatePart};
use crate::policy::params::{ParamValue, ParamValues};
use crate::policy::{Policy, Scope};
use crate::source::{SourceFile, Span};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

/// Evaluation steps one policy may take over one unit.
pub const MAX_STEPS: u64 = 5_000_000;
/// Nested calls of user functions.
const MAX_CALL_DEPTH: usize = 64;
/// Below this much stack left, an evaluation step continues on a new
/// segment of `STACK_SEGMENT` bytes (see `Ctx::eval`).
const STACK_RED_ZONE: usize = 128 * 1024;
const STACK_SEGMENT: usize = 4 * 1024 * 1024;

/// The result of one assertion for one binding of its variables.
#[derive(Debug)]
pub struct Outcome<'a> {
    /// The span of the `assert` statement in the policy file.
    pub assertion: Span,
    pub result: Tri,
    pub message: String,
    pub labels: Vec<Blame<'a>>,
    pub address: Option<Rc<str>>,
    /// The item of the policy's outer `for`: where to point when nothing better is known.
    pub item: Option<DocRef<'a>>,
    /// Evaluation stopped with an error (`result` is unknown): the policy,
    /// not the input, is at fault.
    pub error: bool,
}

/// A place in a document that explains an outcome.
#[derive(Debug, Clone)]
pub struct Blame<'a> {
    pub doc: &'a Document,
    pub span: Span,
    pub text: String,
}

/// Why evaluation could not finish. `at` is the place in the policy, as
/// `path:line:column`.
#[derive(Debug, Clone, thiserror::Error, miette::Diagnostic)]
pub enum EvalError {
    #[error("evaluation stopped after {MAX_STEPS} steps")]
    Steps,
    #[error("functions call each other more than {MAX_CALL_DEPTH} deep (`{name}` at {at})")]
    CallDepth { name: String, at: String },
    #[error("invalid regular expression `{pattern}` at {at}: {reason}")]
    Regex { pattern: String, reason: String, at: String },
    #[error("{reason} at {at}")]
    Arith { reason: String, at: String },
}

impl EvalError {
    /// Whether the error belongs to one value (a bad pattern, arithmetic on a
    /// string, runaway recursion on one element) rather than to the whole
    /// evaluation (the step budget): a local error leaves the assertion
    /// undecided for that element, and the other elements are still checked.
    fn is_local(&self) -> bool {
        !matches!(self, EvalError::Steps)
    }
}

/// An evaluation that could not finish, and the collection element it was
/// checking, if any: a finding about it points there.
#[derive(Debug)]
pub struct Failure<'a> {
    pub error: EvalError,
    pub item: Option<DocRef<'a>>,
}

type Result<T> = std::result::Result<T, EvalError>;

fn param_value<'a>(v: &ParamValue) -> Value<'a> {
    match v {
        ParamValue::Bool(b) => Value::Bool(*b),
        ParamValue::Num(n) => Value::Num(*n),
        ParamValue::Str(s) => Value::str(s),
        ParamValue::List(items) => Value::List(Rc::new(items.iter().map(param_value).collect()), ListKind::Plain),
    }
}

/// The documents of one unit, and the items of each collection policies
/// asked of them: collected once, however many policies range over them.
pub struct Unit<'u, 'a> {
    pub docs: &'u [&'a Document],
    contents: crate::platform::Contents<'a>,
    collected: RefCell<HashMap<Box<str>, Collected<'a>, foldhash::fast::RandomState>>,
}

/// The items of one collection: unfiltered, and by filter.
#[derive(Default)]
struct Collected<'a> {
    all: Option<Items<'a>>,
    by_filter: HashMap<Box<str>, Items<'a>, foldhash::fast::RandomState>,
}

type Items<'a> = Rc<Vec<Value<'a>>>;

impl<'u, 'a> Unit<'u, 'a> {
    pub fn new(docs: &'u [&'a Document]) -> Self {
        Unit { docs, contents: crate::platform::Contents::of(docs), collected: RefCell::default() }
    }

    /// The items of collection `name` (filtered by `filter`, its argument).
    pub fn items(&self, name: &str, filter: Option<&str>) -> Items<'a> {
        if !self.contents.may_hold(name, filter) {
            return Items::default();
        }
        let mut collected = self.collected.borrow_mut();
        if !collected.contains_key(name) {
            collected.insert(name.into(), Collected::default());
        }
        let Some(c) = collected.get_mut(name) else { unreachable!("inserted above") };
        match filter {
            None => Rc::clone(c.all.get_or_insert_with(|| self.collect(name, None))),
            Some(f) => {
                if !c.by_filter.contains_key(f) {
                    c.by_filter.insert(f.into(), self.collect(name, filter));
                }
                Rc::clone(&c.by_filter[f])
            }
        }
    }

    fn collect(&self, name: &str, filter: Option<&str>) -> Items<'a> {
        Rc::new(crate::platform::collect_classified(name, filter, self.docs, &self.contents.kinds).into_iter().map(Value::Doc).collect())
    }
}

/// Run every assertion of `policy` over `unit`.
pub fn run<'a>(policy: &Policy, unit: &Unit<'_, 'a>) -> std::result::Result<Vec<Outcome<'a>>, Failure<'a>> {
    let mut ctx = Ctx::new(&policy.scope, &policy.values, &policy.file, unit);
    let mut out = Vec::new();
    match ctx.exec(policy.body.stmts(), &mut out, None) {
        Ok(()) => Ok(out),
        Err(error) => Err(Failure { error, item: ctx.item }),
    }
}

thread_local! {
    /// The string literals of the policies, each made a value once per
    /// thread: a literal is evaluated again for every element a policy
    /// checks. Keyed by the literal's place in memory and checked against
    /// its text (a place may hold another literal once a policy is freed).
    static LITERALS: RefCell<HashMap<usize, Rc<str>, foldhash::fast::RandomState>> = RefCell::default();
}

/// The value of the string literal `s` of a policy.
fn literal(s: &str) -> Rc<str> {
    /// A bound on what a long-lived process keeps.
    const MOST: usize = 1 << 16;
    LITERALS.with(|literals| {
        let mut literals = literals.borrow_mut();
        let key = s.as_ptr() as usize;
        if let Some(v) = literals.get(&key).filter(|v| ***v == *s) {
            return Rc::clone(v);
        }
        if literals.len() >= MOST {
            literals.clear();
        }
        let v: Rc<str> = Rc::from(s);
        literals.insert(key, Rc::clone(&v));
        v
    })
}

/// `path:line:column` of a place in a policy file, for evaluation errors.
fn place(file: &SourceFile, span: Span) -> String {
    let at = file.line_col(span.start as usize);
    format!("{}:{}:{}", file.path, at.line, at.column)
}

/// Evaluate one expression with some variables bound (for `attest query` and tests).
pub fn eval_with<'a>(expr: &Expr, file: &Arc<SourceFile>, unit: &[&'a Document], vars: Vec<(String, Value<'a>)>) -> Result<Value<'a>> {
    eval_in(expr, file, unit, vars, &Scope::default())
}

/// As `eval_with`, with the functions and parameters (at their defaults) of `scope`.
pub fn eval_in<'a>(
    expr: &Expr,
    file: &Arc<SourceFile>,
    unit: &[&'a Document],
    vars: Vec<(String, Value<'a>)>,
    scope: &Scope,
) -> Result<Value<'a>> {
    static NONE: ParamValues = ParamValues::new();
    let unit = Unit::new(unit);
    let mut ctx = Ctx::new(scope, &NONE, file, &unit);
    ctx.vars = vars.iter().map(|(name, v)| (name.as_str(), v.clone())).collect();
    ctx.eval(expr)
}

struct Ctx<'p, 'a> {
    scope: &'p Scope,
    values: &'p ParamValues,
    file: Arc<SourceFile>,
    unit: &'p Unit<'p, 'a>,
    vars: Vec<(&'p str, Value<'a>)>,
    /// Where the variables of the function being evaluated start in `vars`.
    frame: usize,
    current: Vec<Value<'a>>,
    steps: u64,
    depth: usize,
    /// The collection element being checked, for a failure to point at.
    item: Option<DocRef<'a>>,
    /// Labels are being made for an unknown outcome (`explaining_unknown`).
    explaining_unknown: bool,
    /// The results of user functions called with the same arguments before
    /// in this run (`Memo`).
    memo: HashMap<MemoKey, Value<'a>, foldhash::fast::FixedState>,
}

/// A call of a user function whose result this run may reuse: within one
/// policy's run over one unit, a function sees only its arguments, the
/// unit's collections and the parameters, none of which change, so a call
/// with the same arguments has the same result (and takes the same
/// branches). Only calls whose arguments are all scalars or document
/// values (by place and address) are kept; a failed call is not.
#[derive(PartialEq, Eq, Hash)]
struct MemoKey {
    function: usize,
    args: Vec<MemoArg>,
}

/// An argument of a kept call: a scalar, or a document value by the place
/// of its node (which outlives the run) and its address.
#[derive(PartialEq, Eq, Hash)]
enum MemoArg {
    Null,
    Absent,
    Bool(bool),
    Num(u64),
    Str(Rc<str>),
    Doc(usize, Option<Rc<str>>),
}

impl MemoKey {
    /// A bound on the calls one run keeps.
    const MOST: usize = 1 << 14;

    fn of(function: &crate::policy::Function, values: &[Value<'_>]) -> Option<Self> {
        let args = values
            .iter()
            .map(|v| {
                Some(match v {
                    Value::Null => MemoArg::Null,
                    Value::Absent(None) => MemoArg::Absent,
                    Value::Bool(b) => MemoArg::Bool(*b),
                    Value::Num(n) => MemoArg::Num(n.to_bits()),
                    Value::Str(s) => MemoArg::Str(Rc::clone(s)),
                    Value::Doc(d) => MemoArg::Doc(std::ptr::from_ref(d.node) as usize, d.address.clone()),
                    _ => return None,
                })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(MemoKey { function: std::ptr::from_ref(function) as usize, args })
    }
}

impl<'p, 'a> Ctx<'p, 'a> {
    fn new(scope: &'p Scope, values: &'p ParamValues, file: &Arc<SourceFile>, unit: &'p Unit<'p, 'a>) -> Self {
        Ctx {
            scope,
            values,
            file: Arc::clone(file),
            unit,
            vars: Vec::new(),
            frame: 0,
            current: Vec::new(),
            steps: 0,
            depth: 0,
            item: None,
            explaining_unknown: false,
            memo: HashMap::default(),
        }
    }

    fn tick(&mut self) -> Result<()> {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err(EvalError::Steps);
        }
        Ok(())
    }

    fn exec(&mut self, stmts: &'p [Stmt], out: &mut Vec<Outcome<'a>>, item: Option<&DocRef<'a>>) -> Result<()> {
        let depth = self.vars.len();
        for s in stmts {
            match s {
                Stmt::Let { name, value } => {
                    let v = self.eval(value)?;
                    self.vars.push((&name.name, v));
                }
                Stmt::For { var, source, filter, body, .. } => {
                    let coll = self.eval(source)?;
                    if coll.is_unknown() {
                        let text = self.file.slice(source.span).trim().to_string();
                        // The label falls on the value attest could not know, where the file has it.
                        let mut labels = Vec::new();
                        label(&coll, &text, item, &mut labels);
                        let first = out.len();
                        let message = labels
                            .iter()
                            .find_map(unknown_label)
                            .map_or_else(|| format!("cannot decide: `{text}` is not known statically"), |l| format!("cannot decide: {l}"));
                        undecided(body, &message, false, item, out);
                        for o in &mut out[first..] {
                            o.labels.clone_from(&labels);
                        }
                        continue;
                    }
                    for elem in iterate(&coll) {
                        self.tick()?;
                        // An error unwinds past pops: restore both stacks after the element.
                        let marks = (self.vars.len(), self.current.len());
                        self.vars.push((&var.name, elem.clone()));
                        // The resource a finding belongs to: the outermost element.
                        let this = match (&elem, item) {
                            (_, Some(outer)) => Some(outer.clone()),
                            (Value::Doc(d), None) => Some(d.clone()),
                            _ => None,
                        };
                        self.item.clone_from(&this);
                        let first = out.len();
                        match self.element(filter.as_ref(), body, out, this.as_ref()) {
                            Ok(()) => {}
                            // The assertions this element did not reach are undecided for it;
                            // the next elements are still checked.
                            Err(e) if e.is_local() => {
                                let reached: Vec<Span> = out[first..].iter().map(|o| o.assertion).collect();
                                let mut rest = Vec::new();
                                undecided(body, &format!("could not evaluate: {e}"), true, this.as_ref(), &mut rest);
                                out.extend(rest.into_iter().filter(|o| !reached.contains(&o.assertion)));
                            }
                            Err(e) => return Err(e),
                        }
                        self.vars.truncate(marks.0);
                        self.current.truncate(marks.1);
                    }
                }
                Stmt::Assert { cond, at, message, span } => {
                    let marks = (self.vars.len(), self.current.len());
                    let (result, message, labels, error) = match self.cond(cond) {
                        Ok(Tri::True) => (Tri::True, String::new(), Vec::new(), false),
                        Ok(Tri::False) => (Tri::False, self.render(message), self.placed(at.as_ref(), cond)?, false),
                        Ok(result) => {
                            let labels = self.explaining_unknown(|ctx| ctx.placed(at.as_ref(), cond))?;
                            (result, undecided_message(&self.render(message), &labels), labels, false)
                        }
                        Err(e) if e.is_local() => {
                            self.vars.truncate(marks.0);
                            self.current.truncate(marks.1);
                            (Tri::Unknown, format!("could not evaluate: {e}"), Vec::new(), true)
                        }
                        Err(e) => return Err(e),
                    };
                    out.push(Outcome {
                        assertion: *span,
                        result,
                        message,
                        labels,
                        address: item.and_then(|i| i.address.clone()),
                        item: item.cloned(),
                        error,
                    });
                }
            }
        }
        self.vars.truncate(depth);
        Ok(())
    }

    /// One element of a `for`, bound as the last variable: its `where`, then
    /// its body when the element is in scope.
    fn element(&mut self, filter: Option<&'p Expr>, body: &'p [Stmt], out: &mut Vec<Outcome<'a>>, this: Option<&DocRef<'a>>) -> Result<()> {
        let applies = match filter {
            Some(f) => self.branch(f)?,
            None => Tri::True,
        };
        if applies != Tri::False {
            let first = out.len();
            self.exec(body, out, this)?;
            // When it is unknown whether the element is in scope, a
            // failure inside is only unknown, and says so.
            if applies == Tri::Unknown && out[first..].iter().any(|o| o.result == Tri::False) {
                // Why: the value of the filter attest could not know, also
                // labelled where it is.
                let why = filter.map(|f| self.explaining_unknown(|ctx| ctx.explain(f)).unwrap_or_default()).unwrap_or_default();
                let why: Vec<Blame<'a>> = why.into_iter().filter(|l| unknown_label(l).is_some()).collect();
                for o in out[first..].iter_mut().filter(|o| o.result == Tri::False) {
                    o.result = Tri::Unknown;
                    o.message = match why.first().and_then(unknown_label) {
                        Some(reason) => {
                            format!("cannot decide whether {}, as whether the policy applies to it is not known: {reason}", o.message)
                        }
                        None => format!("cannot decide whether {}, as whether the policy applies to it is not known statically", o.message),
                    };
                    o.labels.extend(why.iter().cloned());
                }
            }
        }
        Ok(())
    }

    fn render(&mut self, template: &'p Template) -> String {
        let mut out = String::new();
        for part in &template.parts {
            match part {
                TemplatePart::Text(t) => out.push_str(t),
                TemplatePart::Hole(e) => match self.eval(e) {
                    Ok(v) => out.push_str(&v.display()),
                    Err(_) => out.push_str("(error)"),
                },
            }
        }
        out
    }

    pub(crate) fn cond(&mut self, e: &'p Expr) -> Result<Tri> {
        Ok(Tri::of(&self.eval(e)?))
    }

    /// A condition that is a branch (an operand of `and`/`or`, a filter):
    /// its outcome is recorded for test coverage.
    fn branch(&mut self, e: &'p Expr) -> Result<Tri> {
        let t = self.cond(e)?;
        branches::record(&self.file, e.span, t);
        Ok(t)
    }

    /// The value of `e`. Policies nest expressions and functions (up to
    /// `MAX_CALL_DEPTH` calls deep), each level a few frames of this
    /// recursion, which in a debug build can outgrow a worker thread's
    /// stack: the stack grows on the heap when little of it is left.
    fn eval(&mut self, e: &'p Expr) -> Result<Value<'a>> {
        stacker::maybe_grow(STACK_RED_ZONE, STACK_SEGMENT, || self.eval_here(e))
    }

    fn eval_here(&mut self, e: &'p Expr) -> Result<Value<'a>> {
        self.tick()?;
        Ok(match &e.kind {
            ExprKind::Null => Value::Null,
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::Number(n) => Value::Num(*n),
            ExprKind::Str(s) => Value::Str(literal(s)),
            ExprKind::List(items) => {
                let items = items.iter().map(|i| self.eval(i)).collect::<Result<Vec<_>>>()?;
                Value::List(Rc::new(items), ListKind::Plain)
            }
            ExprKind::Map(entries) => {
                let mut map = crate::doc::Map::with_capacity_and_hasher(entries.len(), Default::default());
                for (key, value) in entries {
                    map.insert(key.clone(), self.eval(value)?);
                }
                Value::Map(Rc::new(map))
            }
            ExprKind::Var(name) => {
                self.vars[self.frame..].iter().rev().find(|(n, _)| n == name).map_or(Value::Absent(None), |(_, v)| v.clone())
            }
            ExprKind::Current => self.current.last().cloned().unwrap_or(Value::Absent(None)),
            ExprKind::Param(name) => self.param(&name.name),
            ExprKind::Member(base, key) => {
                let b = self.eval(base)?;
                ops::member(&b, &key.name)
            }
            ExprKind::Index(base, index) => self.index(base, index)?,
            ExprKind::Wildcard(base) => ops::wildcard(&self.eval(base)?),
            ExprKind::Filter(base, cond) => self.filter(base, cond)?,
            ExprKind::Descend(base, key) => self.descend(base, &key.name)?,
            ExprKind::Call(name, args) => self.call(&name.name, args)?,
            ExprKind::Collection(name, args) => self.collection(name, args)?,
            ExprKind::Not(inner) => (!self.cond(inner)?).value(),
            ExprKind::And(a, b) => {
                let l = self.branch(a)?;
                if l == Tri::False { Value::Bool(false) } else { l.and(self.branch(b)?).value() }
            }
            ExprKind::Or(a, b) => {
                let l = self.branch(a)?;
                if l == Tri::True { Value::Bool(true) } else { l.or(self.branch(b)?).value() }
            }
            ExprKind::Binary(op, a, b) => {
                let l = self.eval(a)?;
                let r = self.eval(b)?;
                ops::binary(*op, &l, &r)
                    .map_err(|bad| EvalError::Regex { pattern: bad.pattern, reason: bad.reason, at: place(&self.file, e.span) })?
                    .value_from(&[&l, &r])
            }
            ExprKind::Arith(op, a, b) => {
                let l = self.eval(a)?;
                let r = self.eval(b)?;
                ops::arith(*op, &l, &r).map_err(|reason| EvalError::Arith { reason, at: place(&self.file, e.span) })?
            }
            ExprKind::Exists(inner) => Value::Bool(self.eval(inner)?.exists()),
            ExprKind::Is(inner, test, polarity) => {
                let v = self.eval(inner)?;
                let t = ops::is(&v, *test);
                match polarity {
                    Polarity::Is => t.value_from(&[&v]),
                    Polarity::IsNot => (!t).value_from(&[&v]),
                }
            }
            ExprKind::Quantifier(q, var, coll, body) => self.quantifier(*q, &var.name, coll, body)?,
            ExprKind::If(c, a, b) => {
                let cv = self.eval(c)?;
                match Tri::of(&cv) {
                    Tri::True => self.eval(a)?,
                    Tri::False => self.eval(b)?,
                    Tri::Unknown if matches!(cv, Value::Unknown(_, Some(_))) => cv,
                    Tri::Unknown => Value::Unknown(Rc::from(self.file.slice(c.span).trim()), None),
                }
            }
        })
    }

    /// `params.NAME`: the value chosen for this run, else the declared default.
    fn param(&self, name: &str) -> Value<'a> {
        let chosen = self.values.get(name);
        chosen.or_else(|| self.scope.params.get(name).map(|d| &d.decl.default)).map_or(Value::Absent(None), param_value)
    }

    /// `base[index]`: an element by number, a member by string; unknown when
    /// the index is.
    fn index(&mut self, base: &'p Expr, index: &'p Expr) -> Result<Value<'a>> {
        let b = self.eval(base)?;
        let i = self.eval(index)?;
        Ok(match i.view() {
            View::Num(n) => ops::index(&b, n),
            View::Str(s) => ops::member(&b, s),
            View::Unknown => i.clone(),
            _ => Value::Absent(None),
        })
    }

    /// `base[? cond]`: the elements of `base` for which `cond` holds, with `@`
    /// (and a bare `.key`) bound to each, as a projection.
    /// `base[? cond]`. An element whose condition is unknown may or may not
    /// belong: when no element is known to belong, whether the result is empty
    /// is not known either, and it is the unknown condition (never a silent
    /// empty list); when some are, they are the result.
    fn filter(&mut self, base: &'p Expr, cond: &'p Expr) -> Result<Value<'a>> {
        let b = ops::filter_candidates(&self.eval(base)?);
        Ok(match &b {
            Value::List(items, _) => {
                let mut kept = Vec::new();
                let mut undecided = None;
                for item in items.iter() {
                    self.current.push(item.clone());
                    let keep = self.eval(cond);
                    self.current.pop();
                    let keep = keep?;
                    branches::record(&self.file, cond.span, Tri::of(&keep));
                    match Tri::of(&keep) {
                        Tri::True => kept.push(item.clone()),
                        Tri::Unknown if undecided.is_none() => undecided = Some(keep),
                        _ => {}
                    }
                }
                // Elements the condition could not decide stand, as one
                // unknown, beside those known to belong: the result is not
                // empty, but `all`, `count` and `len` over it are unknown.
                let undecided = undecided.map(|u| match u {
                    Value::Unknown(..) => u,
                    _ => Value::Unknown(Rc::from("a filter's condition"), None),
                });
                match undecided {
                    Some(unknown) if kept.is_empty() => unknown,
                    Some(unknown) => {
                        kept.push(unknown);
                        Value::List(Rc::new(kept), ListKind::Projection)
                    }
                    None => Value::List(Rc::new(kept), ListKind::Projection),
                }
            }
            _ => b,
        })
    }

    /// `base..key`: every value under `key` at any depth, as a projection; the
    /// walk counts against the step limit.
    fn descend(&mut self, base: &'p Expr, key: &str) -> Result<Value<'a>> {
        let b = self.eval(base)?;
        let mut found = Vec::new();
        ops::descend(&b, key, &mut found, &mut self.steps, MAX_STEPS);
        if self.steps > MAX_STEPS {
            return Err(EvalError::Steps);
        }
        Ok(Value::List(Rc::new(found), ListKind::Projection))
    }

    /// A platform collection (`kubernetes.containers`, `cloudformation.resources("T")`)
    /// over the unit: the platform answers.
    fn collection(&mut self, name: &str, args: &'p [Expr]) -> Result<Value<'a>> {
        let args = args.iter().map(|a| self.eval(a)).collect::<Result<Vec<_>>>()?;
        // A filter that is not a string (an unknown parameter, say) selects nothing.
        let filter = match args.first().map(Value::view) {
            None => None,
            Some(View::Str(s)) => Some(s),
            Some(_) => return Ok(Value::List(Rc::new(Vec::new()), ListKind::Plain)),
        };
        Ok(Value::List(self.unit.items(name, filter), ListKind::Plain))
    }

    /// `all`, `any`, `none` or `count` of `var` in `coll` for `body`: Kleene
    /// logic over the elements, stopping at the first that decides; unknown over
    /// an unknown collection.
    fn quantifier(&mut self, q: Quant, var: &'p str, coll: &'p Expr, body: &'p Expr) -> Result<Value<'a>> {
        let c = self.eval(coll)?;
        if c.is_unknown() {
            return Ok(c);
        }
        let mut acc = match q {
            Quant::All => Tri::True,
            Quant::Any | Quant::None | Quant::Count => Tri::False,
        };
        let mut count = 0u64;
        let mut unknown = c.has_unknown_count();
        for elem in iterate(&c) {
            self.vars.push((var, elem));
            let t = self.cond(body);
            self.vars.pop();
            let t = t?;
            match q {
                Quant::All => acc = acc.and(t),
                Quant::Any | Quant::None => acc = acc.or(t),
                Quant::Count => {
                    count += u64::from(t == Tri::True);
                    unknown |= t == Tri::Unknown;
                }
            }
            if matches!(q, Quant::All) && acc == Tri::False || matches!(q, Quant::Any | Quant::None) && acc == Tri::True {
                break;
            }
        }
        Ok(match q {
            Quant::All | Quant::Any => acc.value(),
            Quant::None => (!acc).value(),
            Quant::Count if unknown => Value::Unknown(Rc::from("count over unknown values"), None),
            Quant::Count => Value::Num(count as f64),
        })
    }

    fn call(&mut self, name: &str, args: &'p [Expr]) -> Result<Value<'a>> {
        if name == "address" {
            let v = match args.first() {
                Some(a) => self.eval(a)?,
                None => Value::Absent(None),
            };
            return Ok(match v {
                Value::Doc(DocRef { address: Some(a), .. }) => Value::Str(a),
                _ => Value::Absent(None),
            });
        }
        // `default(a, b)` reads `b` only when `a` is absent or null, so that a
        // function recursing through its fallback can end.
        if let ("default", [a, b]) = (name, args) {
            let first = self.eval(a)?;
            return if first.exists() { Ok(first) } else { self.eval(b) };
        }
        let values = args.iter().map(|a| self.eval(a)).collect::<Result<Vec<_>>>()?;
        // The workload or pod spec of a container: the platform answers.
        if let ("workload" | "pod_spec", [inner]) = (name, values.as_slice()) {
            let Value::Doc(inner) = inner else { return Ok(Value::Absent(None)) };
            return Ok(crate::platform::enclosing(inner, name).map_or(Value::Absent(None), Value::Doc));
        }
        // Back from an element of a platform's view to what holds it: its
        // document (a job's workflow, a stage's Dockerfile) and its file.
        if let ("document" | "file_name" | "file_path", [inner]) = (name, values.as_slice()) {
            let Value::Doc(d) = inner else { return Ok(Value::Absent(None)) };
            let path = &d.doc.file.path;
            return Ok(match name {
                "document" => {
                    Value::Doc(DocRef { node: &d.doc.root, doc: d.doc, address: Some(Rc::from(format!("{path}#{}", d.doc.index))) })
                }
                "file_path" => Value::Str(Rc::from(d.doc.file.relative())),
                _ => Value::Str(Rc::from(path.rsplit('/').next().unwrap_or(path))),
            });
        }
        // References between resources need the whole unit: the platform answers.
        if let ("referenced_by" | "references", [target, ty]) = (name, values.as_slice()) {
            let Some(ty) = ty.as_str_value() else { return Ok(Value::Absent(None)) };
            let items = self.unit.items(crate::platform::resources_of_type(&ty), Some(&ty));
            let candidates = items.iter().filter_map(|v| match v {
                Value::Doc(d) => Some(d),
                _ => None,
            });
            // A value attest cannot know keeps its place in the file: an
            // attribute written as a reference (`google_service_account.api.email`).
            let found = match target {
                Value::Doc(target) | Value::Unknown(_, Some(target)) if name == "referenced_by" => {
                    crate::platform::referenced_by(target, candidates)
                }
                Value::Doc(target) | Value::Unknown(_, Some(target)) => crate::platform::references(target, candidates),
                _ => Vec::new(),
            };
            self.steps += found.len() as u64 * 100;
            return Ok(Value::List(Rc::new(found.into_iter().map(Value::Doc).collect()), ListKind::Plain));
        }
        let Some(function) = self.scope.functions.get(name) else { return Ok(builtins::call(name, &values)) };
        let key = MemoKey::of(function, &values);
        if let Some(v) = key.as_ref().and_then(|k| self.memo.get(k)) {
            return Ok(v.clone());
        }
        let v = self.in_function(name, values, |ctx, body| ctx.eval(body))?.unwrap_or(Value::Absent(None));
        if let Some(key) = key.filter(|_| self.memo.len() < MemoKey::MOST) {
            self.memo.insert(key, v.clone());
        }
        Ok(v)
    }

    /// Run `f` on the body of user function `name` with its parameters bound to
    /// `values`, in the function's own frame (it sees only its parameters, and
    /// spans are in its file). `None` when `name` is not a user function.
    fn in_function<R>(
        &mut self,
        name: &str,
        values: Vec<Value<'a>>,
        f: impl FnOnce(&mut Self, &'p Expr) -> Result<R>,
    ) -> Result<Option<R>> {
        let scope: &'p Scope = self.scope;
        let Some(func) = scope.functions.get(name) else { return Ok(None) };
        if self.depth >= MAX_CALL_DEPTH {
            return Err(EvalError::CallDepth { name: name.to_string(), at: place(&func.file, func.def().name.span) });
        }
        // The function's frame: its parameters, above the caller's variables,
        // which it does not see.
        let saved_frame = std::mem::replace(&mut self.frame, self.vars.len());
        let saved_current = std::mem::take(&mut self.current);
        let saved_file = std::mem::replace(&mut self.file, Arc::clone(&func.file));
        self.vars.extend(func.def().params.iter().map(|p| p.name.as_str()).zip(values));
        branches::record(&func.file, func.def().body.span, Tri::True);
        self.depth += 1;
        let result = f(self, &func.def().body);
        self.depth -= 1;
        self.vars.truncate(self.frame);
        self.frame = saved_frame;
        self.current = saved_current;
        self.file = saved_file;
        result.map(Some)
    }

    /// Run `f` making labels for an unknown outcome: a list read whole is
    /// labelled at its first element attest could not know (`subjects`).
    fn explaining_unknown<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let outer = std::mem::replace(&mut self.explaining_unknown, true);
        let r = f(self);
        self.explaining_unknown = outer;
        r
    }

    /// The labels of an assertion that did not hold: the place `at` names
    /// first (where the finding points), then the places that decided.
    fn placed(&mut self, at: Option<&'p Expr>, cond: &'p Expr) -> Result<Vec<Blame<'a>>> {
        let mut labels = Vec::new();
        if let Some(at) = at {
            let v = self.eval(at)?;
            let item = self.item.clone();
            let written = self.file.text.get(at.span.start as usize..at.span.end as usize).unwrap_or("");
            label(&v, written, item.as_ref(), &mut labels);
            labels.truncate(1);
        }
        labels.extend(self.explain(cond)?);
        let mut seen = std::collections::HashSet::new();
        labels.retain(|l: &Blame<'a>| seen.insert((l.doc.file.path.clone(), l.span)));
        Ok(labels)
    }

    /// Why `e` did not hold: the places in the documents that decided it.
    fn explain(&mut self, e: &'p Expr) -> Result<Vec<Blame<'a>>> {
        let mut labels = Vec::new();
        self.explain_into(e, &mut labels)?;
        let mut seen = std::collections::HashSet::new();
        labels.retain(|l: &Blame<'a>| seen.insert((l.doc.file.path.clone(), l.span)));
        Ok(labels)
    }

    fn explain_into(&mut self, e: &'p Expr, out: &mut Vec<Blame<'a>>) -> Result<()> {
        // A user function is explained by its body, so that the label falls on
        // the value it read (`fw.source_ranges`), not on the whole argument
        // (`fw`); a negated call by everything its body read.
        let call = match &e.kind {
            ExprKind::Call(name, args) => Some((name, args, false)),
            ExprKind::Not(inner) => match &inner.kind {
                ExprKind::Call(name, args) => Some((name, args, true)),
                _ => None,
            },
            _ => None,
        };
        if let Some((name, args, negated)) = call
            && self.scope.functions.contains_key(name.name.as_str())
        {
            let values = args.iter().map(|a| self.eval(a)).collect::<Result<Vec<_>>>()?;
            let mut inside = Vec::new();
            self.in_function(&name.name, values, |ctx, body| {
                if negated { ctx.subjects(body, &mut inside) } else { ctx.explain_into(body, &mut inside) }
            })?;
            return self.prefer_inside(args, inside, out);
        }
        match &e.kind {
            ExprKind::And(a, b) => {
                if self.cond(a)? != Tri::True {
                    self.explain_into(a, out)
                } else {
                    self.explain_into(b, out)
                }
            }
            // The branch taken decided; with an unknown condition, the condition.
            ExprKind::If(c, a, b) => match self.cond(c)? {
                Tri::True => self.explain_into(a, out),
                Tri::False => self.explain_into(b, out),
                Tri::Unknown => self.subjects(c, out),
            },
            ExprKind::Or(a, b) => {
                self.explain_into(a, out)?;
                self.explain_into(b, out)
            }
            ExprKind::Quantifier(q @ (Quant::All | Quant::None), var, coll, body) => {
                let c = self.eval(coll)?;
                let wanted = if *q == Quant::All { Tri::True } else { Tri::False };
                for elem in iterate(&c) {
                    self.vars.push((&var.name, elem));
                    let t = self.cond(body);
                    let found = match t {
                        Ok(t) if t != wanted => {
                            let r = if *q == Quant::All { self.explain_into(body, out) } else { self.subjects(body, out) };
                            Some(r)
                        }
                        Ok(_) => None,
                        Err(err) => Some(Err(err)),
                    };
                    self.vars.pop();
                    if let Some(r) = found {
                        return r;
                    }
                }
                self.subjects(coll, out)
            }
            _ => self.subjects(e, out),
        }
    }

    /// The labels a function's body gave, when they are more precise than its
    /// arguments (values read inside them, as `fw.source_ranges` is inside
    /// `fw`); else the arguments, which the caller wrote and knows.
    fn prefer_inside(&mut self, args: &'p [Expr], inside: Vec<Blame<'a>>, out: &mut Vec<Blame<'a>>) -> Result<()> {
        let mut outside = Vec::new();
        args.iter().try_for_each(|a| self.subjects(a, &mut outside))?;
        let same = |a: &Blame<'a>, b: &Blame<'a>| std::ptr::eq(a.doc, b.doc) && a.span == b.span;
        let finer: Vec<Blame<'a>> = inside.into_iter().filter(|i| !outside.iter().any(|o| same(i, o))).collect();
        out.extend(if finer.is_empty() { outside } else { finer });
        Ok(())
    }

    /// Label every document value an expression reads.
    fn subjects(&mut self, e: &'p Expr, out: &mut Vec<Blame<'a>>) -> Result<()> {
        if is_path(e) {
            let v = self.eval(e)?;
            let text = self.file.slice(e.span).trim().to_string();
            match unknown_element(&v).filter(|_| self.explaining_unknown) {
                Some((i, element)) => label(&element, &format!("{text}[{i}]"), self.item.as_ref(), out),
                None => label(&v, &text, self.item.as_ref(), out),
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::Not(a) | ExprKind::Exists(a) | ExprKind::Is(a, _, _) => self.subjects(a, out),
            ExprKind::If(c, a, b) => {
                let taken = if self.cond(c)? == Tri::True { a } else { b };
                self.subjects(c, out)?;
                self.subjects(taken, out)
            }
            // The right side of `and` and `or` only when it was evaluated: a
            // left side that decided alone is all that was read (and the right
            // side may only make sense when it did not: `v is list and any e in
            // v { f(e) }` in a function that recurses).
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let decided = if matches!(e.kind, ExprKind::And(..)) { Tri::False } else { Tri::True };
                self.subjects(a, out)?;
                if self.cond(a)? == decided { Ok(()) } else { self.subjects(b, out) }
            }
            ExprKind::Binary(_, a, b) | ExprKind::Arith(_, a, b) => {
                self.subjects(a, out)?;
                self.subjects(b, out)
            }
            ExprKind::Call(name, args) if self.scope.functions.contains_key(name.name.as_str()) => {
                let values = args.iter().map(|a| self.eval(a)).collect::<Result<Vec<_>>>()?;
                let mut inside = Vec::new();
                self.in_function(&name.name, values, |ctx, body| ctx.subjects(body, &mut inside))?;
                self.prefer_inside(args, inside, out)
            }
            ExprKind::Call(_, args) => args.iter().try_for_each(|a| self.subjects(a, out)),
            // The elements that made a `count`, `any` or `none` come out as it
            // did: those for which its condition holds, else those for which
            // it is not known (what made it unknown).
            ExprKind::Quantifier(_, var, coll, body) => {
                let c = self.eval(coll)?;
                let before = out.len();
                for wanted in [Tri::True, Tri::Unknown] {
                    for elem in iterate(&c) {
                        self.vars.push((&var.name, elem));
                        let t = self.cond(body);
                        let r = match t {
                            Ok(t) if t == wanted => self.subjects(body, out),
                            Ok(_) => Ok(()),
                            Err(e) => Err(e),
                        };
                        self.vars.pop();
                        r?;
                        if out.len() >= before + 3 {
                            break;
                        }
                    }
                    // What left it unknown: the values not known, where they
                    // are in the resource being checked (another resource's
                    // value, a rule naming its repository from a variable,
                    // would move the finding there).
                    if wanted == Tri::Unknown {
                        let inside = |l: &Blame<'a>| {
                            self.item.as_ref().is_none_or(|item| {
                                std::ptr::eq(l.doc, item.doc) && item.node.span.start <= l.span.start && l.span.end <= item.node.span.end
                            })
                        };
                        let added = out.split_off(before);
                        out.extend(added.into_iter().filter(|l| unknown_label(l).is_some() && inside(l)));
                    }
                    if out.len() > before {
                        break;
                    }
                }
                if out.len() == before {
                    self.subjects(coll, out)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// The first element of a document list that attest could not know, with
/// its index: what leaves a test of the whole list unknown.
fn unknown_element<'a>(v: &Value<'a>) -> Option<(usize, Value<'a>)> {
    let Value::Doc(d) = v else { return None };
    let crate::doc::Value::List(items) = &d.node.value else { return None };
    items.iter().enumerate().find_map(|(i, node)| match &node.value {
        crate::doc::Value::Unknown(written) => {
            Some((i, Value::Unknown(Rc::from(written.as_str()), Some(DocRef { node, doc: d.doc, address: None }))))
        }
        _ => None,
    })
}

/// A chain of navigation from a variable, `@` or a collection.
fn is_path(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Var(_) | ExprKind::Current => true,
        ExprKind::Member(b, _) | ExprKind::Index(b, _) | ExprKind::Wildcard(b) | ExprKind::Filter(b, _) | ExprKind::Descend(b, _) => {
            is_path(b)
        }
        _ => false,
    }
}

/// Label a value the policy read as `text`. The label names the value as the
/// user wrote it: its attribute path below the resource being checked
/// (`securityContext.privileged`), or below its document, rather than the
/// policy's own expression (`c.securityContext.privileged`), which names
/// variables the user never wrote.
fn label<'a>(v: &Value<'a>, text: &str, item: Option<&DocRef<'a>>, out: &mut Vec<Blame<'a>>) {
    match v {
        Value::Doc(d) => {
            let node = d.node;
            let scalar = !matches!(node.value, crate::doc::Value::List(_) | crate::doc::Value::Map(_));
            let text = user_path(d.doc, node, item).unwrap_or_else(|| text.to_string());
            let (span, text) = if scalar {
                (node.span, format!("`{text}` is {}", v.literal()))
            } else {
                (node.anchor(&d.doc.file), format!("`{text}` is here"))
            };
            out.push(Blame { doc: d.doc, span, text });
        }
        Value::Absent(Some(m)) => {
            // Below the resource itself, the missing path alone.
            let at_item = item.is_some_and(|i| std::ptr::eq(i.node, m.node));
            let path = match user_path(m.doc, m.node, item) {
                Some(above) if !at_item => format!("{above}.{}", m.path),
                _ => m.path.to_string(),
            };
            // Left out by resolving (`AWS::NoValue`): where it is written.
            let first = m.path.split(['.', '[']).next().unwrap_or(&m.path);
            match m.doc.left_out.iter().find(|l| l.parent == m.node.span && l.key == first) {
                Some(l) => out.push(Blame { doc: m.doc, span: l.at, text: format!("`{path}` is left out here (`AWS::NoValue`)") }),
                None => out.push(Blame { doc: m.doc, span: m.node.anchor(&m.doc.file), text: format!("`{path}` is missing") }),
            }
        }
        Value::Unknown(t, Some(d)) => {
            // The expression written at the place, or a part of it the policy
            // reached (`var.policy.Statement`), not what a function of the
            // policy made of it; a long one (a heredoc, say) by its first line.
            let t = match &d.node.value {
                crate::doc::Value::Unknown(written) if !t.starts_with(written.as_str()) => written.as_str(),
                _ => t,
            };
            // Its first line with words: a parenthesised expression that
            // spans lines begins with a line of `(` alone.
            let first = t.lines().map(str::trim).find(|l| !l.is_empty() && *l != "(").unwrap_or("");
            let first: String = first.chars().take(60).collect();
            let shown = if first.len() < t.len() { format!("{first}…") } else { first };
            out.push(Blame {
                doc: d.doc,
                span: d.doc.file.first_line(d.node.span),
                text: format!("`{}` {NOT_KNOWN}: {shown}", user_path(d.doc, d.node, item).unwrap_or_else(|| text.to_string())),
            })
        }
        Value::List(items, ListKind::Projection) => {
            for element in items.iter().take(3) {
                label(element, text, item, out);
            }
        }
        _ => {}
    }
}

/// The attribute path of `node` as the user wrote it: below the resource being
/// checked when it is inside it, else below its document's root; the
/// resource's address when it is the resource; `None` for a document's root or
/// a value that is no document's.
fn user_path(doc: &Document, node: &crate::doc::Node, item: Option<&DocRef<'_>>) -> Option<String> {
    let item = item.filter(|i| std::ptr::eq(i.doc, doc));
    if let Some(i) = item.filter(|i| std::ptr::eq(i.node, node)) {
        return i.address.as_deref().map(str::to_string);
    }
    let below_item = item.and_then(|i| path_to(i.node, node));
    below_item.or_else(|| path_to(&doc.root, node)).filter(|p| !p.is_empty())
}

/// The path from `root` down to `target` (compared by identity): `a.b[0].c`.
fn path_to(root: &crate::doc::Node, target: &crate::doc::Node) -> Option<String> {
    use crate::doc::Value as V;
    if std::ptr::eq(root, target) {
        return Some(String::new());
    }
    let join = |head: String, rest: String| match (head.is_empty(), rest.starts_with('[') || rest.is_empty()) {
        (_, true) => format!("{head}{rest}"),
        (true, false) => rest,
        (false, false) => format!("{head}.{rest}"),
    };
    match &root.value {
        V::Map(m) => m.iter().find_map(|(k, v)| {
            // A key that is not a name (`min-version`, `app.kubernetes.io/name`)
            // is written as the policy language writes it: `["…"]`.
            let name = k.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            let key = if name { k.clone() } else { format!("[{k:?}]") };
            path_to(v, target).map(|rest| join(key, rest))
        }),
        V::List(items) => items.iter().enumerate().find_map(|(i, v)| path_to(v, target).map(|rest| join(format!("[{i}]"), rest))),
        _ => None,
    }
}

/// The elements a `for` or quantifier ranges over: absent and null give none, a
/// scalar gives itself.
fn iterate<'a>(v: &Value<'a>) -> Vec<Value<'a>> {
    match v.view() {
        View::Absent | View::Null | View::Unknown => Vec::new(),
        View::List | View::Map => v.elements().unwrap_or_default(),
        _ => vec![v.clone()],
    }
}

/// The message of an assertion attest could not decide: it says so, and what
/// it could not know, and never states the violation as a fact.
fn undecided_message(message: &str, labels: &[Blame<'_>]) -> String {
    match labels.iter().find_map(unknown_label) {
        Some(why) => format!("cannot decide whether {message}: {why}"),
        None => format!("cannot decide whether {message}"),
    }
}

/// The text of a label on a value attest could not know.
fn unknown_label<'l>(l: &'l Blame<'_>) -> Option<&'l str> {
    l.text.contains(NOT_KNOWN).then_some(l.text.as_str())
}

/// How a label says a value is unknown (see `label`).
const NOT_KNOWN: &str = "is not known statically";

/// An unknown outcome, with `message`, for every assertion in `stmts`: what
/// could not be decided for `item`, because of an error or not.
fn undecided<'a>(stmts: &[Stmt], message: &str, error: bool, item: Option<&DocRef<'a>>, out: &mut Vec<Outcome<'a>>) {
    for s in stmts {
        match s {
            Stmt::Assert { span, .. } => out.push(Outcome {
                assertion: *span,
                result: Tri::Unknown,
                message: message.to_string(),
                labels: Vec::new(),
                address: item.and_then(|i| i.address.clone()),
                item: item.cloned(),
                error,
            }),
            Stmt::For { body, .. } => undecided(body, message, error, item, out),
            Stmt::Let { .. } => {}
        }
    }
}
