//! Embeds the built-in policy pack: every file below `policies/`, so that adding a
//! policy touches no Rust file, with the syntax tree of each file, parsed here
//! by the language crate, and the pack as the checker leaves it, so that runs
//! neither parse nor check the pack again.

use attest_lang::policy::{Loader, ast, stored, syntax};
use attest_lang::source::SourceFile;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new("policies");
    println!("cargo:rerun-if-changed=policies");
    let mut files = Vec::new();
    collect(root, &mut files);
    files.sort();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let mut list = String::from("&[\n");
    let mut trees: Vec<Option<ast::File>> = Vec::new();
    let mut texts: Vec<(&'static str, &'static str)> = Vec::new();
    for path in files {
        let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let abs = std::fs::canonicalize(&path).unwrap_or(path.clone());
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(list, "    ({rel:?}, include_str!({:?})),", abs.display().to_string());
        // A file that does not parse is stored without a tree: the run parses
        // it and reports its errors as for any policy file.
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let (tree, errors) = syntax::parse(&SourceFile::new(format!("builtin:{rel}"), text.as_str()));
        trees.push(errors.is_empty().then_some(tree));
        // The build's own copy, for the checker's library, lives until it ends.
        texts.push((Box::leak(rel.into_boxed_str()), Box::leak(text.into_boxed_str())));
    }
    list.push(']');
    write(&out_dir.join("builtin_policies.rs"), list.as_bytes());
    match postcard::to_stdvec(&trees) {
        Ok(bytes) => write(&out_dir.join("builtin_trees.bin"), &bytes),
        Err(e) => println!("cargo:warning=cannot store the syntax trees of the pack: {e}"),
    }
    store_checked(&out_dir, Box::leak(texts.into_boxed_slice()), trees);
}

/// Check the pack as a run would, and store what the checker gives. A pack
/// with an error is stored empty: runs check it and report the error.
fn store_checked(out_dir: &Path, texts: &'static [(&'static str, &'static str)], trees: Vec<Option<ast::File>>) {
    let mut loader = Loader::new().with_library(texts);
    for ((path, text), tree) in texts.iter().zip(trees) {
        loader.add_builtin(path, text, tree);
    }
    let (policies, errors) = loader.finish();
    let pack = match stored::Pack::store(&policies, texts) {
        Ok(pack) if errors.is_empty() => pack,
        Ok(_) => stored::Pack::default(),
        Err(e) => {
            println!("cargo:warning=cannot store the checked pack: {e}");
            stored::Pack::default()
        }
    };
    match postcard::to_stdvec(&pack) {
        Ok(bytes) => write(&out_dir.join("builtin_checked.bin"), &bytes),
        Err(e) => println!("cargo:warning=cannot store the checked pack: {e}"),
    }
}

fn write(dest: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(dest, bytes) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "policy") {
            out.push(path);
        }
    }
}
