//! Platform views: the collections policies range over, built from documents.
//!
//! INVARIANT: this is the only module that knows what Kubernetes or CloudFormation
//! documents look like. It sees documents, never file syntax.

mod cloudformation;
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
];

pub fn collection_arity(name: &str) -> Option<(usize, usize)> {
    COLLECTIONS.iter().find(|c| c.0 == name).map(|c| (c.1, c.2))
}

/// What a document is, by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Kubernetes,
    CloudFormation,
    Other,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Kubernetes => "kubernetes",
            Kind::CloudFormation => "cloudformation",
            Kind::Other => "other",
        }
    }
}

pub fn classify(doc: &Document) -> Kind {
    if kubernetes::is_object(&doc.root) {
        Kind::Kubernetes
    } else if cloudformation::is_template(&doc.root) {
        Kind::CloudFormation
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
            _ if name.starts_with("kubernetes.") => kubernetes::collect(&name["kubernetes.".len()..], doc, &mut out),
            _ => {}
        }
    }
    out
}
