//! Dockerfiles: stages, final stages and instructions, as the Dockerfile loader
//! lays them out (`load/dockerfile.rs`).

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node, Syntax};
use std::collections::HashMap;

/// A Dockerfile document. The loader's tree is the only one with this shape, so
/// the syntax is the test: a YAML file with a `stages` key is not a Dockerfile.
pub(super) fn is_dockerfile(doc: &Document) -> bool {
    doc.syntax == Syntax::Dockerfile
}

/// A stage's name, or `stage-N` for a stage without `AS`.
fn stage_address(stage: &Node, index: usize) -> String {
    match stage.get("name").and_then(Node::as_str) {
        Some(name) => name.to_string(),
        None => format!("stage-{index}"),
    }
}

pub(super) fn collect<'a>(what: &str, doc: &'a Document, out: &mut Vec<DocRef<'a>>) {
    if !is_dockerfile(doc) {
        return;
    }
    let root = &doc.root;
    let stages = root.get("stages").and_then(Node::as_list).unwrap_or_default();
    match what {
        "stages" => {
            for (i, s) in stages.iter().enumerate() {
                out.push(item(s, doc, stage_address(s, i)));
            }
        }
        "final_stages" => {
            if let Some(s) = root.get("final_stage") {
                out.push(item(s, doc, stage_address(s, stages.len().saturating_sub(1))));
            }
        }
        "instructions" => {
            // `builder/RUN[2]`: the third RUN of stage `builder`; `global/ARG[0]`
            // for the ARGs before the first FROM. Counting by kind keeps an
            // address stable when other kinds of instructions are added.
            let mut seen: HashMap<(Option<i64>, &str), usize> = HashMap::new();
            for inst in root.get("instructions").and_then(Node::as_list).unwrap_or_default() {
                let kind = inst.get("instruction").and_then(Node::as_str).unwrap_or("?");
                let stage = match inst.get("stage").map(|n| &n.value) {
                    Some(crate::doc::Value::Int(i)) => Some(*i),
                    _ => None,
                };
                let n = seen.entry((stage, kind)).or_default();
                let prefix = match stage {
                    Some(i) => usize::try_from(i)
                        .ok()
                        .and_then(|i| stages.get(i).map(|s| stage_address(s, i)))
                        .unwrap_or_else(|| format!("stage-{i}")),
                    None => "global".to_string(),
                };
                out.push(item(inst, doc, format!("{prefix}/{kind}[{n}]")));
                *n += 1;
            }
        }
        _ => {}
    }
}
