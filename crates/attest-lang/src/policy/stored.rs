//! Checked policies in a form the build stores and a run reads back: the
//! embedded pack is checked once, when attest is built, so that a run only
//! decodes it (see `build.rs`). Files are stored by key, their text given
//! back by the caller; functions and parameter declarations once each, with
//! the scopes that share them.

use super::params::{Declared, ParamInfo};
use super::{Body, Function, Lazy, Meta, Policy, Scope, Severity, SharedScope, ast};
use crate::source::{SourceFile, Span};
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

/// A set of checked policies, with what their scopes hold.
#[derive(serde::Serialize, serde::Deserialize, Default)]
pub struct Pack<'a> {
    /// File keys (`builtin:lib/aws.policy`); the others refer to them by index.
    files: Vec<String>,
    #[serde(borrow)]
    functions: Vec<StoredFunction<'a>>,
    params: Vec<StoredParam>,
    scopes: Vec<StoredScope>,
    /// Each policy encoded on its own (`StoredPolicy`), so that a run
    /// decodes them on all its threads.
    #[serde(borrow)]
    policies: Vec<Encoded<'a>>,
}

/// Bytes encoded on their own, borrowed from the pack's when decoded (a
/// field of its own: serde borrows only a field's `Cow`, not a list's).
#[derive(serde::Serialize, serde::Deserialize)]
struct Encoded<'a>(#[serde(borrow)] Cow<'a, [u8]>);

/// A function: its file and its definition, encoded on its own (a field of
/// its own, so that decoding borrows the bytes).
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredFunction<'a> {
    name: String,
    file: u32,
    #[serde(borrow)]
    def: Cow<'a, [u8]>,
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
    meta: StoredMeta,
    /// Its prose, encoded on its own: decoded when shown.
    #[serde(borrow)]
    texts: Cow<'a, [u8]>,
    /// The statements, encoded on their own: decoded when the policy runs.
    #[serde(borrow)]
    body: Cow<'a, [u8]>,
    collections: Option<Vec<ast::Ranged>>,
    file: u32,
    span: Span,
    scope: u32,
}

impl StoredPolicy<'static> {
    /// A policy back from its bytes, borrowing its encoded parts from them
    /// when they are the binary's own.
    fn decode(Encoded(bytes): &Encoded<'static>) -> Option<StoredPolicy<'static>> {
        match bytes {
            Cow::Borrowed(b) => postcard::from_bytes(b).ok(),
            Cow::Owned(v) => {
                let p: StoredPolicy = postcard::from_bytes(v).ok()?;
                Some(StoredPolicy { texts: Cow::Owned(p.texts.into_owned()), body: Cow::Owned(p.body.into_owned()), ..p })
            }
        }
    }
}

/// `Meta`, with the parameters it reads by name (their defaults and
/// descriptions are those of the scope's declarations).
#[derive(serde::Serialize, serde::Deserialize)]
struct StoredMeta {
    id: String,
    title: String,
    criteria: Vec<String>,
    severity: Option<Severity>,
    platforms: Vec<String>,
    formerly: Vec<String>,
    source: String,
    waivable: bool,
    params: Vec<String>,
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
    /// The policies (checked, without parameter values chosen) to store.
    pub fn store(policies: &[Arc<Policy>]) -> Result<Pack<'static>, postcard::Error> {
        let mut pack = Pack::default();
        let mut files: HashMap<String, u32> = HashMap::new();
        let mut file_index = |pack: &mut Pack, f: &Arc<SourceFile>| {
            *files.entry(f.path.clone()).or_insert_with(|| {
                pack.files.push(f.path.clone());
                (pack.files.len() - 1) as u32
            })
        };
        let mut functions = Table { index: HashMap::new() };
        let mut params = Table { index: HashMap::new() };
        let mut scopes = Table { index: HashMap::new() };
        for p in policies {
            let scope = scopes.put(p.scope.id(), || {
                let mut fs: Vec<u32> = Vec::new();
                for (name, f) in &p.scope.functions {
                    let file = file_index(&mut pack, &f.file);
                    fs.push(functions.put(Arc::as_ptr(f).cast(), || {
                        let def = Cow::Owned(postcard::to_stdvec(f.def())?);
                        pack.functions.push(StoredFunction { name: name.clone(), file, def });
                        Ok::<_, postcard::Error>((pack.functions.len() - 1) as u32)
                    })?);
                }
                let mut ps: Vec<u32> = Vec::new();
                for d in p.scope.params.values() {
                    let file = file_index(&mut pack, &d.file);
                    ps.push(params.put(Arc::as_ptr(d).cast(), || {
                        pack.params.push(StoredParam { file, decl: d.decl.clone(), pack: d.pack.clone(), pattern: d.pattern });
                        Ok::<_, postcard::Error>((pack.params.len() - 1) as u32)
                    })?);
                }
                // Sorted, so that the same pack is stored as the same bytes.
                fs.sort();
                ps.sort();
                pack.scopes.push(StoredScope { functions: fs, params: ps });
                Ok::<_, postcard::Error>((pack.scopes.len() - 1) as u32)
            })?;
            let m = &p.meta;
            let meta = StoredMeta {
                id: m.id.clone(),
                title: m.title.clone(),
                criteria: m.criteria.clone(),
                severity: m.severity,
                platforms: m.platforms.clone(),
                formerly: m.formerly.clone(),
                source: m.source.clone(),
                waivable: m.waivable,
                params: m.params.iter().map(|i| i.name.clone()).collect(),
            };
            let file = file_index(&mut pack, &p.file);
            let body = Cow::Owned(postcard::to_stdvec(p.body.stmts())?);
            let texts = Cow::Owned(postcard::to_stdvec(m.texts())?);
            let collections = p.body.collections().map(<[ast::Ranged]>::to_vec);
            let stored = StoredPolicy { meta, texts, body, collections, file, span: p.span, scope };
            pack.policies.push(Encoded(Cow::Owned(postcard::to_stdvec(&stored)?)));
        }
        Ok(pack)
    }

    /// The policies back, each file's text given by `text_of` (by key).
    /// `None` when a file is not known or an index is out of range: the
    /// stored pack is not of these files.
    pub fn restore(self, text_of: impl Fn(&str) -> Option<&'static str>) -> Option<Vec<Arc<Policy>>> {
        let files: Vec<Arc<SourceFile>> =
            self.files.into_iter().map(|k| text_of(&k).map(|t| SourceFile::embedded(k, t))).collect::<Option<_>>()?;
        let file = |i: u32| files.get(i as usize).map(Arc::clone);
        let functions: Vec<(String, Arc<Function>)> = self
            .functions
            .into_iter()
            .map(|f| Some((f.name, Arc::new(Function::stored(Lazy::stored(f.def)?, file(f.file)?)))))
            .collect::<Option<_>>()?;
        let params: Vec<Arc<Declared>> = self
            .params
            .into_iter()
            .map(|p| Some(Arc::new(Declared { decl: p.decl, file: file(p.file)?, pack: p.pack, pattern: p.pattern })))
            .collect::<Option<_>>()?;
        // Every index is checked now; the tables are made when first read.
        let (functions, params) = (Arc::new(functions), Arc::new(params));
        let scopes: Vec<(SharedScope, Vec<u32>)> = self
            .scopes
            .into_iter()
            .map(|StoredScope { functions: fs, params: ps }| {
                if fs.iter().any(|&i| i as usize >= functions.len()) || ps.iter().any(|&i| i as usize >= params.len()) {
                    return None;
                }
                let (all_functions, all_params, own_params) = (Arc::clone(&functions), Arc::clone(&params), ps.clone());
                let scope = SharedScope::lazy(move || Scope {
                    functions: fs.iter().map(|&i| &all_functions[i as usize]).map(|(n, f)| (n.clone(), Arc::clone(f))).collect(),
                    params: own_params
                        .iter()
                        .map(|&i| &all_params[i as usize])
                        .map(|d| (d.decl.name.name.clone(), Arc::clone(d)))
                        .collect(),
                });
                Some((scope, ps))
            })
            .collect::<Option<_>>()?;
        self.policies
            .par_iter()
            .map(|encoded| {
                let p = StoredPolicy::decode(encoded)?;
                let (scope, own_params) = scopes.get(p.scope as usize)?;
                let m = p.meta;
                let declared = |n: &String| own_params.iter().map(|&i| &params[i as usize]).find(|d| d.decl.name.name == *n);
                let params = m.params.iter().filter_map(declared).map(|d| ParamInfo::of(d)).collect();
                let scope = scope.clone();
                let meta = Meta {
                    id: m.id,
                    title: m.title,
                    criteria: m.criteria,
                    severity: m.severity,
                    texts: Lazy::stored(p.texts)?,
                    platforms: m.platforms,
                    formerly: m.formerly,
                    source: m.source,
                    waivable: m.waivable,
                    params,
                };
                let body = Body::stored(Lazy::stored(p.body)?, p.collections);
                Some(Arc::new(Policy {
                    meta: Arc::new(meta),
                    body: Arc::new(body),
                    scope,
                    file: file(p.file)?,
                    span: p.span,
                    values: Arc::default(),
                }))
            })
            .collect()
    }
}
