//! The whole check over one fuzzed file: the first byte picks the file's
//! name (which decides its syntax and platform: Terraform, CloudFormation,
//! Kubernetes, GitHub Actions, Compose, Dockerfile, CODEOWNERS, TOML), the
//! rest is its text; it is loaded, resolved, evaluated with the built-in pack,
//! waived and rendered (`attest_fuzz::check`). Must hold: no panic; spans
//! inside the text; the same input gives the same JSON report twice.

#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 10] = [
    "m/main.tf",
    "m/template.yaml",
    "m/template.json",
    "m/deploy.yaml",
    ".github/workflows/ci.yml",
    "m/compose.yaml",
    "m/Dockerfile",
    ".github/CODEOWNERS",
    "m/config.toml",
    "m/unnamed",
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let path = NAMES[first as usize % NAMES.len()];
    let input =
        attest_fuzz::Input { path: path.to_string(), text: text.to_string(), syntax: attest::load::syntax_of(std::path::Path::new(path)) };
    attest_fuzz::check_deterministic(&[input]);
});
