//! The Kubernetes control plane as static pods show it: the components
//! (kube-apiserver, kube-controller-manager, kube-scheduler, kubelet, etcd)
//! that a control-plane pod runs (`kubernetes::in_control_plane` says which
//! pods are), with the flags of their command lines.
//!
//! A component's flags are parsed as its own flag library reads them:
//! `--name=value` and `--name value`, a bare `--name` is `"true"`, the last of
//! a repeated flag wins, `--` ends the flags. Each value keeps the span of its
//! text in the file (the part after `=`, or the next list item), so that a
//! finding points at the value to change.

use crate::doc::Map;
use crate::doc::{Node, Value as V};
use crate::source::{SourceFile, Span};

/// The components, by the name of their binary.
const COMPONENTS: &[&str] = &["kube-apiserver", "kube-controller-manager", "kube-scheduler", "kubelet", "etcd"];

/// The component a `hyperkube` subcommand runs (`hyperkube apiserver ...`).
fn hyperkube(sub: &str) -> Option<&'static str> {
    Some(match sub {
        "apiserver" | "kube-apiserver" => "kube-apiserver",
        "controller-manager" | "kube-controller-manager" => "kube-controller-manager",
        "scheduler" | "kube-scheduler" => "kube-scheduler",
        "kubelet" => "kubelet",
        _ => return None,
    })
}

/// A word of a command line: its text and the span of that text in the file.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    span: Span,
    /// Whether `span` covers `text` byte for byte, so that a part of the text
    /// has a span of its own; else a part gets the whole span.
    exact: bool,
}

impl Word {
    /// The span of `text[from..]`.
    fn tail_span(&self, from: usize) -> Span {
        if self.exact { Span::new(self.span.start as usize + from, self.span.end as usize) } else { self.span }
    }

    /// The span of `text[..to]`.
    fn head_span(&self, to: usize) -> Span {
        if self.exact { Span::new(self.span.start as usize, self.span.start as usize + to) } else { self.span }
    }
}

/// The words of a `command` or `args` list: one per item; a scalar item that
/// is not a string (`- 10`) is its text.
fn words(list: &Node, file: &SourceFile) -> Vec<Word> {
    list.as_list()
        .unwrap_or_default()
        .iter()
        .filter_map(|item| {
            let text = match &item.value {
                V::Str(s) => s.clone(),
                V::Int(i) => i.to_string(),
                V::Float(f) => crate::doc::format_number(*f),
                V::Bool(b) => b.to_string(),
                _ => return None,
            };
            Some(word(text, item.span, file))
        })
        .collect()
}

/// A word whose text is written at `span`, quoted or not: when the text
/// appears there as written (no escapes, no folded lines), its parts have
/// spans of their own.
fn word(text: String, span: Span, file: &SourceFile) -> Word {
    let raw = file.slice(span);
    match raw.find(text.as_str()).filter(|_| !text.is_empty()) {
        Some(at) => {
            let start = span.start as usize + at;
            Word { span: Span::new(start, start + text.len()), text, exact: true }
        }
        None => Word { text, span, exact: false },
    }
}

/// The words of a shell script (`sh -c "exec kube-apiserver --a=b"`), split at
/// whitespace; quoting inside the script is not interpreted.
fn script_words(script: &Word) -> Vec<Word> {
    let mut out = Vec::new();
    let text = &script.text;
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let span =
                    if script.exact { Span::new(script.span.start as usize + s, script.span.start as usize + i) } else { script.span };
                out.push(Word { text: text[s..i].to_string(), span, exact: script.exact });
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The component a command line runs and the words after its binary (and
/// after the `hyperkube` subcommand): `None` when it runs none of them.
fn component(line: &[Word]) -> Option<(&'static str, &Word, &[Word])> {
    let (first, rest) = line.split_first()?;
    let name = basename(&first.text);
    if let Some(c) = COMPONENTS.iter().find(|c| **c == name) {
        return Some((c, first, rest));
    }
    if name == "hyperkube" {
        let (sub, rest) = rest.split_first()?;
        return hyperkube(&sub.text).map(|c| (c, sub, rest));
    }
    None
}

/// The flags of a component's command line, by name (without dashes), each a
/// string node at its value; a bare flag is `"true"` at the flag.
fn flags(words: &[Word], component: &str) -> Map<Node> {
    let mut out: Map<Node> = Map::default();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        i += 1;
        if w.text == "--" {
            break;
        }
        // pflag (the Kubernetes components) reads `--name`; Go's flag package
        // (etcd) reads `-name` too. A single dash is otherwise a shorthand
        // (`-v=2`), kept under its letter.
        let dashes = if w.text.starts_with("--") {
            2
        } else if w.text.starts_with('-') && w.text.len() > 1 {
            1
        } else {
            // A positional word: the components take none, so it is skipped.
            continue;
        };
        let body = &w.text[dashes..];
        let name = body.split_once('=').map_or(body, |(n, _)| n);
        // `-abc` is a cluster of shorthands, not a flag named `abc`.
        if name.is_empty() || (dashes == 1 && component != "etcd" && name.chars().count() > 1) {
            continue;
        }
        let (value, key, at) = match body.split_once('=') {
            Some((_, value)) => {
                let eq = dashes + name.len();
                (value.to_string(), w.head_span(eq), w.tail_span(eq + 1))
            }
            None => match words.get(i).filter(|next| !next.text.starts_with('-')) {
                Some(next) => {
                    i += 1;
                    (next.text.clone(), w.span, next.span)
                }
                None => ("true".to_string(), w.span, w.span),
            },
        };
        // The last of a repeated flag wins, as it does for the component.
        out.shift_remove(name);
        out.insert(name.to_string(), Node { span: at, key_span: Some(key), value: V::Str(value) });
    }
    out
}

/// The control-plane component a container runs, as an element of
/// `kubernetes.control_plane`: `component`, `flags` and `container`. A
/// container without a `command` runs its image's entrypoint: a component's
/// own image (`registry.k8s.io/etcd:3.5.12-0`) runs that component with the
/// container's `args`.
pub(super) fn element(container: &Node, file: &SourceFile) -> Option<Node> {
    let args = container.get("args");
    let Some(command) = container.get("command") else {
        let image = container.get("image")?;
        let (name, args) = (image_component(image.as_str()?)?, args?);
        return Some(element_of(container, name, image.span, args, flags(&words(args, file), name)));
    };
    let mut line = words(command, file);
    // `sh -c "exec kube-apiserver ..."`: the script is the command line.
    if line.first().is_some_and(|w| matches!(basename(&w.text), "sh" | "bash" | "ash" | "dash")) {
        let all: Vec<Word> = line.iter().cloned().chain(args.map(|a| words(a, file)).unwrap_or_default()).collect();
        let script = all.iter().position(|w| w.text == "-c").and_then(|c| all.get(c + 1))?;
        let mut inner = script_words(script);
        if inner.first().is_some_and(|w| w.text == "exec") {
            inner.remove(0);
        }
        line = inner;
    } else if let Some(args) = args {
        line.extend(words(args, file));
    }
    let (name, binary, rest) = component(&line)?;
    Some(element_of(container, name, binary.span, command, flags(rest, name)))
}

/// The element of the component `name` run by `container`, named at
/// `named_at`, with its `flags` at the command line `line`.
fn element_of(container: &Node, name: &str, named_at: Span, line: &Node, flags: Map<Node>) -> Node {
    let mut m = Map::default();
    m.insert("component".to_string(), Node::new(named_at, V::Str(name.to_string())));
    m.insert("flags".to_string(), Node { span: line.span, key_span: line.key_span, value: V::Map(flags) });
    m.insert("container".to_string(), container.clone());
    Node { span: container.span, key_span: container.key_span, value: V::Map(m) }
}

/// The component whose own image `image` is (`registry.k8s.io/kube-apiserver:v1.30.0`,
/// `quay.io/coreos/etcd`, `gcr.io/google_containers/etcd-amd64`); not the
/// kubelet, which runs on the node.
fn image_component(image: &str) -> Option<&'static str> {
    let name = basename(crate::image::image_ref(image).image.0);
    let name = ["-amd64", "-arm64", "-arm", "-ppc64le", "-s390x"].iter().find_map(|arch| name.strip_suffix(arch)).unwrap_or(name);
    COMPONENTS.iter().copied().find(|c| *c == name && *c != "kubelet")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The flags of a container's command line, as `name=value` pairs with the
    /// text at each value's span.
    fn parse(yaml: &str) -> (Option<String>, Vec<(String, String, String)>) {
        let file = SourceFile::new("m.yaml", yaml);
        let docs =
            crate::load::parse(&file, crate::doc::Syntax::Yaml, &Default::default()).unwrap_or_else(|e| panic!("{}", e.message)).docs;
        let Some(el) = element(&docs[0].root, &file) else { return (None, Vec::new()) };
        let component = el.get("component").and_then(Node::as_str).map(str::to_string);
        let flags = el
            .get("flags")
            .and_then(Node::as_map)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string(), file.slice(v.span).to_string())).collect())
            .unwrap_or_default();
        (component, flags)
    }

    fn pairs(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
        list.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect()
    }

    #[test]
    fn equals_form_points_at_the_value() {
        let (c, f) = parse("command:\n- kube-apiserver\n- --anonymous-auth=false\n- \"--authorization-mode=Node,RBAC\"\n");
        assert_eq!(c.as_deref(), Some("kube-apiserver"));
        assert_eq!(f, pairs(&[("anonymous-auth", "false", "false"), ("authorization-mode", "Node,RBAC", "Node,RBAC")]));
    }

    #[test]
    fn space_form_takes_the_next_word() {
        let (_, f) = parse("command: [/usr/local/bin/etcd, --client-cert-auth, \"true\", --data-dir, /var/lib/etcd, -name, m1]\n");
        assert_eq!(f, pairs(&[("client-cert-auth", "true", "true"), ("data-dir", "/var/lib/etcd", "/var/lib/etcd"), ("name", "m1", "m1")]));
    }

    #[test]
    fn the_last_of_a_repeated_flag_wins() {
        let (_, f) = parse("command: [kube-scheduler, --profiling=true, --bind-address=0.0.0.0, --profiling=false]\n");
        assert_eq!(f, pairs(&[("bind-address", "0.0.0.0", "0.0.0.0"), ("profiling", "false", "false")]));
    }

    #[test]
    fn a_bare_flag_is_true_at_the_flag() {
        let (_, f) = parse("command: [kube-controller-manager, --use-service-account-credentials, --leader-elect=true]\n");
        assert_eq!(
            f,
            pairs(&[("use-service-account-credentials", "true", "--use-service-account-credentials"), ("leader-elect", "true", "true")])
        );
    }

    #[test]
    fn args_follow_the_command_and_double_dash_ends_the_flags() {
        let (c, f) =
            parse("command: [kubelet]\nargs: [--read-only-port=0, --config, /var/lib/kubelet/config.yaml, --, --anonymous-auth=true]\n");
        assert_eq!(c.as_deref(), Some("kubelet"));
        assert_eq!(f, pairs(&[("read-only-port", "0", "0"), ("config", "/var/lib/kubelet/config.yaml", "/var/lib/kubelet/config.yaml")]));
    }

    #[test]
    fn hyperkube_and_shell_scripts_run_their_component() {
        let (c, f) = parse("command: [/hyperkube, apiserver, --profiling=false]\n");
        assert_eq!((c.as_deref(), f), (Some("kube-apiserver"), pairs(&[("profiling", "false", "false")])));
        let (c, f) = parse("command: [/bin/sh, -c, \"exec kube-scheduler --profiling=false  --bind-address=127.0.0.1\"]\n");
        assert_eq!(c.as_deref(), Some("kube-scheduler"));
        assert_eq!(f, pairs(&[("profiling", "false", "false"), ("bind-address", "127.0.0.1", "127.0.0.1")]));
    }

    #[test]
    fn other_commands_are_no_component() {
        assert_eq!(parse("command: [nginx, -g, daemon off;]\n").0, None);
        assert_eq!(parse("args: [--anonymous-auth=false]\n").0, None);
        assert_eq!(parse("command: [kube-apiserver-proxy, --x=1]\n").0, None);
        // A container without a command runs its image's entrypoint.
        let (c, f) = parse("image: registry.k8s.io/etcd:3.5.12-0\nargs: [--peer-client-cert-auth=false, --data-dir, /var/lib/etcd]\n");
        assert_eq!(c.as_deref(), Some("etcd"));
        assert_eq!(f, pairs(&[("peer-client-cert-auth", "false", "false"), ("data-dir", "/var/lib/etcd", "/var/lib/etcd")]));
        assert_eq!(
            parse("image: gcr.io/google_containers/kube-apiserver-amd64:v1.9.0\nargs: [--profiling]\n").0.as_deref(),
            Some("kube-apiserver")
        );
        assert_eq!(parse("image: bitnami/etcd-operator:1.0\nargs: [--x=1]\n").0, None);
        assert_eq!(parse("image: registry.k8s.io/kubelet:v1.30.0\nargs: [--x=1]\n").0, None);
        assert_eq!(parse("image: registry.k8s.io/etcd:3.5.12-0\n").0, None);
        assert_eq!(parse("command: [/bin/sh, -c, \"echo kube-apiserver\"]\n").0, None);
    }
}
