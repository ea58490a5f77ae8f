//! Serverless Framework service files (`serverless.yml`): the CloudFormation
//! they carry under `resources` (`Resources`, `Conditions`, `Outputs`, ...),
//! which the framework merges into the stack it deploys, read as a template
//! of its own. The functions and events it generates are not read.

use crate::doc::{Document, Node, Value};
use std::sync::Arc;

/// The sources of the framework's variables (`${self:custom.bucket}`,
/// `${ssm:/db/password}`): what it resolves when it deploys, not known here.
const VARIABLES: &[&str] = &["self:", "opt:", "env:", "ssm:", "file(", "cf:", "cf(", "s3:", "sls:", "param:", "aws:", "strToBool(", "sf:"];

/// `serverless.yml`, `serverless.yaml`, `serverless.prod.yml`, ...
fn service_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    name.starts_with("serverless") && (name.ends_with(".yml") || name.ends_with(".yaml") || name.ends_with(".json"))
}

/// The template a service file's `resources` is, as a document of the same
/// file (its positions are the file's), with the framework's variables
/// unknown; `None` for any other document.
pub(super) fn template(doc: &Document) -> Option<Document> {
    if !service_name(&doc.file.path) || doc.root.get("service").is_none() {
        return None;
    }
    let resources = doc.root.get("resources")?;
    resources.get("Resources")?.as_map()?;
    let mut root = resources.clone();
    unknown_variables(&mut root);
    Some(Document {
        file: Arc::clone(&doc.file),
        syntax: doc.syntax,
        index: doc.index,
        root,
        scope: None,
        derived: Default::default(),
        left_out: Vec::new(),
    })
}

/// Make every string that uses one of the framework's variables unknown.
fn unknown_variables(node: &mut Node) {
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if let Value::Str(s) = &node.value
            && VARIABLES.iter().any(|v| s.contains(&format!("${{{v}")))
        {
            node.value = Value::Unknown(s.clone());
            continue;
        }
        match &mut node.value {
            Value::List(items) => stack.extend(items.iter_mut()),
            Value::Map(m) => stack.extend(m.values_mut()),
            _ => {}
        }
    }
}
