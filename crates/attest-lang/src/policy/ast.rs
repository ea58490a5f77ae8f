//! The spanned syntax tree of a policy file. Spans point into the policy file.

use crate::source::Span;

/// A parsed policy file.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct File {
    pub imports: Vec<Import>,
    pub params: Vec<Param>,
    pub functions: Vec<Function>,
    pub policies: Vec<Policy>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Import {
    pub path: String,
    pub span: Span,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// `param NAME = DEFAULT "description"`: a value users may set in `attest.toml`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Param {
    pub name: Ident,
    #[serde(with = "crate::policy::params::stored")]
    pub default: crate::policy::params::ParamValue,
    pub default_span: Span,
    pub description: String,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Function {
    pub name: Ident,
    pub params: Vec<Ident>,
    pub body: Expr,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Policy {
    pub id: Ident,
    pub span: Span,
    pub meta: Vec<Meta>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub key: Ident,
    pub values: Vec<MetaValue>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct MetaValue {
    pub text: String,
    pub quoted: bool,
    pub span: Span,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum Stmt {
    For {
        var: Ident,
        source: Expr,
        filter: Option<Expr>,
        body: Vec<Stmt>,
        span: Span,
    },
    Let {
        name: Ident,
        value: Expr,
    },
    /// `assert COND [at PLACE] else "MESSAGE"`.
    Assert {
        cond: Expr,
        at: Option<Expr>,
        message: Template,
        span: Span,
    },
}

impl Default for Expr {
    fn default() -> Self {
        Expr { kind: ExprKind::Null, span: Span::default() }
    }
}

/// A collection a policy ranges over, with its argument when the policy
/// writes it (`terraform.resources("aws_s3_bucket")`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Ranged {
    pub collection: String,
    pub filter: Option<String>,
}

/// The collections the statements of a policy range over, when every one of
/// them is a `for` over a collection: with none of those holding anything,
/// the policy has nothing to say. `None` otherwise.
pub fn top_collections(body: &[Stmt]) -> Option<Vec<Ranged>> {
    let mut out: Vec<Ranged> = Vec::new();
    for s in body {
        let Stmt::For { source, .. } = s else { return None };
        out.push(source.ranged()?);
    }
    out.sort();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

impl Expr {
    /// The collection an expression starts from (`kubernetes.containers` for
    /// `kubernetes.containers[*].ports`), with its argument when it is a
    /// literal.
    pub fn ranged(&self) -> Option<Ranged> {
        match &self.kind {
            ExprKind::Collection(name, args) => {
                let filter = match args.as_slice() {
                    [Expr { kind: ExprKind::Str(s), .. }] => Some(s.clone()),
                    _ => None,
                };
                Some(Ranged { collection: name.clone(), filter })
            }
            ExprKind::Member(b, _) | ExprKind::Wildcard(b) | ExprKind::Filter(b, _) | ExprKind::Index(b, _) | ExprKind::Descend(b, _) => {
                b.ranged()
            }
            _ => None,
        }
    }
}

/// A message with `{expr}` holes.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Template {
    pub parts: Vec<TemplatePart>,
    pub span: Span,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum TemplatePart {
    Text(String),
    Hole(Expr),
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Quant {
    All,
    Any,
    None,
    Count,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BinOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Matches,
    Contains,
    StartsWith,
    EndsWith,
}

/// An arithmetic operator: numbers in, a number out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

impl ArithOp {
    pub fn symbol(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
            ArithOp::Rem => "%",
        }
    }

    pub fn parse(s: &str) -> Option<ArithOp> {
        [ArithOp::Add, ArithOp::Sub, ArithOp::Mul, ArithOp::Div, ArithOp::Rem].into_iter().find(|o| o.symbol() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TypeTest {
    Absent,
    Empty,
    Null,
    String,
    Number,
    Integer,
    Bool,
    List,
    Map,
    Unknown,
}

/// Whether a type test is asserted or denied: `x is list` or `x is not list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Polarity {
    Is,
    IsNot,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub enum ExprKind {
    Null,
    Bool(bool),
    Number(f64),
    Str(String),
    List(Vec<Expr>),
    /// `{"key": value, name: value}`: keys in the order written, the last of a repeated key wins.
    Map(Vec<(String, Expr)>),
    /// A name: a variable, or the root of a collection such as `kubernetes`.
    Var(String),
    /// `@`, or the implicit subject of `.x` inside a filter.
    Current,
    Member(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    Wildcard(Box<Expr>),
    Filter(Box<Expr>, Box<Expr>),
    Descend(Box<Expr>, Ident),
    /// A call of a built-in or user function; `x.f(y)` arrives here as `f(x, y)`.
    Call(Ident, Vec<Expr>),
    /// A platform collection such as `kubernetes.containers`, resolved by the checker.
    Collection(String, Vec<Expr>),
    /// `params.NAME`: a parameter's value, from `attest.toml` or its default.
    Param(Ident),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a + b`, `a * b`, ...: numbers only.
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    Exists(Box<Expr>),
    Is(Box<Expr>, TypeTest, Polarity),
    Quantifier(Quant, Ident, Box<Expr>, Box<Expr>),
    /// `if C then A else B`.
    If(Box<Expr>, Box<Expr>, Box<Expr>),
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::In => "in",
            BinOp::NotIn => "not in",
            BinOp::Matches => "matches",
            BinOp::Contains => "contains",
            BinOp::StartsWith => "starts_with",
            BinOp::EndsWith => "ends_with",
        }
    }
}

impl Expr {
    /// The expressions directly inside this one.
    pub fn children(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::Str(_)
            | ExprKind::Var(_)
            | ExprKind::Current
            | ExprKind::Param(_) => Vec::new(),
            ExprKind::List(items) | ExprKind::Call(_, items) | ExprKind::Collection(_, items) => items.iter().collect(),
            ExprKind::Map(entries) => entries.iter().map(|(_, e)| e).collect(),
            ExprKind::Member(e, _)
            | ExprKind::Wildcard(e)
            | ExprKind::Descend(e, _)
            | ExprKind::Not(e)
            | ExprKind::Exists(e)
            | ExprKind::Is(e, _, _) => vec![e],
            ExprKind::Index(a, b)
            | ExprKind::Filter(a, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b)
            | ExprKind::Binary(_, a, b)
            | ExprKind::Arith(_, a, b)
            | ExprKind::Quantifier(_, _, a, b) => vec![a, b],
            ExprKind::If(c, a, b) => vec![c, a, b],
        }
    }

    /// Visit this expression and every expression inside it, outer first and
    /// left to right. Iterative: the depth of an expression costs no stack.
    pub fn walk<'e>(&'e self, f: &mut dyn FnMut(&'e Expr)) {
        let mut stack = vec![self];
        while let Some(e) = stack.pop() {
            f(e);
            stack.extend(e.children().into_iter().rev());
        }
    }

    /// How deeply expressions nest in this one (a leaf is 1), without recursion.
    pub fn depth(&self) -> usize {
        let mut deepest = 0;
        let mut stack = vec![(self, 1)];
        while let Some((e, d)) = stack.pop() {
            deepest = deepest.max(d);
            stack.extend(e.children().into_iter().map(|c| (c, d + 1)));
        }
        deepest
    }
}

impl Stmt {
    /// The expressions of this statement and of the statements in its body.
    pub fn exprs(&self) -> Vec<&Expr> {
        match self {
            Stmt::For { source, filter, body, .. } => {
                std::iter::once(source).chain(filter).chain(body.iter().flat_map(Stmt::exprs)).collect()
            }
            Stmt::Let { value, .. } => vec![value],
            Stmt::Assert { cond, at, message, .. } => std::iter::once(cond)
                .chain(at)
                .chain(message.parts.iter().filter_map(|p| match p {
                    TemplatePart::Hole(e) => Some(e),
                    TemplatePart::Text(_) => None,
                }))
                .collect(),
        }
    }
}
