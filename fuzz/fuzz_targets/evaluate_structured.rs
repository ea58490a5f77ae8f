//! The whole check over a generated project (`attest_fuzz::generate`): a few
//! Terraform, CloudFormation, Kubernetes, Compose and GitHub Actions files
//! made of the words the pack's policies read, so that every input gets
//! through the parsers to the evaluator. Must hold: no panic; spans inside
//! the text; the same project gives the same JSON report twice.

#![no_main]

use attest_fuzz::generate::{Project, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|project: Project| {
    let inputs = render(&project);
    if inputs.is_empty() {
        return;
    }
    attest_fuzz::check_deterministic(&inputs);
});
