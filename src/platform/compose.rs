//! Docker Compose files: the file and its services.

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node, Value};

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
            for (name, service) in services(&doc.root) {
                out.push(item(service, doc, name.clone()));
            }
        }
        _ => {}
    }
}

/// How many `extends` a service's settings are followed through: Compose
/// files chain two or three.
const EXTENDS_DEPTH: usize = 8;

/// The most values `extends` copies, as a multiple of the values of the
/// file's services: many services that extend one large service would
/// otherwise copy it again and again.
const EXTENDS_COPIES: usize = 4;

/// Give each service that `extends` another of the same file the settings it
/// does not write, as `docker compose` merges them: maps key by key, the
/// service's own value winning; sequences one after the other, but for the
/// commands (`command`, `entrypoint`, a healthcheck's `test`), which the
/// service's own replaces. A copied value keeps its place in the file, so a
/// finding points at the base service's line. `extends` naming another file,
/// a missing service or a cycle is left as written, and so is every service
/// left once the copies reach their bound (`EXTENDS_COPIES`).
pub(super) fn resolve(doc: &mut Document) {
    if !is_compose(doc) {
        return;
    }
    with_defaults(&mut doc.root, 0);
    let v1 = doc.root.get("services").is_none();
    let services = match &mut doc.root.value {
        Value::Map(root) if v1 => root,
        Value::Map(root) => match root.get_mut("services") {
            Some(Node { value: Value::Map(services), .. }) => services,
            _ => return,
        },
        _ => return,
    };
    let mut budget = EXTENDS_COPIES * services.values().map(size).sum::<usize>();
    let mut done: std::collections::HashSet<String> =
        services.iter().filter(|(_, s)| extended(s).is_none()).map(|(name, _)| name.clone()).collect();
    for _ in 0..EXTENDS_DEPTH {
        let next: Vec<(String, String)> = services
            .iter()
            .filter(|(name, _)| !done.contains(*name))
            .filter_map(|(name, s)| extended(s).filter(|base| done.contains(base)).map(|base| (name.clone(), base)))
            .collect();
        if next.is_empty() {
            break;
        }
        for (name, base) in next {
            let Some(left) = budget.checked_sub(size(&services[&base])) else { return };
            budget = left;
            let base = services[&base].clone();
            if let Some(service) = services.get_mut(&name) {
                merge(service, base);
            }
            done.insert(name);
        }
    }
}

/// Replace each `${NAME:-default}` and `${NAME-default}` in the text
/// values below `node` with its default, as Compose reads it when `NAME` is
/// not set (the `.env` file and the environment are not read: like a
/// Terraform variable's default or a CloudFormation parameter's, the
/// default is what the file deploys unless told otherwise). A default that
/// holds another variable, `${NAME}` alone and `$${...}` (a `$` written
/// twice, which Compose does not interpolate) stay as written.
fn with_defaults(node: &mut Node, depth: usize) {
    if depth > 200 {
        return;
    }
    match &mut node.value {
        Value::Str(text) if text.contains("${") => {
            if let Some(replaced) = defaults_in(text) {
                *text = replaced;
            }
        }
        Value::Map(m) => m.values_mut().for_each(|c| with_defaults(c, depth + 1)),
        Value::List(items) => items.iter_mut().for_each(|c| with_defaults(c, depth + 1)),
        _ => {}
    }
}

/// `text` with its interpolations that have a default replaced by it; `None`
/// when it has none. The references are a shell's (`load::references`, as
/// in a Dockerfile); a `$` written twice is Compose's escape for one.
fn defaults_in(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in crate::load::references(text) {
        let escaped = text[..r.start].chars().rev().take_while(|&c| c == '$').count() % 2 == 1;
        let default = r.modifier.strip_prefix(":-").or_else(|| r.modifier.strip_prefix('-')).filter(|d| !d.contains('$'));
        if let Some(default) = default.filter(|_| !escaped) {
            out.push_str(&text[last..r.start]);
            out.push_str(default);
            last = r.end;
        }
    }
    (last > 0).then(|| out + &text[last..])
}

/// The service of the same file that `service` extends: `extends: web` or
/// `extends: {service: web}` without `file`.
fn extended(service: &Node) -> Option<String> {
    let extends = service.get("extends")?;
    match &extends.value {
        Value::Str(name) => Some(name.clone()),
        Value::Map(m) if !m.contains_key("file") => m.get("service")?.as_str().map(str::to_owned),
        _ => None,
    }
}

/// The number of values in `node`, itself included.
fn size(node: &Node) -> usize {
    1 + match &node.value {
        Value::List(items) => items.iter().map(size).sum(),
        Value::Map(m) => m.values().map(size).sum(),
        _ => 0,
    }
}

fn merge(own: &mut Node, base: Node) {
    let (Value::Map(own), Value::Map(base)) = (&mut own.value, base.value) else { return };
    for (key, from) in base {
        if key == "extends" {
            continue;
        }
        match own.get_mut(&key) {
            None => {
                own.insert(key, from);
            }
            Some(mine) => match (&mut mine.value, from.value) {
                (Value::Map(_), value @ Value::Map(_)) => merge(mine, Node { value, ..from }),
                (Value::List(items), Value::List(mut first)) if !["command", "entrypoint", "test"].contains(&key.as_str()) => {
                    first.append(items);
                    *items = first;
                }
                _ => {}
            },
        }
    }
}

/// The services of a Compose file: the maps of its `services` map or, in the
/// version 1 format (no `services` key), every top-level entry with `image`
/// or `build`. An entry that is not a map (`web: 5`) is no service.
fn services(root: &Node) -> impl Iterator<Item = (&String, &Node)> {
    let v1 = root.get("services").is_none();
    let top = if v1 { root.as_map() } else { root.get("services").and_then(Node::as_map) };
    top.into_iter().flatten().filter(move |(_, s)| s.as_map().is_some() && (!v1 || s.get("image").is_some() || s.get("build").is_some()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn interpolations_with_a_default_take_it() {
        let cases = [
            ("${APP_IMAGE:-appwrite/appwrite}:${APP_VERSION:-latest}", Some("appwrite/appwrite:latest")),
            ("${PORT-8080}:80", Some("8080:80")),
            ("${REGISTRY:-}app:1.0", Some("app:1.0")),
            ("${IMAGE}", None),
            ("$${NOT:-this}", None),
            ("${A:-${B:-x}}", None),
            ("postgres:${PG:-16}-alpine and $HOME", Some("postgres:16-alpine and $HOME")),
            ("${BROKEN:-x", None),
        ];
        for (text, want) in cases {
            assert_eq!(super::defaults_in(text).as_deref(), want, "{text}");
        }
    }

    use super::*;

    fn resolved(text: &str) -> Document {
        let file = crate::source::SourceFile::new("compose.yaml", text);
        let mut doc = crate::load::parse(&file, crate::doc::Syntax::Yaml, &Default::default()).unwrap().docs.remove(0);
        super::resolve(&mut doc);
        doc
    }

    fn caps(doc: &Document, service: &str) -> usize {
        doc.root.get("services").and_then(|s| s.get(service)).and_then(|s| s.get("cap_add")).and_then(|c| c.as_list()).map_or(0, <[_]>::len)
    }

    #[test]
    fn extends_cycles_and_missing_bases_are_left_as_written() {
        let doc = resolved(
            "services:\n  a: {extends: b, image: x}\n  b: {extends: a, cap_add: [NET_ADMIN]}\n  c: {extends: c}\n  d: {extends: nowhere}\n",
        );
        assert_eq!(caps(&doc, "a"), 0);
        assert_eq!(caps(&doc, "b"), 1);
    }

    /// A chain of `extends` is followed `EXTENDS_DEPTH` steps, so that the
    /// copies stay linear in the size of the file.
    #[test]
    fn an_extends_chain_is_followed_to_a_bound() {
        let mut text = String::from("services:\n  s0: {image: x, cap_add: [NET_ADMIN]}\n");
        for i in 1..=50 {
            text.push_str(&format!("  s{i}: {{extends: s{}, cap_add: [CHOWN]}}\n", i - 1));
        }
        let doc = resolved(&text);
        assert_eq!(caps(&doc, "s1"), 2);
        assert_eq!(caps(&doc, &format!("s{EXTENDS_DEPTH}")), EXTENDS_DEPTH + 1);
        assert_eq!(caps(&doc, "s50"), 1);
    }

    /// Many services that extend one large service copy it only up to a
    /// multiple of the file's size.
    #[test]
    fn extends_copies_are_bounded() {
        let names: Vec<String> = (0..2000).map(|n| format!("CAP_{n}")).collect();
        let mut text = format!("services:\n  base: {{image: x, cap_add: [{}]}}\n", names.join(", "));
        for i in 0..2000 {
            text.push_str(&format!("  s{i}: {{extends: base}}\n"));
        }
        let doc = resolved(&text);
        let copied = (0..2000).filter(|i| caps(&doc, &format!("s{i}")) > 0).count();
        assert!(copied > 0 && copied < 20, "{copied} services took the base's values");
    }
}
