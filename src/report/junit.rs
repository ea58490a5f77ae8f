//! `--format junit`: a test suite per policy, a test case per finding; a policy
//! with no finding is one passing case. Waived findings are skipped cases.

use super::Run;
use crate::finding::Status;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

pub fn render(run: &Run<'_>) -> String {
    let mut report = Report::new("attest");
    let mut ids: Vec<&str> = run.policies.iter().map(|p| &*p.id).collect();
    for f in run.findings {
        if !ids.contains(&&*f.policy.id) {
            ids.push(&f.policy.id);
        }
    }
    ids.sort_unstable();
    for id in ids {
        let mut suite = TestSuite::new(id.to_string());
        let mine: Vec<_> = run.findings.iter().filter(|f| f.policy.id == id).collect();
        if mine.is_empty() {
            suite.add_test_case(TestCase::new("no findings", TestCaseStatus::success()));
        }
        for f in mine {
            let at = f.start();
            let name = format!("{}:{}:{}", f.file.path, at.line, at.column);
            let status = if let Some(w) = &f.waiver {
                let mut s = TestCaseStatus::skipped();
                s.set_message(format!("waived: {}", super::text::describe_waiver(w)));
                s
            } else if f.status == Status::Unknown {
                // Not decided from the files: neither passed nor failed.
                let mut s = TestCaseStatus::skipped();
                s.set_message(f.message.clone());
                s
            } else {
                let kind = if f.status == Status::Error { NonSuccessKind::Error } else { NonSuccessKind::Failure };
                let mut s = TestCaseStatus::non_success(kind);
                s.set_message(f.message.clone());
                s.set_type(format!("{} ({})", f.status_name(), f.severity().name()));
                s.set_description(format!("{name}\n{}\n{}", f.message, f.policy.texts().remediation));
                s
            };
            let mut case = TestCase::new(name, status);
            case.set_classname(id.to_string());
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    report.to_string().unwrap_or_default() + "\n"
}
