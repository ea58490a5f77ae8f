//! Reading the files of a run: in parallel, each to its documents or the
//! reason it has none, plus the rest of the unit of a file named alone.

use super::Progress;
use crate::discover::{Input, Role};
use crate::doc::Syntax;
use crate::load::{self, Limits, LoadError};
use crate::platform::UnitPlaces;
use crate::source::SourceFile;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A file after loading: its documents, or why it has none.
#[derive(Debug)]
pub struct Loaded {
    pub file: Arc<SourceFile>,
    pub syntax: Option<Syntax>,
    pub docs: Vec<crate::doc::Document>,
    pub error: Option<LoadError>,
    /// The file could not be read as text (unreadable, too large, binary,
    /// not UTF-8): `file.text` is empty, and says nothing of what it is.
    pub unread: bool,
    /// Problems that do not stop the check (keys given twice, CODEOWNERS lines
    /// GitHub skips): reported, and the rest of the file is checked.
    pub problems: Vec<crate::load::Problem>,
    /// Why the file was read (context files report nothing).
    pub role: Role,
    /// The modules the file's Terraform module calls, evaluated with the
    /// calls' arguments (`platform::Resolved::modules`): part of its unit.
    pub modules: Vec<crate::doc::Document>,
    /// Bounds of static evaluation reached in the file, charts and
    /// kustomizations not rendered (warnings).
    pub notices: Vec<crate::diag::Diag>,
    /// Set on what a renderer printed (`render`): not a file of its own, its
    /// findings are reported in the files that made it.
    pub origin: Option<Arc<super::render::Origin>>,
    /// A file a renderer read: its documents are checked as rendered, so it
    /// has none here, and findings of the rendering may be reported in it.
    pub consumed: bool,
    /// The unit it is evaluated in, when not `platform::unit_of` its
    /// documents: the files of a kustomization that was not built are one.
    pub unit: Option<String>,
}

/// What a report lists about each file: enough to tie it to its inputs.
#[derive(Debug, Clone)]
pub struct FileRecord {
    /// As shown.
    pub path: String,
    pub syntax: Option<Syntax>,
    /// The platforms of its documents (`platform::classify`), sorted, no repeats.
    pub platforms: Vec<crate::platform::Kind>,
    pub documents: usize,
    /// Why it was not checked, when it was not.
    pub error: Option<String>,
    /// The size of its text, and the SHA-256 digest of the whole content when
    /// it was read (not so for a file too large, binary or unreadable): the
    /// record keeps no text, so that a run does not hold every file it read.
    pub bytes: usize,
    pub sha256: Option<[u8; 32]>,
}

impl Loaded {
    fn new(file: Arc<SourceFile>, syntax: Option<Syntax>, role: Role) -> Loaded {
        Loaded {
            file,
            syntax,
            docs: Vec::new(),
            unread: false,
            error: None,
            problems: Vec::new(),
            role,
            modules: Vec::new(),
            notices: Vec::new(),
            origin: None,
            consumed: false,
            unit: None,
        }
    }

    pub fn record(&self) -> FileRecord {
        let mut platforms: Vec<crate::platform::Kind> = self.docs.iter().map(crate::platform::classify).collect();
        platforms.sort();
        platforms.dedup();
        let read = !self.unread;
        FileRecord {
            path: self.file.path.clone(),
            syntax: self.syntax,
            platforms,
            documents: self.docs.len(),
            error: self.error.as_ref().map(|e| e.message.clone()),
            bytes: self.file.text.len(),
            sha256: read.then(|| <sha2::Sha256 as sha2::Digest>::digest(self.file.text.as_bytes()).into()),
        }
    }
}

/// Read and parse one file. Never panics; every problem becomes a `LoadError`.
pub fn load_input(input: &Input, limits: &Limits) -> Loaded {
    let bytes = match std::fs::metadata(&input.path) {
        Ok(m) if m.len() > limits.max_file_size => Err(LoadError::whole(format!(
            "file is {} bytes, over the limit of {} bytes (raise it with `--max-file-size`)",
            m.len(),
            limits.max_file_size
        ))),
        _ => std::fs::read(&input.path).map_err(|e| LoadError::whole(format!("cannot read file: {}", io_reason(&e)))),
    };
    let text = bytes.and_then(|b| load::decode(b, limits));
    let loaded = match text {
        Ok(text) => load_text(SourceFile::scanned(input.display.clone(), Some(input.relative.clone()), text), input.syntax, limits),
        Err(error) => {
            let file = SourceFile::scanned(input.display.clone(), Some(input.relative.clone()), "");
            Loaded { error: Some(error), unread: true, ..Loaded::new(file, input.syntax, input.role) }
        }
    };
    Loaded { role: input.role, ..loaded }
}

fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_lowercase()
}

/// Parse text already in memory.
pub fn load_text(file: Arc<SourceFile>, syntax: Option<Syntax>, limits: &Limits) -> Loaded {
    // A file whose name does not say: its content decides.
    let syntax = syntax.unwrap_or_else(|| load::sniff(&file.text));
    match load::parse(&file, syntax, limits) {
        Ok(parsed) => Loaded { docs: parsed.docs, problems: parsed.problems, ..Loaded::new(file, Some(syntax), Role::Walked) },
        Err(error) => Loaded { error: Some(error), ..Loaded::new(file, Some(syntax), Role::Walked) },
    }
}

/// Load every input in parallel, bring in the rest of the unit of each file
/// named on the command line (as context) and the Terraform modules that
/// module calls name (inside `root`), and let the platforms resolve what they
/// know statically. The result is in display order.
/// Helm charts and kustomizations are read as written (`engine::run` renders them).
pub fn load_all(inputs: &[Input], limits: &Limits, root: &Path) -> Vec<Loaded> {
    // The files `check` reads: a `*.template` found by walking only when it is a CloudFormation template.
    let inputs = super::groups::cloudformation_templates(inputs.to_vec());
    load_counted(&inputs, limits, root, &[root.to_path_buf()], None, &Progress::default())
}

/// As `load_all`, reading called modules inside the folders of `scope`,
/// rendering charts and kustomizations with `tools` when given, counting
/// the files read in `progress`.
pub(super) fn load_counted(
    inputs: &[Input],
    limits: &Limits,
    root: &Path,
    scope: &[PathBuf],
    tools: Option<&crate::render::Tools>,
    progress: &Progress,
) -> Vec<Loaded> {
    let load = |i: &Input| {
        let l = load_input(i, limits);
        progress.read_one();
        l
    };
    progress.reading(inputs.len());
    let mut loaded: Vec<Loaded> = inputs.par_iter().map(load).collect();
    let context = context_inputs(&loaded, inputs, root);
    if !context.is_empty() {
        progress.reading(context.len());
        loaded.extend(context.par_iter().map(load).collect::<Vec<_>>());
        let named: Vec<Option<String>> =
            loaded.iter().filter(|l| l.role == Role::Named).map(|l| crate::platform::unit_of(&l.docs)).collect();
        loaded.retain(|l| l.role != Role::Context || crate::platform::unit_of(&l.docs).is_some_and(|u| named.contains(&Some(u))));
        loaded.sort_by(|a, b| a.file.path.cmp(&b.file.path));
    }
    if let Some(tools) = tools {
        super::render::render(&mut loaded, tools, limits, root);
    }
    // A kustomize patch is a partial object: read with its folder, reported
    // by nothing, named or not (unless a kustomization was built with it).
    let patches = crate::platform::kustomize_patches(loaded.iter().flat_map(|l| l.docs.iter()));
    for l in loaded.iter_mut().filter(|l| patches.contains(&l.file.path)) {
        l.role = Role::Context;
    }
    super::modules::load_called(&mut loaded, inputs, limits, root, scope, progress);
    let resolved = crate::platform::resolve(loaded.iter_mut().map(|l| &mut l.docs).collect());
    for (i, docs) in resolved.modules {
        // A file read for context reports nothing, and references do not
        // cross a module call: what it calls is not needed.
        if let Some(l) = loaded.get_mut(i).filter(|l| l.role != Role::Context) {
            l.modules = docs;
        }
    }
    for notice in resolved.notices {
        if let Some(l) = loaded.iter_mut().find(|l| Arc::ptr_eq(&l.file, &notice.file)) {
            l.notices.push(notice);
        }
    }
    loaded
}

/// The files that may share a unit with a file named on the command line
/// (`platform::unit_places`), not already among the inputs.
fn context_inputs(loaded: &[Loaded], inputs: &[Input], root: &Path) -> Vec<Input> {
    let mut out: Vec<Input> = Vec::new();
    for (l, input) in loaded.iter().zip(inputs).filter(|(l, _)| l.role == Role::Named) {
        let places = match crate::platform::unit_places(&l.docs, &input.path) {
            None => continue,
            Some(UnitPlaces::Files(files)) => files.into_iter().filter(|p| p.is_file()).collect(),
            Some(UnitPlaces::Folder) => {
                let dir = input.path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
                let Ok(entries) = std::fs::read_dir(dir) else { continue };
                let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
                files.sort();
                files
            }
        };
        for path in places {
            let candidate = input.beside(path, root);
            let known = |i: &Input| i.display == candidate.display;
            if candidate.syntax.is_some() && !inputs.iter().any(known) && !out.iter().any(known) {
                out.push(candidate);
            }
        }
    }
    out
}
