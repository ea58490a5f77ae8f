//! Override files (`override.tf`, `*_override.tf`, and the same in
//! `.tf.json`): Terraform merges each of their blocks into the block of the
//! same type and labels in the module's other files, in the lexical order
//! of the override files' names, before anything is evaluated. The merged
//! block is the one checked; what an override sets points at the block it
//! overrides (`resolve::respan`: the values are written in another file
//! than the block).

use crate::doc::{Document, Map, Node, Value as V};

/// Whether the file at `path` is an override file.
fn is_override(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.strip_suffix(".tf").or_else(|| name.strip_suffix(".tf.json"));
    stem.is_some_and(|s| s == "override" || s.ends_with("_override"))
}

/// Merge the blocks of the override files of `docs` (one module's
/// documents) into the blocks they override. A block with nothing to
/// override (which Terraform refuses) stays where it is written.
pub(super) fn merge(docs: &mut [&mut Document]) {
    let mut overrides: Vec<usize> = (0..docs.len()).filter(|&i| is_override(&docs[i].file.path)).collect();
    if overrides.is_empty() {
        return;
    }
    overrides.sort_by(|&a, &b| docs[a].file.path.cmp(&docs[b].file.path));
    for o in overrides {
        let V::Map(blocks) = &mut docs[o].root.value else { continue };
        let written = std::mem::take(blocks);
        let mut left: Map<Node> = Map::default();
        for (kind, node) in written {
            let depth = match kind.as_str() {
                "resource" | "data" => 2,
                "module" | "variable" | "output" => 1,
                // Each local value replaces the one of the same name.
                "locals" => 0,
                _ => {
                    left.insert(kind, node);
                    continue;
                }
            };
            let rest = merge_kind(docs, o, &kind, node, depth);
            if rest.as_map().is_some_and(|m| !m.is_empty()) {
                left.insert(kind, rest);
            }
        }
        docs[o].root.value = V::Map(left);
    }
}

/// Merge the blocks of one kind of override file `o` into the other files;
/// what has no base is given back.
fn merge_kind(docs: &mut [&mut Document], o: usize, kind: &str, mut node: Node, depth: usize) -> Node {
    let paths = labels(&node, depth);
    for path in paths {
        let Some(base) =
            (0..docs.len()).filter(|&i| i != o && !is_override(&docs[i].file.path)).find(|&i| at(&docs[i].root, kind, &path).is_some())
        else {
            continue;
        };
        let Some(block) = take(&mut node, &path) else { continue };
        let Some(target) = at_mut(&mut docs[base].root, kind, &path) else { continue };
        if depth == 0 {
            // A local value: the path is its name.
            let anchor = target.key_span.unwrap_or(target.span);
            *target = block;
            target.respan(anchor);
        } else {
            merge_block(target, block);
        }
    }
    // A resource type whose blocks all found their original is left empty.
    if let (2, V::Map(types)) = (depth, &mut node.value) {
        types.retain(|_, names| names.as_map().is_none_or(|m| !m.is_empty()));
    }
    node
}

/// The label paths of the blocks of one kind: `[type, name]` for resources
/// and data sources, `[name]` for modules, variables and outputs, the names
/// of local values.
fn labels(node: &Node, depth: usize) -> Vec<Vec<String>> {
    let Some(m) = node.as_map() else { return Vec::new() };
    match depth {
        0 | 1 => m.keys().map(|k| vec![k.clone()]).collect(),
        _ => m
            .iter()
            .flat_map(|(ty, names)| {
                labels(names, 1).into_iter().map(move |mut p| {
                    p.insert(0, ty.clone());
                    p
                })
            })
            .collect(),
    }
}

fn at<'n>(root: &'n Node, kind: &str, path: &[String]) -> Option<&'n Node> {
    path.iter().try_fold(root.get(kind)?, |n, k| n.get(k))
}

fn at_mut<'n>(root: &'n mut Node, kind: &str, path: &[String]) -> Option<&'n mut Node> {
    let mut node = get_mut(root, kind)?;
    for k in path {
        node = get_mut(node, k)?;
    }
    Some(node)
}

fn get_mut<'n>(node: &'n mut Node, key: &str) -> Option<&'n mut Node> {
    match &mut node.value {
        V::Map(m) => m.get_mut(key),
        _ => None,
    }
}

/// Take the block (or local value) at `path` out of the override's blocks
/// of one kind.
fn take(node: &mut Node, path: &[String]) -> Option<Node> {
    let (last, parents) = path.split_last()?;
    let mut at = &mut *node;
    for k in parents {
        at = get_mut(at, k)?;
    }
    let V::Map(m) = &mut at.value else { return None };
    m.shift_remove(last)
}

/// Terraform's merge of one block: each argument, and each type of nested
/// block (all its blocks at once), replaces the base's; `lifecycle` is
/// merged argument by argument.
fn merge_block(base: &mut Node, block: Node) {
    let anchor = base.key_span.unwrap_or(base.span);
    let (V::Map(target), V::Map(over)) = (&mut base.value, block.value) else { return };
    for (key, mut value) in over {
        value.respan(anchor);
        match (key.as_str(), target.get_mut(&key).and_then(first_map)) {
            ("lifecycle", Some(old)) => old.extend(maps(value)),
            _ => {
                target.insert(key, value);
            }
        }
    }
}

/// The arguments of a nested block: its map, or the first of its list (HCL
/// gives a list of blocks, JSON may give the object alone).
fn first_map(node: &mut Node) -> Option<&mut Map<Node>> {
    match &mut node.value {
        V::Map(m) => Some(m),
        V::List(items) => match &mut items.first_mut()?.value {
            V::Map(m) => Some(m),
            _ => None,
        },
        _ => None,
    }
}

/// The arguments of every block of a nested block type, in order.
fn maps(node: Node) -> impl Iterator<Item = (String, Node)> {
    let blocks = match node.value {
        V::List(items) => items,
        other => vec![Node { value: other, ..node }],
    };
    blocks.into_iter().flat_map(|b| match b.value {
        V::Map(m) => m,
        _ => Map::default(),
    })
}
