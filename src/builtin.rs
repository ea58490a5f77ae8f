//! The built-in pack, embedded at build time (`build.rs`): every file below
//! `policies/`, with the syntax tree the build parsed from it, so that a run
//! checks the pack without parsing it again.

use crate::policy::{Loader, ast};

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

/// A policy loader whose policies may import the pack's files
/// (`import "builtin:lib/…"`), whether or not the pack itself is checked.
pub fn loader() -> Loader {
    Loader::new().with_library(FILES)
}

/// Add every file of the pack to `loader`. Should the stored trees not be
/// readable, the pack is parsed from its text: slower, never different.
pub fn add_to(loader: &mut Loader) {
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
}
