//! Serverless Framework service files (`serverless.yml`): their references
//! to their own values resolved, their other variables unknown, and the
//! CloudFormation they carry under `resources` (`Resources`, `Conditions`,
//! `Outputs`, ...), which the framework merges into the stack it deploys,
//! read as a template of its own. The functions and events it generates
//! are not read as resources (policies read them in the file itself).

use crate::doc::{Document, Node, Value};
use std::sync::Arc;

/// Whether `text` holds one of the framework's variables: `${` and a
/// source's name (letters and digits) before one `:` or a `(`
/// (`${self:custom.bucket}`, `${ssm:/db/password}`, `${ssm(eu-west-1):/x}`,
/// a plugin's `${vault:...}`), or a region after `cf.` or `ssm.`
/// (`${cf.us-east-1:stack.Output}`): what it resolves when it deploys, not
/// known here. Not CloudFormation's `${AWS::Partition}` or `${Bucket.Arn}`
/// in a `!Sub` of the file's `resources`.
fn has_variable(text: &str) -> bool {
    text.match_indices("${").any(|(at, _)| {
        let rest = &text[at + 2..];
        let name = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let after = &rest[name..];
        name > 0
            && ((after.starts_with(':') && !after.starts_with("::"))
                || after.starts_with('(')
                || (after.starts_with('.') && matches!(&rest[..name], "cf" | "ssm")))
    })
}

/// `serverless.yml`, `serverless.yaml`, `serverless.prod.yml`, ...
pub(super) fn service_name(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    name.starts_with("serverless") && (name.ends_with(".yml") || name.ends_with(".yaml") || name.ends_with(".json"))
}

/// Rounds of `${self:...}` references resolved in a file (a reference may
/// name a value that is a reference), and how much larger than it was a
/// file may grow by them.
const ROUNDS: usize = 4;
const GROWTH: usize = 4;

fn is_service(doc: &Document) -> bool {
    service_name(&doc.file.path) && doc.root.get("service").is_some()
}

/// Resolve a service file in place, as the framework does before it
/// deploys: its references to its own values (`${self:custom.bucket}`,
/// `${self:service}-orders`) become those values, in a few rounds, and
/// every other variable (`${opt:stage}`, `${ssm:/db/password}`, a
/// reference to a value the file does not have) is unknown.
pub(super) fn resolve(doc: &mut Document) {
    if !is_service(doc) {
        return;
    }
    let limit = crate::doc::weight(&doc.root.value).saturating_mul(GROWTH);
    for _ in 0..ROUNDS {
        let before = doc.root.clone();
        let mut room = limit.saturating_sub(crate::doc::weight(&before.value));
        if !own_references(&mut doc.root, &before, &mut room) || room == 0 {
            break;
        }
    }
    unknown_variables(&mut doc.root);
}

/// Put in place, in `node`, the values of `root` its `${self:PATH}`
/// references name: the value itself for a string that is one reference,
/// the text of a scalar within a longer string, each paid from `room`
/// (what the file may still grow by) before it is copied; none once it is
/// spent. Whether anything changed.
fn own_references(node: &mut Node, root: &Node, room: &mut usize) -> bool {
    let mut changed = false;
    let mut stack = vec![node];
    while let Some(node) = stack.pop() {
        if let Value::Str(s) = &node.value
            && let Some(value) = referenced(s, root)
        {
            let Some(left) = room.checked_sub(crate::doc::weight(&value)) else {
                *room = 0;
                return changed;
            };
            *room = left;
            node.value = value;
            changed = true;
            continue;
        }
        match &mut node.value {
            Value::List(items) => stack.extend(items.iter_mut()),
            Value::Map(m) => stack.extend(m.values_mut()),
            _ => {}
        }
    }
    changed
}

/// The value of `text` with its first `${self:PATH}` reference resolved in
/// `root`: the referenced value when `text` is the reference alone, else
/// the text with the scalar's text in place; `None` when it has none that
/// `root` holds.
fn referenced(text: &str, root: &Node) -> Option<Value> {
    let start = text.find("${self:")?;
    let end = start + text[start..].find('}')?;
    let path = &text[start + "${self:".len()..end];
    // A default (`${self:custom.x, 'a'}`) or a nested variable: not followed.
    if path.contains([',', '$', '{']) {
        return None;
    }
    let mut node = root;
    for key in path.split('.') {
        node = match &node.value {
            Value::Map(m) => m.get(key)?,
            Value::List(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    if start == 0 && end + 1 == text.len() {
        return Some(node.value.clone());
    }
    let shown = match &node.value {
        Value::Str(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    Some(Value::Str(format!("{}{shown}{}", &text[..start], &text[end + 1..])))
}

/// The template a service file's `resources` is, as a document of the same
/// file (its positions are the file's), once `resolve` has put in place
/// what the file says; `None` for any other document.
pub(super) fn template(doc: &Document) -> Option<Document> {
    if !is_service(doc) {
        return None;
    }
    let resources = doc.root.get("resources")?;
    resources.get("Resources")?.as_map()?;
    let root = resources.clone();
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
            && has_variable(s)
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

/// The literal text of a value before its first variable and after its
/// last (`arn:aws:s3:::orders-${sls:stage}/*`: `arn:aws:s3:::orders-` and
/// `/*`); `None` without one, or when a variable is not closed.
pub(super) fn affixes(text: &str) -> Option<(String, String)> {
    let first = text.find("${")?;
    let (mut depth, mut end) = (0usize, None);
    let mut chars = text[first..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '$' if chars.peek().is_some_and(|(_, n)| *n == '{') => {
                chars.next();
                depth += 1;
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    end = Some(first + i + 1);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        return None;
    }
    let end = end?;
    let (prefix, suffix) = (&text[..first], &text[end..]);
    (!(prefix.is_empty() && suffix.is_empty())).then(|| (prefix.to_string(), suffix.to_string()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_known_ends_of_a_value_are_around_its_variables() {
        use super::affixes;
        let ends = |p: &str, s: &str| Some((p.to_string(), s.to_string()));
        assert_eq!(affixes("arn:aws:s3:::orders-${sls:stage}/*"), ends("arn:aws:s3:::orders-", "/*"));
        assert_eq!(affixes("${self:custom.${opt:stage}}-db"), ends("", "-db"));
        assert_eq!(affixes("a-${opt:x}-b-${opt:y}"), ends("a-", ""));
        assert_eq!(affixes("${opt:runtime}"), None);
        assert_eq!(affixes("${opt:open"), None);
        assert_eq!(affixes("no variable"), None);
    }

    #[test]
    fn any_source_of_the_framework_is_a_variable() {
        use super::has_variable;
        for text in ["${cf.us-east-1:other.Acl}", "${ssm(eu-west-1):/acl}", "${ssm.us-east-1:/acl}", "x-${vault:secret/acl}", "${self:a}"] {
            assert!(has_variable(text), "{text}");
        }
        for text in ["${}", "${ not a variable}", "$x:y", "plain", "arn:${AWS::Partition}:iam::aws:policy/x", "${Bucket.Arn}/*"] {
            assert!(!has_variable(text), "{text}");
        }
    }

    /// References that copy a large value many times stop when the file has
    /// grown fourfold, counted as they are copied: 5,000 references to a
    /// list of 10,000 were 2.7 GB in one round.
    #[test]
    fn references_stop_copying_at_the_growth_bound() {
        use crate::doc::weight;
        let list = format!("[{}]", vec!["0"; 10_000].join(", "));
        let refs: String = (0..5_000).map(|i| format!("  r{i}: ${{self:c.a}}\n")).collect();
        let text = format!("service: s\nc:\n  a: {list}\nrefs:\n{refs}");
        let file = crate::source::SourceFile::new("serverless.yml", text);
        let mut docs =
            crate::load::parse(&file, crate::doc::Syntax::Yaml, &Default::default()).unwrap_or_else(|e| panic!("{}", e.message)).docs;
        let before = weight(&docs[0].root.value);
        super::resolve(&mut docs[0]);
        assert!(weight(&docs[0].root.value) <= 4 * before, "{} > 4 * {before}", weight(&docs[0].root.value));
    }
}
