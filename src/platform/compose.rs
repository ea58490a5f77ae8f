//! Docker Compose files: the file and its services.

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node};

/// `docker-compose.yml`, `docker-compose.prod.yaml`, `compose.yaml`, ...
pub(super) fn compose_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    (name.starts_with("docker-compose") || name.starts_with("compose")) && (name.ends_with(".yml") || name.ends_with(".yaml"))
}

/// A Compose file: a top-level `services` map with an entry that has `image` or
/// `build`, or a map in a file named like one (override files often set neither).
pub(super) fn is_compose(doc: &Document) -> bool {
    let Some(root) = doc.root.as_map() else { return false };
    if compose_name(&doc.file.path) {
        return true;
    }
    root.get("services")
        .and_then(Node::as_map)
        .is_some_and(|services| services.values().any(|s| s.get("image").is_some() || s.get("build").is_some()))
}

/// Called only for documents `classify` found to be Compose files.
pub(super) fn collect<'a>(what: &str, doc: &'a Document, out: &mut Vec<DocRef<'a>>) {
    match what {
        "files" => out.push(item(&doc.root, doc, doc.file.path.clone())),
        "services" => {
            for (name, service) in doc.root.get("services").and_then(Node::as_map).into_iter().flatten() {
                out.push(item(service, doc, name.clone()));
            }
        }
        _ => {}
    }
}
