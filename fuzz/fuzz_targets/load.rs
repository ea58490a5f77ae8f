//! Every loader: the first byte picks the syntax (YAML, JSON, TOML, HCL,
//! Dockerfile, CODEOWNERS, or sniffed from the content), the rest is the
//! file's bytes, decoded as a run decodes them (size, NUL bytes, UTF-8,
//! UTF-16 with a byte-order mark). Must hold: no panic, no overflow of the
//! stack, no blow-up beyond the node bound; every span of every document lies
//! inside the text on character boundaries; a load error's span starts
//! inside it and renders.

#![no_main]

use attest::diag::{Diag, render};
use attest::doc::Syntax;
use attest::source::SourceFile;
use libfuzzer_sys::fuzz_target;

const SYNTAXES: [Option<Syntax>; 7] = [
    Some(Syntax::Yaml),
    Some(Syntax::Json),
    Some(Syntax::Toml),
    Some(Syntax::Hcl),
    Some(Syntax::Dockerfile),
    Some(Syntax::CodeOwners),
    None,
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else { return };
    let limits = attest_fuzz::limits();
    let Ok(text) = attest::load::decode(bytes.to_vec(), &limits) else { return };
    let syntax = SYNTAXES[first as usize % SYNTAXES.len()].unwrap_or_else(|| attest::load::sniff(&text));
    let file = SourceFile::new("fuzz", text);
    let (errors, docs) = match attest::load::parse(&file, syntax, &limits) {
        Ok(parsed) => (parsed.problems.into_iter().map(|p| p.error).collect(), parsed.docs),
        Err(e) => (vec![e], Vec::new()),
    };
    docs.iter().for_each(attest_fuzz::check_spans);
    // A few rendered are enough: a file of thousands of skipped lines would
    // spend each execution in the renderer (which `evaluate` covers).
    for e in errors.into_iter().take(32) {
        if let Some(s) = e.span {
            // An error at the end of the text, or computed from rewritten text,
            // may end past it or inside a character: rendering widens it.
            assert!(s.start <= s.end && s.start as usize <= file.text.len(), "error span {s:?} outside the text: {}", e.message);
            std::hint::black_box(render(&Diag::error(&file, s, e.message, "here"), false, 100));
        }
    }
});
