//! Policies: parse (`syntax`), validate (`check`), and the checked form the
//! evaluator runs.
//!
//! INVARIANT: nothing here reads documents; the checked policy is all `eval` needs.

pub mod ast;
mod check;
pub mod params;
mod shapes;
pub mod stored;
pub mod surface;
pub mod syntax;

pub use check::check_expr;

use crate::diag::Diag;
use crate::source::{SourceFile, Span};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info];

    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.name() == s)
    }
}

/// A text of a policy's metadata: borrowed from the binary for the
/// embedded pack (restoring it allocates none), owned otherwise.
pub type Text = std::borrow::Cow<'static, str>;

/// The texts, owned (for outputs that keep them).
pub fn strings(texts: &[Text]) -> Vec<String> {
    texts.iter().map(ToString::to_string).collect()
}

/// What a policy says about itself; feeds every output format and the book.
#[derive(Debug, Clone)]
pub struct Meta {
    pub id: Text,
    pub title: Text,
    pub criteria: Vec<Text>,
    pub severity: Option<Severity>,
    /// Its prose, decoded when first shown for a stored policy.
    pub texts: Lazy<Texts>,
    /// The platforms the policy ranges over (`kubernetes`, `cloudformation`, …),
    /// in the order of its `for`s: one AWS control covers CloudFormation and
    /// Terraform in one policy.
    pub platforms: Vec<Text>,
    /// Ids the policy had before (`formerly`): waivers, selections and
    /// baselines that name them still apply, with a notice.
    pub formerly: Vec<Text>,
    /// Where the policy is defined, e.g. `builtin:k8s-container-privileged.policy`.
    pub source: Text,
    /// Whether a waiver may accept its findings (`waivable false` forbids it).
    pub waivable: bool,
    /// The parameters the policy reads, directly or through functions, by name.
    pub params: Vec<params::ParamInfo>,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            id: Text::default(),
            title: Text::default(),
            criteria: Vec::new(),
            severity: None,
            texts: Lazy::default(),
            platforms: Vec::new(),
            formerly: Vec::new(),
            source: Text::default(),
            waivable: true,
            params: Vec::new(),
        }
    }
}

/// What a policy says for people: most runs show only the remediation of
/// the policies with findings.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Texts {
    pub description: String,
    pub rationale: String,
    pub remediation: String,
    pub references: Vec<String>,
}

impl Meta {
    pub fn texts(&self) -> &Texts {
        self.texts.get()
    }

    pub fn severity(&self) -> Severity {
        self.severity.unwrap_or(Severity::Medium)
    }

    /// The id, then the ids the policy had before: every name a user's
    /// waiver, selection or baseline may use for it.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(&*self.id).chain(self.formerly.iter().map(|f| &**f))
    }
}

/// A user-defined function, with the file it lives in for error spans.
#[derive(Debug)]
pub struct Function {
    def: Lazy<ast::Function>,
    pub file: Arc<SourceFile>,
}

impl Function {
    pub fn new(def: ast::Function, file: Arc<SourceFile>) -> Function {
        Function { def: Lazy::new(def), file }
    }

    /// A function the build stored (`stored`), decoded when first called.
    pub fn stored(def: Lazy<ast::Function>, file: Arc<SourceFile>) -> Function {
        Function { def, file }
    }

    pub fn def(&self) -> &ast::Function {
        self.def.get()
    }
}

/// A value in memory, or as the build stored it (the embedded pack, in
/// postcard's format), decoded when first used: a run decodes only the
/// policies and functions it runs.
#[derive(Clone, Default)]
pub struct Lazy<T> {
    value: std::sync::OnceLock<T>,
    stored: &'static [u8],
}

/// The value, decoded if need be: a stored value and the same value in
/// memory look the same.
impl<T: serde::de::DeserializeOwned + Default + std::fmt::Debug> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl<T: serde::de::DeserializeOwned + Default> Lazy<T> {
    pub fn new(value: T) -> Lazy<T> {
        Lazy { value: std::sync::OnceLock::from(value), stored: &[] }
    }

    /// What a stored pack holds: bytes borrowed from the binary stay
    /// encoded until used; bytes of its own are decoded now (`None` when
    /// they cannot be).
    pub fn stored(bytes: std::borrow::Cow<'static, [u8]>) -> Option<Lazy<T>> {
        match bytes {
            std::borrow::Cow::Borrowed(stored) => Some(Lazy { value: std::sync::OnceLock::new(), stored }),
            std::borrow::Cow::Owned(bytes) => postcard::from_bytes(&bytes).ok().map(Lazy::new),
        }
    }

    pub fn get(&self) -> &T {
        // The bytes are the build's own encoding of checked values; a test
        // decodes every one the pack stores.
        self.value.get_or_init(|| postcard::from_bytes(self.stored).unwrap_or_default())
    }
}

/// The functions and parameters a policy can use: its own file's and everything
/// imported.
#[derive(Debug, Default)]
pub struct Scope {
    pub functions: Names<Arc<Function>>,
    pub params: Names<Arc<params::Declared>>,
}

/// A table by name, with a fast hash: a run builds and reads many of them
/// (one per scope of the pack), and names are not chosen by an attacker.
pub type Names<V> = HashMap<Text, V, foldhash::fast::FixedState>;

/// A scope shared by the policies that see the same functions and
/// parameters. A stored pack's scopes are made when first read (a hundred
/// tables of fifty names each): a run reads only those of the policies that
/// have something to look at.
#[derive(Clone)]
pub struct SharedScope(Arc<ScopeCell>);

struct ScopeCell {
    scope: std::sync::OnceLock<Scope>,
    make: Option<Box<dyn Fn() -> Scope + Send + Sync>>,
}

impl SharedScope {
    pub fn new(scope: Scope) -> SharedScope {
        SharedScope(Arc::new(ScopeCell { scope: std::sync::OnceLock::from(scope), make: None }))
    }

    /// A scope `make` makes when it is first read.
    pub fn lazy(make: impl Fn() -> Scope + Send + Sync + 'static) -> SharedScope {
        SharedScope(Arc::new(ScopeCell { scope: std::sync::OnceLock::new(), make: Some(Box::new(make)) }))
    }

    /// An address that identifies the shared scope.
    pub fn id(&self) -> *const () {
        Arc::as_ptr(&self.0).cast()
    }
}

impl std::ops::Deref for SharedScope {
    type Target = Scope;

    fn deref(&self) -> &Scope {
        self.0.scope.get_or_init(|| self.0.make.as_ref().map(|make| make()).unwrap_or_default())
    }
}

impl std::fmt::Debug for SharedScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        Scope::fmt(self, f)
    }
}

/// A policy that passed every check and is ready to evaluate.
#[derive(Debug)]
pub struct Policy {
    pub meta: Arc<Meta>,
    pub body: Arc<Body>,
    pub scope: SharedScope,
    pub file: Arc<SourceFile>,
    pub span: Span,
    /// The parameter values chosen for this run; the others have their defaults.
    pub values: Arc<params::ParamValues>,
}

/// The statements of a policy: in memory, or as the build stored them (the
/// embedded pack), decoded when the policy first runs, so that a run decodes
/// only the policies that have something to look at.
#[derive(Debug, Default)]
pub struct Body {
    stmts: Lazy<Vec<ast::Stmt>>,
    /// The collections its statements range over (`ast::top_collections`),
    /// shared by the stored policies that range over the same.
    collections: Option<Arc<[ast::Ranged]>>,
}

impl Body {
    pub fn new(stmts: Vec<ast::Stmt>) -> Body {
        let collections = ast::top_collections(&stmts).map(Arc::from);
        Body { stmts: Lazy::new(stmts), collections }
    }

    /// Statements the build stored, with their collections.
    pub fn stored(stmts: Lazy<Vec<ast::Stmt>>, collections: Option<Arc<[ast::Ranged]>>) -> Body {
        Body { stmts, collections }
    }

    pub fn stmts(&self) -> &[ast::Stmt] {
        self.stmts.get()
    }

    /// The collections the statements range over, when that is all they do:
    /// with all of them empty, the policy has nothing to say.
    pub fn collections(&self) -> Option<&[ast::Ranged]> {
        self.collections.as_deref()
    }
}

impl Policy {
    /// This policy with the values chosen for the parameters it sees (those
    /// of their packs; see `params`).
    pub fn with_values(&self, chosen: &params::Chosen) -> Policy {
        let values: params::ParamValues = self
            .scope
            .params
            .iter()
            .filter_map(|(name, d)| Some((name.to_string(), chosen.get(&(d.pack.clone(), name.to_string()))?.clone())))
            .collect();
        Policy {
            meta: Arc::clone(&self.meta),
            body: Arc::clone(&self.body),
            scope: self.scope.clone(),
            file: Arc::clone(&self.file),
            span: self.span,
            values: Arc::new(values),
        }
    }

    /// The value of parameter `name`: chosen, else its default.
    pub fn param(&self, name: &str) -> Option<&params::ParamValue> {
        self.values.get(name).or_else(|| self.scope.params.get(name).map(|d| &d.decl.default))
    }
}

/// Where policy text comes from: the embedded pack or the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Builtin,
    Disk,
}

/// How large a policy's regular expression may grow, compiled and in its
/// lazy DFA's cache.
const REGEX_SIZE: usize = 1 << 20;

/// A regular expression of a policy (a literal checked when the policy loads,
/// or a parameter's value when it runs), with its size bounded.
pub fn compile_regex(pattern: &str) -> Result<regex::Regex, BadRegex> {
    regex::RegexBuilder::new(pattern).size_limit(REGEX_SIZE).dfa_size_limit(REGEX_SIZE).build().map_err(|e| BadRegex::of(&e))
}

/// A compiled expression to match with (`compile_matcher`).
pub type Matcher = regex_automata::meta::Regex;

/// The same expression, to match with when policies run: built without the
/// literal prefilter `regex` adds, which takes longer to build than it saves
/// on the short texts policies match (a name, a setting; half the build time
/// of the pack's secret-name pattern, built on every thread of every run).
pub fn compile_matcher(pattern: &str) -> Result<Matcher, BadRegex> {
    use regex_automata::meta;
    let config = meta::Config::new().auto_prefilter(false).nfa_size_limit(Some(REGEX_SIZE)).hybrid_cache_capacity(REGEX_SIZE);
    meta::Regex::builder().configure(config).build(pattern).map_err(|e| match (e.syntax_error(), e.size_limit()) {
        (Some(syntax), _) => BadRegex::of(syntax),
        (None, Some(limit)) => BadRegex { reason: format!("compiled regex exceeds size limit of {limit} bytes") },
        (None, None) => BadRegex::of(&e),
    })
}

/// Why a pattern is not a regular expression: regex's own last line, which
/// names the problem (`unclosed group`).
#[derive(Debug, thiserror::Error)]
#[error("{reason}")]
pub struct BadRegex {
    pub reason: String,
}

impl BadRegex {
    fn of(e: &dyn std::fmt::Display) -> BadRegex {
        let text = e.to_string();
        BadRegex { reason: text.lines().last().unwrap_or("invalid pattern").trim_start_matches("error: ").to_string() }
    }
}

/// Why a policy path given by the user could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum PolicyPathError {
    #[error("policy path `{0}` does not exist")]
    Missing(String),
    #[error("cannot read policy file `{path}`: {source}")]
    Read { path: String, source: std::io::Error },
}

/// Policy files to load, resolved imports included.
pub struct Loader {
    files: BTreeMap<String, (Origin, Arc<SourceFile>)>,
    /// Syntax trees parsed before the run (the embedded pack's, by the build).
    parsed: HashMap<String, ast::File>,
    roots: Vec<String>,
    errors: Vec<Diag>,
    /// The folder policy paths are shown relative to.
    root: PathBuf,
    /// The folders of the packs added from disk, as shown: imports stay inside them.
    packs: Vec<String>,
    /// The embedded pack's files (path below `policies/`, text), which
    /// `import "builtin:…"` may name.
    library: &'static [(&'static str, &'static str)],
    /// Policies checked before (the embedded pack, by the build).
    checked: Vec<Arc<Policy>>,
}

impl Default for Loader {
    fn default() -> Self {
        Loader::new()
    }
}

impl Loader {
    pub fn new() -> Loader {
        Loader {
            files: BTreeMap::new(),
            parsed: HashMap::new(),
            roots: Vec::new(),
            errors: Vec::new(),
            root: PathBuf::new(),
            packs: Vec::new(),
            library: &[],
            checked: Vec::new(),
        }
    }

    /// Let policies import the files of the embedded pack (`builtin:…`).
    pub fn with_library(mut self, library: &'static [(&'static str, &'static str)]) -> Loader {
        self.library = library;
        self
    }

    /// Show the paths of policy files relative to `root` (where attest runs).
    pub fn relative_to(mut self, root: &Path) -> Loader {
        self.root = root.to_path_buf();
        self
    }

    /// Add a file of the embedded pack (`path` below `policies/`), with its
    /// syntax tree when the build parsed it without error (it is parsed here
    /// otherwise). A library file (below `lib/`) is read only when imported.
    pub fn add_builtin(&mut self, path: &str, text: &str, parsed: Option<ast::File>) {
        let key = format!("builtin:{path}");
        if !path.starts_with("lib/") {
            self.roots.push(key.clone());
        }
        if let Some(ast) = parsed {
            self.parsed.insert(key.clone(), ast);
        }
        self.files.insert(key.clone(), (Origin::Builtin, SourceFile::new(key, text)));
    }

    /// Add policies checked before: the embedded pack as the build checked
    /// it (`stored`), so that a run does not check it again.
    pub fn add_checked(&mut self, policies: Vec<Arc<Policy>>) {
        self.checked.extend(policies);
    }

    /// Add a policy file, or every `*.policy` file below a folder (except `lib/`
    /// folders, which hold libraries for `import`).
    pub fn add_path(&mut self, path: &Path) -> Result<(), PolicyPathError> {
        let pack = if path.is_dir() { path } else { path.parent().unwrap_or(Path::new("")) };
        self.packs.push(crate::source::display_path(pack, &self.root));
        if path.is_dir() {
            let mut found: Vec<PathBuf> = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| !(e.file_type().is_dir() && e.file_name() == "lib" && e.depth() > 0))
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "policy"))
                .map(|e| e.into_path())
                .collect();
            found.sort();
            for p in found {
                self.add_disk_file(&p)?;
            }
            Ok(())
        } else if path.is_file() {
            self.add_disk_file(path)
        } else {
            Err(PolicyPathError::Missing(path.display().to_string()))
        }
    }

    fn add_disk_file(&mut self, path: &Path) -> Result<(), PolicyPathError> {
        let key = crate::source::display_path(path, &self.root);
        let text = std::fs::read_to_string(path).map_err(|source| PolicyPathError::Read { path: key.clone(), source })?;
        self.roots.push(key.clone());
        self.files.insert(key.clone(), (Origin::Disk, SourceFile::new(key, text)));
        Ok(())
    }

    /// Add a policy from text (tests, the book).
    pub fn add_text(&mut self, name: &str, text: &str) {
        let folder = Path::new(name).parent().unwrap_or(Path::new(""));
        self.packs.push(crate::source::display_path(folder, Path::new("")));
        self.roots.push(name.to_string());
        self.files.insert(name.to_string(), (Origin::Disk, SourceFile::new(name, text)));
    }

    /// Parse and check everything added. Returns the policies that are sound and
    /// every error found in any file.
    pub fn finish(self) -> (Vec<Arc<Policy>>, Vec<Diag>) {
        let packs = check::Packs { root: self.root, dirs: self.packs, library: self.library };
        check::check_all(self.files, self.parsed, self.roots, self.errors, &packs, self.checked)
    }
}

impl Loader {
    /// Parse everything added and give the functions and parameters the
    /// files define or import (`attest query -p`), with every error found.
    pub fn finish_scope(self) -> (Scope, Vec<Diag>) {
        let packs = check::Packs { root: self.root, dirs: self.packs, library: self.library };
        check::scope_of_all(self.files, self.parsed, self.roots, self.errors, &packs)
    }
}

/// Resolve `import "rel"` written in `from` to the key of the imported file.
fn resolve_import(from: &str, rel: &str) -> String {
    let (prefix, path) = match from.strip_prefix("builtin:") {
        Some(p) => ("builtin:", p),
        None => ("", from),
    };
    let dir = Path::new(path).parent().unwrap_or(Path::new(""));
    let mut parts: Vec<String> = Vec::new();
    for c in dir.join(rel).components() {
        match c {
            std::path::Component::ParentDir => {
                if parts.last().is_some_and(|p| p != "..") {
                    parts.pop();
                } else {
                    parts.push("..".into());
                }
            }
            std::path::Component::CurDir => {}
            // Joined with `/`, an empty first part gives the leading `/`.
            std::path::Component::RootDir => parts.push(String::new()),
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    format!("{prefix}{}", parts.join("/"))
}
