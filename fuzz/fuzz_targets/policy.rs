//! The policy language: any text through the parser and the checker, beside
//! the built-in library it may import. Must hold: no panic, no overflow of the
//! stack; every diagnostic's labels start inside the text and render; the same
//! text checked twice gives the same diagnostics.

#![no_main]

use attest::policy::syntax;
use attest::source::SourceFile;
use libfuzzer_sys::fuzz_target;

fn check(text: &str) -> Vec<String> {
    let mut loader = attest::builtin::loader();
    loader.add_text("fuzz.policy", text);
    let (policies, diags) = loader.finish();
    let mut out: Vec<String> = policies.iter().map(|p| p.meta.id.to_string()).collect();
    for d in &diags {
        for l in &d.labels {
            if d.file.path == "fuzz.policy" {
                let (s, e) = (l.span.start as usize, l.span.end as usize);
                // A label at the end of the file may run one past it (`found the
                // end of the file`); rendering widens it to whole characters.
                assert!(s <= e && s <= text.len(), "label {s}..{e} outside a policy of {} bytes: {}", text.len(), d.message);
            }
        }
        // Rendered as the command line shows it: labels are sliced from the text.
        out.push(attest::diag::render(d, false, 100));
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The parser alone, with its own error recovery.
    let (_ast, _diags) = syntax::parse(&SourceFile::new("fuzz.policy", text));
    let first = check(text);
    let second = check(text);
    assert_eq!(first, second, "checking the same policy twice differs");
});
