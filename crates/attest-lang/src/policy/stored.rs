//! Checked policies in a form the build stores and a run reads back: the
//! embedded pack is checked once, when attest is built, so that a run only
//! decodes it (see `build.rs`). Files are stored by key and the index of
//! their text in the library the caller gives back; functions and parameter
//! declarations once each, with the scopes that share them. A run decodes
//! each policy's metadata (its texts borrowed from the binary) and
//! collections; its statements, prose and scope (and so the functions it
//! sees) are decoded when first used, and kept after everything else, so
//! that a run that checks a few files pays for the few policies that apply
//! to them.

use super::params::{Declared, ParamInfo};
use super::{Body, Function, Lazy, Meta, Policy, Scope, Severity, SharedScope, Text, Texts, ast};
use crate::source::{SourceFile, Span};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

/// A set of checked policies, with what their scopes hold.
#[derive(serde::Serialize, serde::Deserialize, Default)]
pub struct Pack<'a> {
    /// The files; the others refer to them by index.
    #[serde(borrow)]
    files: Vec<StoredFile<'a>>,
    #[serde(borrow)]
    functions: Vec<StoredFunction<'a>>,
    params: Vec<StoredParam>,
    /// Each scope (`StoredScope`): decoded when a policy of the scope is
    /// first evaluated.
    scopes: Vec<Blob>,
    /// The collections policies range over (`Body::collections`), each list
    /// once.
    collections: Vec<Vec<ast::Ranged>>,
    /// Each policy encoded on its own (`StoredPolicy`), so that a run
    /// decodes them on all its threads.
    #[serde(borrow)]
    policies: Vec<Encoded<'a>>,
    /// What is decoded when first used (statements, prose, functions,
    /// scopes), after everything else: a run that decodes the rest reads
    /// only the first pages of the pack.
    #[serde(borrow)]
    blobs: Cow<'a, [u8]>,
}

/// Bytes encoded on their own, borrowed from the pack's when decoded (a
/// field of its own: serde borrows only a field's `Cow`, not a list's).
#[derive(serde::Serialize, serde::Deserialize)]
struct Encoded<'a>(#[serde(borrow)] Cow<'a, [u8]>);

/// A value encoded on its own in the pack's `blobs`: where it starts, and
/// its length.
#[derive(serde::Serialize, serde::Deserialize, Clone, Copy)]
struct Blob(u32, u32);

/// A file: its key (`builtin:lib/aws.policy`), and the index of its text in
/// the library the pack was stored with (the texts are not read to restore
/// the pack: they are spread over the binary's pages).
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredFile<'a> {
    #[serde(borrow)]
    key: Cow<'a, str>,
    text: u32,
}

/// A function: its name, file and definition.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredFunction<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    file: u32,
    def: Blob,
}

/// A scope: its functions and parameters, by index (under their names).
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredScope {
    functions: Vec<u32>,
    params: Vec<u32>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredParam {
    file: u32,
    decl: ast::Param,
    pack: String,
    pattern: bool,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredPolicy<'a> {
    #[serde(borrow)]
    meta: StoredMeta<'a>,
    /// Its prose: decoded when shown.
    texts: Blob,
    /// The statements: decoded when the policy runs.
    body: Blob,
    /// Its collections, by index in the pack's.
    collections: Option<u32>,
    file: u32,
    span: Span,
    scope: u32,
}

/// `Meta`, with the parameters it reads by their index in the pack's
/// (their defaults and descriptions are those of the declarations). Its
/// texts are borrowed from the pack's bytes.
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredMeta<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    title: Cow<'a, str>,
    #[serde(borrow)]
    criteria: Vec<Borrowed<'a>>,
    severity: Option<Severity>,
    #[serde(borrow)]
    platforms: Vec<Borrowed<'a>>,
    #[serde(borrow)]
    formerly: Vec<Borrowed<'a>>,
    #[serde(borrow)]
    source: Cow<'a, str>,
    waivable: bool,
    params: Vec<u32>,
}

/// A text borrowed from the pack's bytes when decoded (a field of its own:
/// serde borrows only a field's `Cow`, not a list's).
#[derive(serde::Serialize, serde::Deserialize)]
struct Borrowed<'a>(#[serde(borrow)] Cow<'a, str>);

impl<'a> StoredMeta<'a> {
    fn of(m: &'a Meta, params: Vec<u32>) -> StoredMeta<'a> {
        let borrow = |texts: &'a [Text]| texts.iter().map(|t| Borrowed(Cow::Borrowed(&**t))).collect();
        StoredMeta {
            id: Cow::Borrowed(&m.id),
            title: Cow::Borrowed(&m.title),
            criteria: borrow(&m.criteria),
            severity: m.severity,
            platforms: borrow(&m.platforms),
            formerly: borrow(&m.formerly),
            source: Cow::Borrowed(&m.source),
            waivable: m.waivable,
            params,
        }
    }

    /// The metadata, its texts made `'static` by `text` (borrowed from the
    /// binary's bytes, or copied).
    fn restore(self, text: impl Fn(Cow<'a, str>) -> Text, texts: Lazy<Texts>, params: Vec<ParamInfo>) -> Meta {
        let list = |l: Vec<Borrowed<'a>>| l.into_iter().map(|Borrowed(t)| text(t)).collect();
        Meta {
            id: text(self.id),
            title: text(self.title),
            criteria: list(self.criteria),
            severity: self.severity,
            texts,
            platforms: list(self.platforms),
            formerly: list(self.formerly),
            source: text(self.source),
            waivable: self.waivable,
            params,
        }
    }
}

/// Index of each shared value (by address) in the list it is stored in.
struct Table {
    index: HashMap<*const (), u32>,
}

impl Table {
    /// The index of the value at `at`, stored by `store` the first time it is seen.
    fn put<E>(&mut self, at: *const (), store: impl FnOnce() -> Result<u32, E>) -> Result<u32, E> {
        if let Some(&i) = self.index.get(&at) {
            return Ok(i);
        }
        let i = store()?;
        self.index.insert(at, i);
        Ok(i)
    }
}

impl Pack<'static> {
    /// The policies (checked, without parameter values chosen) to store,
    /// their files' texts in `library` (path below `policies/`, text; sorted
    /// by path), as their keys (`builtin:` and the path) say.
    pub fn store(policies: &[Arc<Policy>], library: &[(&str, &str)]) -> Result<Pack<'static>, postcard::Error> {
        let mut pack = Pack::default();
        let mut files: HashMap<String, u32> = HashMap::new();
        let mut file_index = |pack: &mut Pack, f: &Arc<SourceFile>| {
            *files.entry(f.path.clone()).or_insert_with(|| {
                let path = f.path.strip_prefix("builtin:").unwrap_or(&f.path);
                // Not in the library: `u32::MAX`, which restores nothing.
                let text = library.binary_search_by(|(p, _)| (*p).cmp(path)).map_or(u32::MAX, |i| i as u32);
                pack.files.push(StoredFile { key: Cow::Owned(f.path.clone()), text });
                (pack.files.len() - 1) as u32
            })
        };
        let mut functions = Table { index: HashMap::new() };
        let mut params = Table { index: HashMap::new() };
        let mut scopes = Table { index: HashMap::new() };
        let mut collections: HashMap<&[ast::Ranged], u32> = HashMap::new();
        for p in policies {
            let mut param_index = HashMap::new();
            for (name, d) in &p.scope.params {
                let file = file_index(&mut pack, &d.file);
                let i = params.put(Arc::as_ptr(d).cast(), || {
                    pack.params.push(StoredParam { file, decl: d.decl.clone(), pack: d.pack.clone(), pattern: d.pattern });
                    Ok::<_, postcard::Error>((pack.params.len() - 1) as u32)
                })?;
                param_index.insert(&**name, i);
            }
            let scope = scopes.put(p.scope.id(), || {
                let mut fs: Vec<u32> = Vec::new();
                for (name, f) in &p.scope.functions {
                    let file = file_index(&mut pack, &f.file);
                    fs.push(functions.put(Arc::as_ptr(f).cast(), || {
                        let def = pack.blob(f.def())?;
                        pack.functions.push(StoredFunction { name: Cow::Owned(name.to_string()), file, def });
                        Ok::<_, postcard::Error>((pack.functions.len() - 1) as u32)
                    })?);
                }
                let mut ps: Vec<u32> = param_index.values().copied().collect();
                // Sorted, so that the same pack is stored as the same bytes.
                fs.sort();
                ps.sort();
                let scope = pack.blob(&StoredScope { functions: fs, params: ps })?;
                pack.scopes.push(scope);
                Ok::<_, postcard::Error>((pack.scopes.len() - 1) as u32)
            })?;
            let m = &p.meta;
            let meta = StoredMeta::of(m, m.params.iter().filter_map(|i| param_index.get(i.name.as_str()).copied()).collect());
            let file = file_index(&mut pack, &p.file);
            let body = pack.blob(p.body.stmts())?;
            let texts = pack.blob(m.texts())?;
            let collections = p.body.collections().map(|c| {
                *collections.entry(c).or_insert_with(|| {
                    pack.collections.push(c.to_vec());
                    (pack.collections.len() - 1) as u32
                })
            });
            let stored = StoredPolicy { meta, texts, body, collections, file, span: p.span, scope };
            pack.policies.push(Encoded(Cow::Owned(postcard::to_stdvec(&stored)?)));
        }
        Ok(pack)
    }

    /// `value`, encoded at the end of the pack's `blobs`.
    fn blob(&mut self, value: &(impl serde::Serialize + ?Sized)) -> Result<Blob, postcard::Error> {
        let bytes = postcard::to_stdvec(value)?;
        let at = self.blobs.len();
        self.blobs.to_mut().extend_from_slice(&bytes);
        let fits = |n: usize| u32::try_from(n).map_err(|_| postcard::Error::SerializeBufferFull);
        Ok(Blob(fits(at)?, fits(bytes.len())?))
    }

    /// The bytes of `blob`: borrowed from the binary's when the pack is
    /// (`None` when out of range: the pack is not of these files).
    #[expect(clippy::ptr_arg, reason = "whether the bytes are borrowed decides whether the part is")]
    fn bytes(blobs: &Cow<'static, [u8]>, Blob(at, len): Blob) -> Option<Cow<'static, [u8]>> {
        let range = at as usize..(at as usize).checked_add(len as usize)?;
        match blobs {
            Cow::Borrowed(all) => all.get(range).map(Cow::Borrowed),
            Cow::Owned(all) => all.get(range).map(|b| Cow::Owned(b.to_vec())),
        }
    }

    /// The policies back, their files' texts in `library`, the one the pack
    /// was stored with. `None` when an index is out of range: the stored pack
    /// is not of these files.
    pub fn restore(self, library: &'static [(&'static str, &'static str)]) -> Option<Vec<Arc<Policy>>> {
        let files: Vec<Arc<SourceFile>> = self
            .files
            .into_iter()
            .map(|f| library.get(f.text as usize).map(|(_, t)| SourceFile::embedded(f.key, t)))
            .collect::<Option<_>>()?;
        let params: Vec<Arc<Declared>> = self
            .params
            .into_iter()
            .map(|p| {
                Some(Arc::new(Declared { decl: p.decl, file: Arc::clone(files.get(p.file as usize)?), pack: p.pack, pattern: p.pattern }))
            })
            .collect::<Option<_>>()?;
        let tables = Arc::new(Tables {
            functions: self.functions.iter().map(|_| std::sync::OnceLock::new()).collect(),
            stored: self.functions,
            files,
            params,
            blobs: self.blobs,
        });
        let scopes = self
            .scopes
            .into_iter()
            .map(|blob| {
                let tables = Arc::clone(&tables);
                SharedScope::lazy(move || tables.scope(blob).unwrap_or_default())
            })
            .collect();
        let restoring = Restoring { tables, scopes, collections: self.collections.into_iter().map(Arc::from).collect() };
        self.policies
            .par_iter()
            .map(|Encoded(bytes)| match bytes {
                Cow::Borrowed(b) => restoring.policy(postcard::from_bytes(b).ok()?, |t| t),
                Cow::Owned(v) => restoring.policy(postcard::from_bytes(v).ok()?, |t| Cow::Owned(t.into_owned())),
            })
            .collect()
    }
}

/// What the policies of a pack being restored share.
struct Restoring {
    tables: Arc<Tables>,
    scopes: Vec<SharedScope>,
    collections: Vec<Arc<[ast::Ranged]>>,
}

impl Restoring {
    /// A policy back, its texts made `'static` by `text`.
    fn policy<'a>(&self, p: StoredPolicy<'a>, text: impl Fn(Cow<'a, str>) -> Text) -> Option<Arc<Policy>> {
        let tables = &self.tables;
        let params = p.meta.params.iter().map(|&i| tables.params.get(i as usize).map(|d| ParamInfo::of(d))).collect::<Option<_>>()?;
        let texts = Lazy::stored(Pack::bytes(&tables.blobs, p.texts)?)?;
        let collections = match p.collections {
            Some(i) => Some(Arc::clone(self.collections.get(i as usize)?)),
            None => None,
        };
        let body = Body::stored(Lazy::stored(Pack::bytes(&tables.blobs, p.body)?)?, collections);
        Some(Arc::new(Policy {
            meta: Arc::new(p.meta.restore(text, texts, params)),
            body: Arc::new(body),
            scope: self.scopes.get(p.scope as usize)?.clone(),
            file: Arc::clone(tables.files.get(p.file as usize)?),
            span: p.span,
            values: Arc::default(),
        }))
    }
}

/// What the scopes of a restored pack share: the functions, each made when
/// a scope that sees it is first read, and the parameter declarations.
struct Tables {
    stored: Vec<StoredFunction<'static>>,
    functions: Vec<std::sync::OnceLock<Option<Arc<Function>>>>,
    files: Vec<Arc<SourceFile>>,
    params: Vec<Arc<Declared>>,
    blobs: Cow<'static, [u8]>,
}

impl Tables {
    /// The scope in `blob`. `None` when it cannot be read or an index is out
    /// of range (the build stored it from the same pack: a test reads every
    /// scope back).
    fn scope(&self, blob: Blob) -> Option<Scope> {
        let StoredScope { functions: fs, params: ps } = postcard::from_bytes(&Pack::bytes(&self.blobs, blob)?).ok()?;
        Some(Scope {
            functions: fs.iter().map(|&i| Some((self.stored.get(i as usize)?.name.clone(), self.function(i)?))).collect::<Option<_>>()?,
            params: ps
                .iter()
                .map(|&i| self.params.get(i as usize).map(|d| (d.decl.name.name.clone().into(), Arc::clone(d))))
                .collect::<Option<_>>()?,
        })
    }

    /// Function `i`, made when first seen.
    fn function(&self, i: u32) -> Option<Arc<Function>> {
        let made = self.functions.get(i as usize)?.get_or_init(|| {
            let f = self.stored.get(i as usize)?;
            let def = Lazy::stored(Pack::bytes(&self.blobs, f.def)?)?;
            Some(Arc::new(Function::stored(def, Arc::clone(self.files.get(f.file as usize)?))))
        });
        made.clone()
    }
}
