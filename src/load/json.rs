//! JSON through jsonc-parser: byte ranges on every value and key. Comments and
//! trailing commas are accepted, as the JSON files of editors and build tools
//! (`tsconfig.json`, `devcontainer.json`) have them; everything else is strict.

use super::{Budget, LoadError};
use crate::doc::Map;
use crate::doc::{Node, Value};
use crate::source::Span;
use jsonc_parser::ast;

pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    let options = jsonc_parser::ParseOptions {
        allow_comments: true,
        allow_loose_object_property_names: false,
        allow_trailing_commas: true,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &options).map_err(|e| {
        let r = e.range();
        LoadError::at(Span::new(r.start, r.end.max(r.start + 1)), format!("invalid JSON: {}", lower_first(&e.kind().to_string())))
    })?;
    match parsed.value {
        None => Ok(Vec::new()),
        Some(v) => Ok(vec![convert(&v, 0, budget)?]),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

fn span(r: jsonc_parser::common::Range) -> Span {
    Span::new(r.start, r.end)
}

fn convert(v: &ast::Value<'_>, depth: usize, budget: &mut Budget<'_>) -> Result<Node, LoadError> {
    let node = match v {
        ast::Value::StringLit(s) => Node::new(span(s.range), Value::Str(s.value.to_string())),
        ast::Value::NumberLit(n) => {
            let value = n.value.parse::<i64>().map(Value::Int).or_else(|_| n.value.parse::<f64>().map(Value::Float));
            Node::new(span(n.range), value.unwrap_or_else(|_| Value::Str(n.value.to_string())))
        }
        ast::Value::BooleanLit(b) => Node::new(span(b.range), Value::Bool(b.value)),
        ast::Value::NullKeyword(n) => Node::new(span(n.range), Value::Null),
        ast::Value::Array(a) => {
            budget.depth(depth + 1, span(a.range))?;
            let items = a.elements.iter().map(|e| convert(e, depth + 1, budget)).collect::<Result<_, _>>()?;
            Node::new(span(a.range), Value::List(items))
        }
        ast::Value::Object(o) => {
            budget.depth(depth + 1, span(o.range))?;
            let mut entries = Map::with_capacity_and_hasher(o.properties.len(), Default::default());
            for prop in &o.properties {
                let (key, key_range) = match &prop.name {
                    ast::ObjectPropName::String(s) => (s.value.to_string(), s.range),
                    ast::ObjectPropName::Word(w) => (w.value.to_string(), w.range),
                };
                if entries.contains_key(&key) {
                    budget.duplicate(&key, span(key_range));
                }
                let mut value = convert(&prop.value, depth + 1, budget)?;
                value.key_span = Some(span(key_range));
                entries.insert(key, value);
            }
            Node::new(span(o.range), Value::Map(entries))
        }
    };
    budget.add(1, node.span)?;
    Ok(node)
}
