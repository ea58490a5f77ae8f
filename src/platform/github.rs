//! GitHub Actions workflows: the workflow, its jobs and their steps.

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node};

/// A workflow: a file directly in `.github/workflows/`, or a map with `on` and `jobs`
/// whose jobs have `runs-on`, `steps` or `uses` (a reusable workflow call).
/// YAML 1.2 reads the key `on` as the string "on", not as true.
pub(super) fn is_workflow(doc: &Document) -> bool {
    let Some(root) = doc.root.as_map() else { return false };
    let path = &doc.file.path;
    // GitHub runs the files of `.github/workflows` itself, not of its
    // subfolders (where a matrix's data file may be kept).
    let in_workflows = |rest: &str| !rest.contains('/');
    if path.strip_prefix(".github/workflows/").or_else(|| path.split_once("/.github/workflows/").map(|(_, r)| r)).is_some_and(in_workflows)
    {
        return true;
    }
    root.contains_key("on")
        && root
            .get("jobs")
            .and_then(Node::as_map)
            .is_some_and(|jobs| jobs.values().any(|j| j.get("runs-on").is_some() || j.get("steps").is_some() || j.get("uses").is_some()))
}

fn file_name(doc: &Document) -> &str {
    doc.file.path.rsplit('/').next().unwrap_or(&doc.file.path)
}

/// Called only for documents `classify` found to be workflows.
pub(super) fn collect<'a>(what: &str, doc: &'a Document, out: &mut Vec<DocRef<'a>>) {
    let file = file_name(doc);
    let jobs = doc.root.get("jobs").and_then(Node::as_map);
    match what {
        "workflows" => out.push(item(&doc.root, doc, file.to_string())),
        "jobs" => {
            for (id, job) in jobs.into_iter().flatten() {
                out.push(item(job, doc, format!("{file}:{id}")));
            }
        }
        "steps" => {
            for (id, job) in jobs.into_iter().flatten() {
                for (n, step) in job.get("steps").and_then(Node::as_list).unwrap_or_default().iter().enumerate() {
                    let step_id = match step.get("id").and_then(Node::as_str) {
                        Some(s) => s.to_string(),
                        None => format!("step-{n}"),
                    };
                    out.push(item(step, doc, format!("{file}:{id}/{step_id}")));
                }
            }
        }
        _ => {}
    }
}
