//! The built-in pack, embedded at build time (`build.rs`): every file below
//! `policies/`, with the syntax tree the build parsed from it, and the pack as
//! the build checked it, so that a run neither parses nor checks it again.

use crate::policy::{Loader, Policy, ast, stored};
use std::sync::Arc;

/// (path below `policies/`, text), sorted by path.
pub static FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_policies.rs"));

/// The syntax trees of `FILES`, in the same order, in postcard's format:
/// `None` for a file the build could not parse (parsed at run time, which
/// reports its errors).
static TREES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_trees.bin"));

/// The syntax trees the build stored, one per file of `FILES`.
pub fn trees() -> Result<Vec<Option<ast::File>>, postcard::Error> {
    postcard::from_bytes(TREES)
}

/// The pack as the build checked it, in postcard's format (empty when the
/// pack had an error: it is then checked at run time, which reports it).
static CHECKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin_checked.bin"));

/// The checked policies the build stored, with their files' texts.
pub fn checked() -> Option<Vec<Arc<Policy>>> {
    let pack: stored::Pack = postcard::from_bytes(CHECKED).ok()?;
    pack.restore(FILES).filter(|p| !p.is_empty())
}

/// A policy loader whose policies may import the pack's files
/// (`import "builtin:lib/…"`), whether or not the pack itself is checked.
pub fn loader() -> Loader {
    Loader::new().with_library(FILES)
}

/// Add every policy of the pack to `loader`: as the build checked it, else
/// its files, with the stored trees when they are readable (else parsed from
/// their text): slower, never different.
pub fn add_to(loader: &mut Loader) {
    if let Some(policies) = checked() {
        loader.add_checked(policies);
        return;
    }
    add_files_to(loader);
}

/// Add every file of the pack to `loader`, to be checked with the others.
pub fn add_files_to(loader: &mut Loader) {
    let mut trees = trees().ok().filter(|t| t.len() == FILES.len()).unwrap_or_default();
    for (i, (path, text)) in FILES.iter().enumerate() {
        loader.add_builtin(path, text, trees.get_mut(i).and_then(Option::take));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_build_parsed_every_file_of_the_pack() {
        let trees = super::trees().unwrap_or_else(|e| panic!("the stored syntax trees cannot be read: {e}"));
        assert_eq!(trees.len(), super::FILES.len());
        let unparsed: Vec<&str> = super::FILES.iter().zip(&trees).filter(|(_, t)| t.is_none()).map(|((p, _), _)| *p).collect();
        assert!(unparsed.is_empty(), "files of the pack the build could not parse: {unparsed:?}");
    }

    /// Restoring the pack copies none of its metadata's texts: they are
    /// borrowed from the binary (copies made start-up slow).
    #[test]
    fn the_stored_pack_borrows_its_texts() {
        use std::borrow::Cow;
        let stored = super::checked().unwrap_or_else(|| panic!("the build stored no checked pack"));
        for p in &stored {
            let m = &p.meta;
            let texts = [&m.id, &m.title, &m.source].into_iter().chain(&m.criteria).chain(&m.platforms).chain(&m.formerly);
            let copied: Vec<&str> = texts.filter(|t| matches!(t, Cow::Owned(_))).map(|t| &**t).collect();
            assert!(copied.is_empty(), "{}: copied {copied:?}", m.id);
        }
    }

    /// The pack the build checked and stored is the pack a run would check:
    /// the same policies, metadata, bodies, files and scopes; so is the
    /// same pack stored and restored in memory.
    #[test]
    fn the_stored_pack_is_the_checked_pack() {
        let stored = super::checked().unwrap_or_else(|| panic!("the build stored no checked pack"));
        let mut loader = super::loader();
        super::add_files_to(&mut loader);
        let (checked, errors) = loader.finish();
        assert!(errors.is_empty());
        let show = |p: &super::Policy| {
            let mut functions: Vec<String> = p.scope.functions.iter().map(|(n, f)| format!("{n} {} {:?}", f.file.path, f.def())).collect();
            let mut params: Vec<String> =
                p.scope.params.iter().map(|(n, d)| format!("{n} {} {} {} {:?}", d.file.path, d.pack, d.pattern, d.decl)).collect();
            functions.sort();
            params.sort();
            format!("{:?} {:?} {:?} {} {:?} {functions:?} {params:?}", p.meta, p.body.stmts(), p.body.collections(), p.file.path, p.span)
        };
        // A pack stored and restored in memory (its parts owned, not
        // borrowed from the binary) is that pack too.
        let in_memory = super::stored::Pack::store(&checked, super::FILES)
            .ok()
            .and_then(|pack| pack.restore(super::FILES))
            .unwrap_or_else(|| panic!("the pack cannot be stored and restored in memory"));
        assert_eq!(stored.len(), checked.len());
        assert_eq!(in_memory.len(), checked.len());
        for ((a, b), c) in stored.iter().zip(&checked).zip(&in_memory) {
            assert_eq!(show(a), show(b), "{}", a.meta.id);
            assert_eq!(show(c), show(b), "{}, stored in memory", c.meta.id);
        }
    }
}
