//! Each `tests/fixtures/lang/NAME.policy` runs over its `NAME.yaml`/`NAME.json`/`NAME.Dockerfile`;
//! the findings, as a user sees them, are the snapshot.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use attest::discover::Input;
use std::path::Path;

#[test]
fn language_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::set_current_dir(root).expect("cd to the crate");
    insta::glob!("fixtures/lang/*.policy", |path| {
        let mut loader = attest::policy::Loader::new();
        let rel = path.strip_prefix(root).unwrap_or(path);
        loader.add_path(rel).expect("policy loads");
        let (policies, errors) = loader.finish();
        let rendered: Vec<String> = errors.iter().map(|e| attest::diag::render(e, false, 100)).collect();
        assert!(errors.is_empty(), "{}", rendered.join("\n"));
        let mut data: Vec<Input> =
            ["yaml", "json", "Dockerfile"].iter().map(|ext| rel.with_extension(ext)).filter(|p| p.exists()).map(Input::new).collect();
        // A folder with the policy's name holds a module (Terraform) or a tree.
        let dir = rel.with_extension("");
        if dir.is_dir() {
            data.extend(attest::discover::discover(&[dir]).0);
        }
        assert!(!data.is_empty(), "{} has no data file beside it", rel.display());
        let loaded = attest::engine::load_all(&data, &Default::default());
        let (findings, tally) = attest::engine::evaluate(&policies, &loaded);
        let mut out = format!("{} passed, {} failed, {} unknown\n\n", tally.pass, tally.fail, tally.unknown);
        for f in &findings {
            out.push_str(&attest::diag::render(&attest::report::text_diag(f), false, 100));
        }
        insta::assert_snapshot!(out);
    });
}
