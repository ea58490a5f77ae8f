//! TOML through `toml::de::DeTable`, which keeps a byte span on every key and value.

use super::{Budget, LoadError};
use crate::doc::Map;
use crate::doc::{Node, Value};
use crate::source::Span;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub(super) fn parse(text: &str, budget: &mut Budget<'_>) -> Result<Vec<Node>, LoadError> {
    // The TOML parser recurses on nested inline arrays and tables; refuse input whose
    // bracket nesting alone is over the limit before handing it over.
    precheck_depth(text, budget)?;
    let table = DeTable::parse(text).map_err(|e| {
        let span = e.span().map_or(Span::new(0, 0), |r| Span::new(r.start, r.end));
        LoadError::at(span, format!("invalid TOML: {}", e.message().trim_end()))
    })?;
    let root = Node::new(Span::new(0, text.len()), convert_table(table.get_ref(), 0, budget)?);
    Ok(vec![root])
}

fn precheck_depth(text: &str, budget: &Budget<'_>) -> Result<(), LoadError> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > budget.limits.max_depth {
                    return budget.depth(depth, Span::new(i, i + 1));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn convert_table(table: &DeTable<'_>, depth: usize, budget: &mut Budget<'_>) -> Result<Value, LoadError> {
    let mut entries = Map::with_capacity_and_hasher(table.len(), Default::default());
    for (key, value) in table {
        let mut node = convert(value, depth + 1, budget)?;
        let k = key.span();
        node.key_span = Some(Span::new(k.start, k.end));
        entries.insert(key.get_ref().to_string(), node);
    }
    Ok(Value::Map(entries))
}

fn convert(value: &Spanned<DeValue<'_>>, depth: usize, budget: &mut Budget<'_>) -> Result<Node, LoadError> {
    let r = value.span();
    let span = Span::new(r.start, r.end);
    budget.depth(depth, span)?;
    budget.add(1, span)?;
    let v = match value.get_ref() {
        DeValue::String(s) => Value::Str(s.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).map_or_else(|_| Value::Str(i.to_string()), Value::Int),
        DeValue::Float(f) => f.as_str().replace('_', "").parse().map_or_else(|_| Value::Str(f.to_string()), Value::Float),
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Datetime(d) => Value::Str(d.to_string()),
        DeValue::Array(items) => Value::List(items.iter().map(|i| convert(i, depth + 1, budget)).collect::<Result<_, _>>()?),
        DeValue::Table(t) => convert_table(t, depth, budget)?,
    };
    Ok(Node::new(span, v))
}
