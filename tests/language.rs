//! Each `tests/fixtures/lang/NAME.policy` runs over its `NAME.yaml`/`NAME.json`/`NAME.Dockerfile`;
//! the findings, as a user sees them, are the snapshot.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use attest::discover::Input;
use std::path::Path;

#[test]
fn language_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    insta::glob!("fixtures/lang/*.policy", |path| {
        let mut loader = attest::builtin::loader().relative_to(root);
        let rel = path.strip_prefix(root).unwrap_or(path);
        loader.add_path(path).expect("policy loads");
        let (policies, errors) = loader.finish();
        let rendered: Vec<String> = errors.iter().map(|e| attest::diag::render(e, false, 100)).collect();
        assert!(errors.is_empty(), "{}", rendered.join("\n"));
        let mut data: Vec<Input> = ["yaml", "json", "Dockerfile"]
            .iter()
            .map(|ext| rel.with_extension(ext))
            .map(|p| root.join(p))
            .filter(|p| p.exists())
            .map(|p| Input::new(p, root))
            .collect();
        // A folder with the policy's name holds a module (Terraform) or a tree.
        let dir = path.with_extension("");
        if dir.is_dir() {
            data.extend(attest::discover::discover(&[dir], root, None).0);
        }
        assert!(!data.is_empty(), "{} has no data file beside it", rel.display());
        let loaded = attest::engine::load_all(&data, &Default::default(), root);
        let (findings, tally) = attest::engine::evaluate(&policies, &loaded);
        let mut out = format!("{} passed, {} failed, {} unknown\n\n", tally.pass, tally.fail, tally.unknown);
        for f in &findings {
            out.push_str(&attest::diag::render(&attest::report::text_diag(f), false, 100));
        }
        insta::assert_snapshot!(out);
    });
}
