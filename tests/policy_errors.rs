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
