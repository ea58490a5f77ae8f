//! Embeds the built-in policy pack: every file below `policies/`, so that adding a
//! policy touches no Rust file, with the syntax tree of each file, parsed here
//! by the language crate, so that runs do not parse the pack again.

use attest_lang::policy::{ast, syntax};
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
    for path in files {
        let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let abs = std::fs::canonicalize(&path).unwrap_or(path.clone());
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(list, "    ({rel:?}, include_str!({:?})),", abs.display().to_string());
        // A file that does not parse is stored without a tree: the run parses
        // it and reports its errors as for any policy file.
        let tree = std::fs::read_to_string(&path).ok().and_then(|text| {
            let (tree, errors) = syntax::parse(&SourceFile::new(format!("builtin:{rel}"), text));
            errors.is_empty().then_some(tree)
        });
        trees.push(tree);
    }
    list.push(']');
    write(&out_dir.join("builtin_policies.rs"), list.as_bytes());
    match postcard::to_stdvec(&trees) {
        Ok(bytes) => write(&out_dir.join("builtin_trees.bin"), &bytes),
        Err(e) => println!("cargo:warning=cannot store the syntax trees of the pack: {e}"),
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
