//! Platform views: the collections policies range over, built from documents.
//!
//! INVARIANT: this is the only module that knows what Kubernetes, CloudFormation,
//! Dockerfile, Compose or GitHub Actions documents look like. It sees documents,
//! never file syntax (a Dockerfile document is told by the syntax it was read from,
//! since no other loader builds its shape).

mod cloudformation;
mod compose;
mod dockerfile;
mod github;
mod kubernetes;

use crate::doc::Document;
use crate::eval::{DocRef, Value};
use std::rc::Rc;

/// Every collection: name, minimum and maximum number of arguments, description.
pub const COLLECTIONS: &[(&str, usize, usize, &str)] = &[
    ("documents", 0, 0, "every loaded document"),
    ("kubernetes.objects", 0, 0, "every Kubernetes object, `List` items included"),
    ("kubernetes.workloads", 0, 0, "objects with a pod template: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob"),
    ("kubernetes.pod_specs", 0, 0, "the pod spec of every workload"),
    ("kubernetes.containers", 0, 0, "containers, init containers and ephemeral containers of every workload"),
    ("cloudformation.resources", 0, 1, "resources of CloudFormation templates, optionally of one type (`*` globs)"),
    ("dockerfile.stages", 0, 0, "every stage of every Dockerfile (each `FROM`)"),
    ("dockerfile.final_stages", 0, 0, "the last stage of every Dockerfile: the image the build produces"),
    ("dockerfile.instructions", 0, 0, "every instruction of every Dockerfile, `FROM` and the ARGs before it included"),
    ("compose.files", 0, 0, "every Docker Compose file, as a whole"),
    ("compose.services", 0, 0, "every service of every Docker Compose file"),
    ("github.workflows", 0, 0, "every GitHub Actions workflow, as a whole"),
    ("github.jobs", 0, 0, "every job of every GitHub Actions workflow"),
    ("github.steps", 0, 0, "every step of every job of every GitHub Actions workflow"),
];

pub fn collection_arity(name: &str) -> Option<(usize, usize)> {
    COLLECTIONS.iter().find(|c| c.0 == name).map(|c| (c.1, c.2))
}

/// What a document is, by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Kubernetes,
    CloudFormation,
    Dockerfile,
    Compose,
    GitHubActions,
    Other,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Kubernetes => "kubernetes",
            Kind::CloudFormation => "cloudformation",
            Kind::Dockerfile => "dockerfile",
            Kind::Compose => "compose",
            Kind::GitHubActions => "github",
            Kind::Other => "other",
        }
    }
}

pub fn classify(doc: &Document) -> Kind {
    if dockerfile::is_dockerfile(doc) {
        Kind::Dockerfile
    } else if kubernetes::is_object(&doc.root) {
        Kind::Kubernetes
    } else if cloudformation::is_template(&doc.root) {
        Kind::CloudFormation
    } else if github::is_workflow(doc) {
        Kind::GitHubActions
    } else if compose::is_compose(doc) {
        Kind::Compose
    } else {
        Kind::Other
    }
}

/// A collection item: a document value and its address.
fn item<'a>(node: &'a crate::doc::Node, doc: &'a Document, address: String) -> Value<'a> {
    Value::Doc(DocRef { node, doc, address: Some(Rc::from(address)) })
}

/// The items of a collection over the documents of one unit.
pub fn collect<'a>(name: &str, args: &[Value<'a>], unit: &[&'a Document]) -> Vec<Value<'a>> {
    let mut out = Vec::new();
    for &doc in unit {
        match name {
            "documents" => out.push(item(&doc.root, doc, format!("{}#{}", doc.file.path, doc.index))),
            "cloudformation.resources" => cloudformation::resources(doc, args.first(), &mut out),
            _ => match name.split_once('.') {
                Some(("kubernetes", what)) => kubernetes::collect(what, doc, &mut out),
                Some(("dockerfile", what)) => dockerfile::collect(what, doc, &mut out),
                // A document has one platform: a Kubernetes manifest in a file
                // named `compose.yaml` is not also a Compose file.
                Some(("compose", what)) if classify(doc) == Kind::Compose => compose::collect(what, doc, &mut out),
                Some(("github", what)) if classify(doc) == Kind::GitHubActions => github::collect(what, doc, &mut out),
                _ => {}
            },
        }
    }
    out
}
