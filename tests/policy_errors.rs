//! Every broken policy fixture: all its errors, rendered as a user sees them.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

#[test]
fn policy_error_fixtures() {
    insta::glob!("fixtures/policy-errors/*.policy", |path| {
        let mut loader = attest::builtin::loader();
        let name = format!("tests/fixtures/policy-errors/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or(""));
        loader.add_text(&name, &std::fs::read_to_string(path).expect("fixture reads"));
        let (policies, errors) = loader.finish();
        assert!(!errors.is_empty(), "{name} should have errors");
        let rendered: Vec<String> = errors.iter().map(|e| attest::diag::render(e, false, 100)).collect();
        insta::assert_snapshot!(format!("{} policies checked clean\n{}", policies.len(), rendered.join("\n")));
    });
}

/// The built-in pack is checked against the schemas here rather than on every
/// run (it is embedded as checked): loaded from disk, it must check clean, so
/// a misspelt attribute in a built-in policy fails the build's tests.
#[test]
fn builtin_pack_paths_match_the_schemas() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut loader = attest::policy::Loader::new().relative_to(root);
    loader.add_path(&root.join("policies")).expect("policies/ loads");
    let (policies, errors) = loader.finish();
    assert!(errors.is_empty(), "{}", errors.iter().map(|e| attest::diag::render(e, false, 100)).collect::<String>());
    assert!(policies.len() > 500, "the pack loaded: {} policies", policies.len());
}
