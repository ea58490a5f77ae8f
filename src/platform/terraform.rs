//! Terraform: the module view (a module is a folder), static evaluation of what
//! can be known (variable defaults and `*.tfvars`, locals, templates of known
//! parts, `jsonencode`, `aws_iam_policy_document` data sources), and references
//! between resources.
//!
//! Everything else stays unknown, with its expression text, and is never
//! turned into a pass or a fail.

mod functions;
mod instances;
mod modules;
mod overrides;
mod resolve;

use instances::INSTANCES;
pub use modules::{Library, downloaded, join, local_sources, local_sources_in_text};
pub use resolve::resolve;

/// Resolve the module of `folder` (its documents `docs`) and the modules it
/// calls: the copies of their documents, each with the position in `docs` of
/// the document that calls it.
pub(super) fn resolve_folder(
    folder: &str,
    docs: &mut [&mut Document],
    library: &Library,
    notices: &mut Vec<crate::diag::Diag>,
) -> Vec<(usize, Document)> {
    let called = modules::resolve_root(folder, docs, library, notices);
    resolve::forget_parsed();
    called
}

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node, Syntax, Value as V};

pub(super) fn is_terraform(doc: &Document) -> bool {
    doc.syntax == Syntax::Hcl || doc.file.path.ends_with(".tf.json") || is_plan(doc)
}

/// `terraform show -json` output: a plan (or state) with `planned_values`.
fn is_plan(doc: &Document) -> bool {
    doc.syntax == Syntax::Json
        && doc.root.get("format_version").is_some()
        && (doc.root.get("planned_values").is_some() || doc.root.get("values").is_some())
}

/// Resources of a plan's `planned_values` (or a state's `values`), child modules
/// included: the element is the resource's `values`, the address the plan's.
fn plan_resources<'a>(doc: &'a Document, mode: &str, wanted: Option<&str>, out: &mut Vec<DocRef<'a>>) {
    fn module<'a>(m: &'a Node, doc: &'a Document, mode: &str, wanted: Option<&str>, out: &mut Vec<DocRef<'a>>, depth: usize) {
        if depth > 32 {
            return;
        }
        for r in m.get("resources").and_then(Node::as_list).into_iter().flatten() {
            let ty = r.get("type").and_then(Node::as_str).unwrap_or("");
            if r.get("mode").and_then(Node::as_str) != Some(mode) || wanted.is_some_and(|w| !super::glob_match(w, ty)) {
                continue;
            }
            let address = r.get("address").and_then(Node::as_str).unwrap_or(ty).to_string();
            if let Some(values) = r.get("values") {
                out.push(item(values, doc, address));
            }
        }
        for child in m.get("child_modules").and_then(Node::as_list).into_iter().flatten() {
            module(child, doc, mode, wanted, out, depth + 1);
        }
    }
    let root = doc.root.get("planned_values").or_else(|| doc.root.get("values")).and_then(|v| v.get("root_module"));
    if let Some(root) = root {
        module(root, doc, mode, wanted, out, 0);
    }
}

fn is_tfvars(doc: &Document) -> bool {
    let p = &doc.file.path;
    p.ends_with("terraform.tfvars") || p.ends_with(".auto.tfvars")
}

/// Whether an expression means one value wherever it is written in a module:
/// it reads only variables, locals, data sources, resources and module
/// outputs, not `each`, `count`, `self`, a `dynamic` block's iterator (nor
/// any `X.key` or `X.value`) or a
/// `for` expression's variables, and calls no function whose result changes
/// from call to call (`timestamp`, `uuid`, `bcrypt`, `plantimestamp`). Two
/// unknown values of one module written the same way are then equal.
pub fn same_throughout_module(expression: &str) -> bool {
    use hcl_edit::expr::Expression;
    use hcl_edit::visit::Visit;
    struct Check(bool);
    impl Visit for Check {
        fn visit_expr(&mut self, e: &Expression) {
            match e {
                Expression::Variable(v) => {
                    let name = v.value().as_str();
                    self.0 &= matches!(name, "var" | "local" | "data" | "module" | "path" | "terraform") || name.contains('_');
                }
                // `access_config.value`: the iterator of a `dynamic` block
                // (named after the block), not a resource.
                Expression::Traversal(t)
                    if matches!(t.operators.first().map(|o| o.value()),
                        Some(hcl_edit::expr::TraversalOperator::GetAttr(a)) if matches!(a.value().as_str(), "key" | "value")) =>
                {
                    self.0 = false;
                }
                Expression::FuncCall(f) if matches!(f.name.name.value().as_str(), "timestamp" | "plantimestamp" | "uuid" | "bcrypt") => {
                    self.0 = false;
                }
                Expression::ForExpr(_) => self.0 = false,
                _ => {}
            }
            hcl_edit::visit::visit_expr(self, e);
        }

        fn visit_for_directive(&mut self, _: &hcl_edit::template::ForDirective) {
            self.0 = false;
        }
    }
    let Ok(e) = expression.parse::<Expression>() else { return false };
    let mut check = Check(true);
    check.visit_expr(&e);
    check.0
}

/// What is known of a string template whose interpolations are not: its
/// literal text before the first interpolation and after the last
/// (`"serviceAccount:${google_service_account.ci.email}"` starts with
/// `serviceAccount:`), and of a conditional, what its branches have in common
/// (`c ? "serviceAccount:${a}" : "serviceAccount:${b}"`). `None` for any other
/// expression, or one with no literal text at either end.
pub fn template_affixes(expression: &str) -> Option<(String, String)> {
    let e = expression.parse::<hcl_edit::expr::Expression>().ok()?;
    match ends(&e, 0)? {
        Ends::Template(prefix, suffix) if !(prefix.is_empty() && suffix.is_empty()) => Some((prefix, suffix)),
        _ => None,
    }
}

/// What is known of the text of a string expression: all of it, or its ends
/// around text not known.
enum Ends {
    Known(String),
    Template(String, String),
}

fn ends(e: &hcl_edit::expr::Expression, depth: usize) -> Option<Ends> {
    use hcl_edit::expr::Expression;
    use hcl_edit::template::Element;
    fn literal(e: &&Element) -> Option<String> {
        match e {
            Element::Literal(s) => Some(s.value().to_string()),
            _ => None,
        }
    }
    if depth > 8 {
        return None;
    }
    match e {
        Expression::String(s) => Some(Ends::Known(s.value().to_string())),
        Expression::Parenthesis(p) => ends(p.inner(), depth + 1),
        Expression::StringTemplate(t) => {
            let elements: Vec<&Element> = t.iter().collect();
            let prefix: String = elements.iter().map_while(literal).collect();
            if elements.iter().all(|e| literal(e).is_some()) {
                return Some(Ends::Known(prefix));
            }
            let mut suffix: Vec<String> = elements.iter().rev().map_while(literal).collect();
            suffix.reverse();
            let mut suffix = suffix.concat();
            // A strip marker (`${~ x ~}`, or any directive's) takes the
            // whitespace next to it away from the literal text.
            let strips = |e: Option<&&Element>, start: bool| match e {
                Some(Element::Interpolation(i)) => {
                    if start {
                        i.strip.strip_start()
                    } else {
                        i.strip.strip_end()
                    }
                }
                Some(Element::Directive(_)) => true,
                _ => false,
            };
            let (first, last) = (elements.iter().find(|e| literal(e).is_none()), elements.iter().rev().find(|e| literal(e).is_none()));
            let prefix = if strips(first, true) { prefix.trim_end().to_string() } else { prefix };
            if strips(last, false) {
                suffix = suffix.trim_start().to_string();
            }
            Some(Ends::Template(prefix, suffix))
        }
        // `format("serviceAccount:%s", x)`: the literal text around the verbs.
        Expression::FuncCall(f) if f.name.namespace.is_empty() && f.name.name.as_str() == "format" => {
            let Some(Expression::String(spec)) = f.args.iter().next() else { return None };
            let mut texts = functions::format_spec(spec.value())?.into_iter().filter_map(|p| match p {
                functions::FormatPart::Text(t) => Some(t),
                functions::FormatPart::Verb(_) => None,
            });
            let prefix = texts.next()?;
            match texts.next_back() {
                None => Some(Ends::Known(prefix)),
                Some(suffix) => Some(Ends::Template(prefix, suffix)),
            }
        }
        Expression::Conditional(c) => {
            let (a, b) = (ends(&c.true_expr, depth + 1)?, ends(&c.false_expr, depth + 1)?);
            let text = |e: &Ends| match e {
                Ends::Known(s) => (s.clone(), s.clone(), s.len()),
                Ends::Template(p, s) => (p.clone(), s.clone(), p.len() + s.len()),
            };
            let ((p1, s1, n1), (p2, s2, n2)) = (text(&a), text(&b));
            if let (Ends::Known(x), Ends::Known(y)) = (&a, &b)
                && x == y
            {
                return Some(Ends::Known(x.clone()));
            }
            let prefix: String = p1.chars().zip(p2.chars()).take_while(|(x, y)| x == y).map(|(x, _)| x).collect();
            let mut suffix: Vec<char> = s1.chars().rev().zip(s2.chars().rev()).take_while(|(x, y)| x == y).map(|(x, _)| x).collect();
            // The ends of the shortest branch must not overlap: `"ab"` and
            // `"a${x}b"` have `a` and `b`, `"ab"` and `"ab${x}"` only `ab`.
            let room = n1.min(n2).saturating_sub(prefix.len());
            while suffix.iter().map(|c| c.len_utf8()).sum::<usize>() > room {
                suffix.pop();
            }
            suffix.reverse();
            Some(Ends::Template(prefix, suffix.into_iter().collect()))
        }
        _ => None,
    }
}

/// The folder of a Terraform file: the files of one folder form one module.
pub fn module_of(doc: &Document) -> Option<String> {
    // A plan is a unit of its own: it already holds the whole configuration.
    if !is_terraform(doc) || is_plan(doc) {
        return None;
    }
    Some(super::folder_of(&doc.file.path).to_string())
}

/// `terraform.resources(T)`, `terraform.data(T)`, `terraform.modules`, …
pub(super) fn collect<'a>(what: &str, wanted: Option<&str>, doc: &'a Document, out: &mut Vec<DocRef<'a>>) {
    if !is_terraform(doc) || is_tfvars(doc) {
        return;
    }
    // A block whose instances are known is one item per instance; in a copy of
    // a module evaluated for a call, addresses start with the call's.
    let push = |body: &'a Node, address: String, out: &mut Vec<DocRef<'a>>| {
        out.extend(instances(doc, body, address).into_iter().map(|(address, b)| item(b, doc, address)));
    };
    let typed = |kind: &str, prefix: &str, out: &mut Vec<DocRef<'a>>| {
        let found = match wanted {
            // Most policies name one type: looked up, not matched against each.
            Some(ty) if !ty.contains('*') => {
                let types = doc.root.get(kind).and_then(Node::as_map);
                typed_blocks(doc, prefix, types.and_then(|t| t.get_key_value(ty)).into_iter())
            }
            _ => blocks(doc, kind, prefix, &|ty| wanted.is_none_or(|w| super::glob_match(w, ty))),
        };
        out.extend(found.into_iter().map(|(address, _, body)| item(body, doc, address)));
    };
    let named = |kind: &str, prefix: &str, out: &mut Vec<DocRef<'a>>| {
        for (name, body) in doc.root.get(kind).and_then(Node::as_map).into_iter().flatten().filter(|(_, b)| !has_no_instances(b)) {
            match &body.value {
                V::List(items) => items.iter().for_each(|b| out.push(item(b, doc, format!("{prefix}{name}")))),
                _ => push(body, format!("{prefix}{name}"), out),
            }
        }
    };
    if is_plan(doc) {
        match what {
            "resources" => plan_resources(doc, "managed", wanted, out),
            "data" => plan_resources(doc, "data", wanted, out),
            _ => {}
        }
        return;
    }
    match what {
        "resources" => typed("resource", "", out),
        "data" => typed("data", "data.", out),
        "modules" => named("module", "module.", out),
        "variables" => named("variable", "var.", out),
        "outputs" => named("output", "output.", out),
        "providers" => named("provider", "provider.", out),
        _ => {}
    }
}

/// The types of the `resource` and `data` blocks of a Terraform document, by
/// the collection of each (`terraform.resources`, `terraform.data`); `None`
/// for a plan, which does not list them.
pub(super) fn block_types(doc: &Document) -> Option<Vec<(&'static str, &str)>> {
    if is_plan(doc) {
        return None;
    }
    let of = |kind, collection| {
        doc.root.get(kind).and_then(Node::as_map).into_iter().flat_map(move |m| m.keys().map(move |ty| (collection, ty.as_str())))
    };
    Some(of("resource", "terraform.resources").chain(of("data", "terraform.data")).collect())
}

/// The `resource` (or `data`) blocks of the types `wanted` accepts, one per
/// instance when the instances are known: (address, type, body). In a copy
/// of a module evaluated for a call, addresses start with the call's.
pub(super) fn blocks<'a>(doc: &'a Document, kind: &str, prefix: &str, wanted: &dyn Fn(&str) -> bool) -> Vec<(String, &'a str, &'a Node)> {
    let types = doc.root.get(kind).and_then(Node::as_map).into_iter().flatten();
    typed_blocks(doc, prefix, types.filter(|(ty, _)| wanted(ty)))
}

/// As `blocks`, for the types in `types` (a type and the blocks of that type by name).
fn typed_blocks<'a>(doc: &Document, prefix: &str, types: impl Iterator<Item = (&'a String, &'a Node)>) -> Vec<(String, &'a str, &'a Node)> {
    let mut out = Vec::new();
    for (ty, named) in types {
        for (name, body) in named.as_map().into_iter().flatten().filter(|(_, b)| !has_no_instances(b)) {
            out.extend(instances(doc, body, format!("{prefix}{ty}.{name}")).into_iter().map(|(a, b)| (a, ty.as_str(), b)));
        }
    }
    out
}

/// The instances of a block with their addresses: one per instance when they
/// are known, else the block as written.
fn instances<'a>(doc: &Document, body: &'a Node, address: String) -> Vec<(String, &'a Node)> {
    let address = match &doc.scope {
        Some(scope) => format!("{scope}.{address}"),
        None => address,
    };
    match body.get(INSTANCES).and_then(Node::as_map) {
        Some(instances) => instances.iter().map(|(key, b)| (format!("{address}{key}"), b)).collect(),
        None => vec![(address, body)],
    }
}

/// A resource, data source or module call that `count = 0` or an empty
/// `for_each` (known statically) leaves with no instance: nothing is created,
/// so nothing is checked.
fn has_no_instances(body: &Node) -> bool {
    let count = body.get("count").map(|c| &c.value);
    let for_each = body.get("for_each").map(|f| &f.value);
    matches!(count, Some(V::Int(0)))
        || matches!(for_each, Some(V::List(l)) if l.is_empty())
        || matches!(for_each, Some(V::Map(m)) if m.is_empty())
}

/// Does this unknown expression text refer to `address` (`aws_s3_bucket.logs`)?
/// An instance's address (`aws_s3_bucket.logs[0]`, `aws_s3_bucket.logs["a"]`)
/// is referred to by its index, or by one not known (`[count.index]`,
/// `[each.key]`, a splat), or by the whole block; not by another literal index.
/// A `single` block (no `count`, no `for_each`) is not referred to by a
/// literal index: that is another block of the same name.
pub(super) fn refers_to(text: &str, address: &str, single: bool) -> bool {
    let (base, key) = match address.find('[') {
        Some(i) if address.ends_with(']') => (&address[..i], Some(&address[i..])),
        _ => (address, None),
    };
    let boundary = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
    let mut from = 0;
    while let Some(i) = text[from..].find(base) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let rest = &text[at + base.len()..];
        let after = rest.chars().next();
        from = at + base.len();
        if !boundary(before) || before == Some('.') || !(boundary(after) || after == Some('.')) {
            continue;
        }
        let literal = rest.strip_prefix('[').map(str::trim_start).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit() || c == '"'));
        let Some(key) = key else {
            if single && literal {
                continue;
            }
            return true;
        };
        if rest.starts_with(key) || !literal {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::doc::{Document, Syntax};

    pub(super) fn module(text: &str) -> Vec<Document> {
        let file = crate::source::SourceFile::new("main.tf", text);
        crate::load::parse(&file, Syntax::Hcl, &Default::default()).unwrap_or_else(|e| panic!("{}", e.message)).docs
    }

    fn addresses(docs: &[Document]) -> Vec<String> {
        let unit: Vec<&Document> = docs.iter().collect();
        super::super::collect("terraform.resources", None, &unit).iter().filter_map(|d| d.address.as_deref().map(str::to_string)).collect()
    }

    /// Over the bound, a block is checked once as written, and a warning says so.
    #[test]
    fn instances_over_the_bound_are_one_resource_and_a_notice() {
        let mut docs =
            module("resource \"aws_s3_bucket\" \"many\" {\n  count = 100\n}\nresource \"aws_s3_bucket\" \"few\" {\n  count = 2\n}\n");
        let resolved = super::super::resolve(vec![&mut docs]);
        assert_eq!(addresses(&docs), ["aws_s3_bucket.many", "aws_s3_bucket.few[0]", "aws_s3_bucket.few[1]"]);
        let notices: Vec<&str> = resolved.notices.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            notices,
            [
                "`aws_s3_bucket.many` has 100 instances, more than attest evaluates (64 per block): it is checked once, with `count.index` and `each` unknown"
            ]
        );
    }

    #[test]
    fn an_instance_is_referred_to_by_its_index_or_an_unknown_one() {
        use super::refers_to;
        assert!(refers_to("aws_s3_bucket.b[0].id", "aws_s3_bucket.b[0]", false));
        assert!(!refers_to("aws_s3_bucket.b[1].id", "aws_s3_bucket.b[0]", false));
        assert!(refers_to("aws_s3_bucket.b[count.index].id", "aws_s3_bucket.b[0]", false));
        assert!(refers_to("aws_s3_bucket.b[*].id", "aws_s3_bucket.b[\"x\"]", false));
        assert!(!refers_to("aws_s3_bucket.b[\"y\"].id", "aws_s3_bucket.b[\"x\"]", false));
        assert!(refers_to("aws_s3_bucket.b[0].id", "aws_s3_bucket.b", false));
        assert!(!refers_to("aws_s3_bucket.bb[0].id", "aws_s3_bucket.b[0]", false));
    }

    #[test]
    fn conditionals_have_the_ends_their_branches_share() {
        let ends = |e: &str| super::template_affixes(e);
        let pair = |p: &str, s: &str| Some((p.to_string(), s.to_string()));
        assert_eq!(ends(r#"c ? "sa:${a}" : "sa:${b}""#), pair("sa:", ""));
        assert_eq!(ends(r#"c ? "ab" : "a${x}b""#), pair("a", "b"));
        // The ends of the shorter branch do not overlap.
        assert_eq!(ends(r#"c ? "ab" : "ab${x}""#), pair("ab", ""));
        assert_eq!(ends(r#"c ? "aXa" : "a${x}a""#), pair("a", "a"));
        assert_eq!(ends(r#"(c ? "pre-${x}" : (d ? "pre-a" : "pre-b"))"#), pair("pre-", ""));
        assert_eq!(ends(r#"c ? "x" : "y""#), None);
        assert_eq!(ends(r#"c ? "same" : "same""#), None);
        assert_eq!(ends(r#"c ? "sa:${a}" : var.b"#), None);
        assert_eq!(ends(r#"format("serviceAccount:%s", local.sa)"#), pair("serviceAccount:", ""));
        assert_eq!(ends(r#"format("%s-%05d.logs", a, b)"#), pair("", ".logs"));
        assert_eq!(ends(r#"c ? format("user:%s", a) : "user:bob""#), pair("user:", ""));
        assert_eq!(ends(r#"format("100%%")"#), None);
        // Strip markers take the whitespace next to them.
        assert_eq!(ends(r#""user: ${~var.name~} @x""#), pair("user:", "@x"));
    }

    #[test]
    fn folders_join_as_shown() {
        use super::join;
        assert_eq!(join("examples/complete", "../../"), ".");
        assert_eq!(join(".", "./modules/x"), "modules/x");
        assert_eq!(join("../corpus/a/examples/b", "../../modules/x"), "../corpus/a/modules/x");
        assert_eq!(join(".", "../x"), "../x");
    }
}
