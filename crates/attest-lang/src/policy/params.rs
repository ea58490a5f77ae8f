//! Parameters: values a policy reads as `params.NAME`, declared with a default
//! (`param NAME = DEFAULT "description"`) and chosen by users in `attest.toml`
//! (`[params]`) or, for one fixture, in a `# param: NAME = VALUE` comment.
//!
//! Each pack has its own parameters: a parameter is its pack (`builtin`, or
//! the folder given with `-p` or in `attest.toml`'s `policies`) and its name,
//! so a company pack's `tls_min_version` and the built-in pack's are two
//! parameters unless one pack imports the other's declaration. A setting
//! names one by its name when one pack declares it, and in a table of its
//! pack (`[params.builtin]`, `[params."security/policies"]`) otherwise.
//!
//! INVARIANT: a chosen value has the type of the default (a number, a string,
//! a bool, or a list of the default list's element type), so a policy never sees
//! a type its author did not write.

use super::ast::Param;
use crate::diag::{Diag, did_you_mean};
use crate::source::{SourceFile, Span};
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum ParamValue {
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<ParamValue>),
}

/// As JSON: whole numbers as integers, so `365` is not written `365.0`.
impl serde::Serialize for ParamValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ParamValue::Bool(b) => s.serialize_bool(*b),
            ParamValue::Num(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
            ParamValue::Num(n) => s.serialize_f64(*n),
            ParamValue::Str(t) => s.serialize_str(t),
            ParamValue::List(items) => s.collect_seq(items),
        }
    }
}

/// `ParamValue` as the build stores it with the embedded pack's syntax trees
/// (tagged, for a format that does not describe itself; the `Serialize` above
/// is the JSON that users read). For `#[serde(with = "stored")]`.
pub mod stored {
    use super::ParamValue;

    #[derive(serde::Serialize, serde::Deserialize)]
    enum Stored {
        Bool(bool),
        Num(f64),
        Str(String),
        List(Vec<Stored>),
    }

    fn to_stored(v: &ParamValue) -> Stored {
        match v {
            ParamValue::Bool(b) => Stored::Bool(*b),
            ParamValue::Num(n) => Stored::Num(*n),
            ParamValue::Str(t) => Stored::Str(t.clone()),
            ParamValue::List(items) => Stored::List(items.iter().map(to_stored).collect()),
        }
    }

    fn from_stored(v: Stored) -> ParamValue {
        match v {
            Stored::Bool(b) => ParamValue::Bool(b),
            Stored::Num(n) => ParamValue::Num(n),
            Stored::Str(t) => ParamValue::Str(t),
            Stored::List(items) => ParamValue::List(items.into_iter().map(from_stored).collect()),
        }
    }

    pub fn serialize<S: serde::Serializer>(v: &ParamValue, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&to_stored(v), s)
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<ParamValue, D::Error> {
        <Stored as serde::Deserialize>::deserialize(d).map(from_stored)
    }
}

/// Values chosen for one policy, by name; a parameter not here has its default.
pub type ParamValues = BTreeMap<String, ParamValue>;

/// Values chosen by the user, by pack and name.
pub type Chosen = BTreeMap<(String, String), ParamValue>;

/// The pack of the built-in policies, as settings name it.
pub const BUILTIN_PACK: &str = "builtin";

/// A declared parameter with the file it is declared in.
#[derive(Debug)]
pub struct Declared {
    pub decl: Param,
    pub file: Arc<SourceFile>,
    /// The pack of the file: `builtin`, or the folder of a pack from disk.
    pub pack: String,
    /// Used as the pattern of `matches`: a value must be a regular expression.
    pub pattern: bool,
}

/// A parameter as documentation shows it: name, default, description.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ParamInfo {
    pub name: String,
    pub default: ParamValue,
    pub description: String,
}

impl ParamInfo {
    pub fn of(d: &Declared) -> ParamInfo {
        ParamInfo { name: d.decl.name.name.clone(), default: d.decl.default.clone(), description: d.decl.description.clone() }
    }
}

impl ParamValue {
    /// What type this value is, in words, for errors.
    pub fn kind(&self) -> String {
        match self {
            ParamValue::Bool(_) => "`true` or `false`".into(),
            ParamValue::Num(_) => "a number".into(),
            ParamValue::Str(_) => "a string".into(),
            ParamValue::List(items) => match items.first() {
                Some(ParamValue::Bool(_)) => "a list of `true`/`false`".into(),
                Some(ParamValue::Num(_)) => "a list of numbers".into(),
                Some(ParamValue::Str(_)) => "a list of strings".into(),
                _ => "a list".into(),
            },
        }
    }

    /// The value as it is written in a policy or in TOML (the two agree here).
    pub fn to_text(&self) -> String {
        match self {
            ParamValue::Bool(b) => b.to_string(),
            ParamValue::Num(n) => crate::doc::format_number(*n),
            ParamValue::Str(s) => format!("{s:?}"),
            ParamValue::List(items) => format!("[{}]", items.iter().map(ParamValue::to_text).collect::<Vec<_>>().join(", ")),
        }
    }

    /// The value of a TOML value, if it can be a parameter at all.
    fn from_toml(v: &toml::Value) -> Option<ParamValue> {
        Some(match v {
            toml::Value::Boolean(b) => ParamValue::Bool(*b),
            toml::Value::Integer(i) => ParamValue::Num(*i as f64),
            toml::Value::Float(f) => ParamValue::Num(*f),
            toml::Value::String(s) => ParamValue::Str(s.clone()),
            toml::Value::Array(items) => ParamValue::List(
                items.iter().map(|i| ParamValue::from_toml(i).filter(|x| !matches!(x, ParamValue::List(_)))).collect::<Option<_>>()?,
            ),
            _ => return None,
        })
    }

    /// Whether `self` may stand in for `default`.
    fn fits(&self, default: &ParamValue) -> bool {
        match (self, default) {
            (ParamValue::List(items), ParamValue::List(d)) => match d.first() {
                Some(first) => items.iter().all(|i| i.fits(first)),
                None => true,
            },
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

/// One parameter setting to check: the name and the value, and where each is
/// written; the pack, when the setting names one.
pub struct Setting {
    pub pack: Option<String>,
    pub name: String,
    pub name_span: Span,
    pub value: toml::Value,
    pub value_span: Span,
}

/// Check settings written in `file` against the declared parameters. Returns the
/// values that are sound and an error for every other.
pub fn resolve(
    file: &Arc<SourceFile>,
    settings: impl IntoIterator<Item = Setting>,
    declared: &BTreeMap<String, Vec<Arc<Declared>>>,
) -> (Chosen, Vec<Diag>) {
    let mut values = Chosen::new();
    let mut errors = Vec::new();
    for s in settings {
        let all = declared.get(&s.name).map(Vec::as_slice).unwrap_or_default();
        let of_pack: Vec<&Arc<Declared>> = all.iter().filter(|d| s.pack.as_ref().is_none_or(|p| *p == d.pack)).collect();
        if of_pack.len() > 1 {
            let packs: Vec<String> = of_pack.iter().map(|d| format!("`{}`", d.pack)).collect();
            errors.push(
                Diag::error(file, s.name_span, format!("parameter `{}` is declared by several packs", s.name), "which one?").with_help(
                    format!(
                        "{} each declare it; set it in the table of one: `[params.{}]`",
                        packs.join(" and "),
                        pack_key(&of_pack[0].pack)
                    ),
                ),
            );
            continue;
        }
        let Some(d) = of_pack.first() else {
            if let (Some(pack), Some(other)) = (&s.pack, all.first()) {
                let mut e = Diag::error(file, s.name_span, format!("pack `{pack}` declares no parameter `{}`", s.name), "not in this pack");
                e.help = Some(format!("`{}` declares it: `[params.{}]`", other.pack, pack_key(&other.pack)));
                errors.push(e);
                continue;
            }
            let help = did_you_mean(&s.name, declared.keys().map(String::as_str)).or_else(|| {
                Some(if declared.is_empty() {
                    "no loaded policy declares a parameter".into()
                } else {
                    format!("the loaded policies declare {}", declared.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", "))
                })
            });
            let mut e = Diag::error(file, s.name_span, format!("unknown parameter `{}`", s.name), "no policy declares this");
            e.help = help;
            errors.push(e);
            continue;
        };
        let default = &d.decl.default;
        match ParamValue::from_toml(&s.value).filter(|v| v.fits(default)) {
            Some(ParamValue::Str(pattern)) if d.pattern && super::compile_regex(&pattern).is_err() => {
                let reason = super::compile_regex(&pattern).err().map(|b| b.reason).unwrap_or_default();
                errors.push(
                    Diag::error(file, s.value_span, format!("parameter `{}` is not a regular expression", s.name), reason)
                        .with_help(format!("a policy matches values against it: {}", d.decl.description)),
                );
            }
            Some(v) => {
                values.insert((d.pack.clone(), s.name.clone()), v);
            }
            None => errors.push(
                Diag::error(file, s.value_span, format!("parameter `{}` is {}", s.name, default.kind()), "not that type")
                    .with_help(format!("its default is `{}`: {}", default.to_text(), d.decl.description)),
            ),
        }
    }
    errors.sort_by_key(|d| d.span().start);
    (values, errors)
}

/// Every parameter declared in the scopes of `policies`, by name: one
/// declaration per pack that declares the name.
pub fn declared(policies: &[Arc<super::Policy>]) -> BTreeMap<String, Vec<Arc<Declared>>> {
    let mut out: BTreeMap<String, Vec<Arc<Declared>>> = BTreeMap::new();
    for d in policies.iter().flat_map(|p| p.scope.params.values()) {
        let same = out.entry(d.decl.name.name.clone()).or_default();
        if !same.iter().any(|o| Arc::ptr_eq(o, d)) {
            same.push(Arc::clone(d));
        }
    }
    out
}

/// A pack as a TOML key: bare when it can be, quoted otherwise.
fn pack_key(pack: &str) -> String {
    if pack.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') { pack.to_string() } else { format!("{pack:?}") }
}

/// The settings of a `[params]` table (of `attest.toml` or a fixture's
/// sidecar): `NAME = VALUE`, and `[params.PACK]` tables of one pack's.
pub fn table_settings(text: &str, table: &BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>) -> Vec<Setting> {
    let spans = nested_spans(text);
    let mut out = Vec::new();
    for (name, v) in table {
        match v.get_ref() {
            // A pack's table: `toml::Value` keeps no spans inside it, so
            // each entry's are read from the text again.
            toml::Value::Table(inner) => out.extend(inner.iter().map(|(n, val)| {
                let (name_span, value_span) = spans
                    .get(&(name.get_ref().clone(), n.clone()))
                    .copied()
                    .unwrap_or((Span::new(name.span().start, name.span().end), Span::new(v.span().start, v.span().end)));
                Setting { pack: Some(name.get_ref().clone()), name: n.clone(), name_span, value: val.clone(), value_span }
            })),
            value => out.push(Setting {
                pack: None,
                name: name.get_ref().clone(),
                name_span: Span::new(name.span().start, name.span().end),
                value: value.clone(),
                value_span: Span::new(v.span().start, v.span().end),
            }),
        }
    }
    out
}

/// The spans of the name and value of each `[params.PACK]` entry of a TOML
/// text, by pack and name.
fn nested_spans(text: &str) -> BTreeMap<(String, String), (Span, Span)> {
    use toml::de::{DeTable, DeValue};
    let span = |r: std::ops::Range<usize>| Span::new(r.start, r.end);
    fn table_of<'a, 'i>(v: &'a DeValue<'i>) -> Option<&'a DeTable<'i>> {
        match v {
            DeValue::Table(t) => Some(t),
            _ => None,
        }
    }
    let mut out = BTreeMap::new();
    let Ok(doc) = DeTable::parse(text) else { return out };
    let params = doc.get_ref().iter().find(|(k, _)| k.get_ref() == "params").and_then(|(_, v)| table_of(v.get_ref()));
    for (pack, entries) in params.into_iter().flatten() {
        for (name, value) in table_of(entries.get_ref()).into_iter().flatten() {
            out.insert((pack.get_ref().to_string(), name.get_ref().to_string()), (span(name.span()), span(value.span())));
        }
    }
    out
}

/// `# param: NAME = VALUE` comments (the value in TOML syntax), for fixtures.
pub fn comment_settings(file: &Arc<SourceFile>, errors: &mut Vec<Diag>) -> Vec<Setting> {
    let mut out = Vec::new();
    for (offset, line) in crate::comments::lines(&file.text) {
        let Some((marker_at, body_at)) = crate::comments::find(line, "param:") else { continue };
        let body = line[body_at..].trim_end();
        let written = Span::new(offset + marker_at, offset + body_at + body.len());
        let parsed = body.split_once('=').and_then(|(name, value)| {
            let name = name.trim();
            let table: toml::Table = toml::from_str(&format!("v = {}", value.trim())).ok()?;
            let value_at = body_at + body.find('=')? + 1 + (value.len() - value.trim_start().len());
            let name_at = body_at + (body.len() - body.trim_start().len());
            let value = table.get("v")?.clone();
            // `PACK.NAME` names the parameter of one pack, as a dotted key
            // does in attest.toml.
            let (pack, bare) = match name.rsplit_once('.') {
                Some((pack, bare)) => (Some(pack.trim().to_string()), bare.trim()),
                None => (None, name),
            };
            (!name.is_empty()).then(|| Setting {
                pack,
                name: bare.to_string(),
                name_span: Span::new(offset + name_at, offset + name_at + name.len()),
                value,
                value_span: Span::new(offset + value_at, offset + body_at + body.len()),
            })
        });
        match parsed {
            Some(s) if !s.name.is_empty() && !s.name.contains(char::is_whitespace) && s.pack.as_ref().is_none_or(|p| !p.is_empty()) => {
                out.push(s)
            }
            _ => errors.push(
                Diag::error(file, written, "a parameter comment is `param: NAME = VALUE` or `param: PACK.NAME = VALUE`", "not understood")
                    .with_help("the value is written as in attest.toml: `90`, `\"TLSv1.2\"`, `[\"ghcr.io/\"]`, `true`"),
            ),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `# param: PACK.NAME = VALUE` names one pack's parameter; an empty
    /// pack or name is not understood, with the comment underlined.
    #[test]
    fn a_parameter_comment_may_name_its_pack() {
        let file = SourceFile::new("f.tf", "# param: builtin.min_days = 90\n# param: days = 3\n# param: .days = 1\n");
        let mut errors = Vec::new();
        let settings = comment_settings(&file, &mut errors);
        let got: Vec<(Option<&str>, &str, &str)> = settings
            .iter()
            .map(|s| (s.pack.as_deref(), s.name.as_str(), &file.text[s.name_span.start as usize..s.name_span.end as usize]))
            .collect();
        assert_eq!(got, [(Some("builtin"), "min_days", "builtin.min_days"), (None, "days", "days")]);
        assert_eq!(errors.len(), 1);
    }

    /// The entries of a `[params.PACK]` table are located at their own key
    /// and value, not at the table.
    #[test]
    fn pack_table_entries_keep_their_spans() {
        let text = "[params]\nx = 1\n\n[params.company]\ntls = \"1.2\"\n";
        let table: BTreeMap<String, BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>> = toml::from_str(text).unwrap_or_default();
        let settings = table_settings(text, &table["params"]);
        let at = |s: Span| &text[s.start as usize..s.end as usize];
        let got: Vec<(&str, &str)> = settings.iter().map(|s| (at(s.name_span), at(s.value_span))).collect();
        assert_eq!(got, [("tls", "\"1.2\""), ("x", "1")]);
    }
}
