//! Built-in functions. Each takes evaluated arguments and never fails: input of the
//! wrong kind gives absent, an unknown argument gives unknown. Their names and
//! arities are in `policy::surface`, which the checker reads.

use super::value::{ListKind, Value, View};
use crate::doc::Map;
use std::borrow::Cow;
use std::net::IpAddr;
use std::rc::Rc;

pub fn call<'a>(name: &str, args: &[Value<'a>]) -> Value<'a> {
    // `default` is the one function that looks at absent arguments on purpose.
    if name == "default" {
        return match args {
            [v, fallback] if !v.exists() => fallback.clone(),
            [v, _] => v.clone(),
            _ => Value::Absent(None),
        };
    }
    if let Some(u) = args.iter().find(|a| a.is_unknown()) {
        return of_unknown(name, u);
    }
    if let Some(v) = text_function(name, args) {
        return v;
    }
    let absent = Value::Absent(None);
    let s = |i: usize| text_arg(args, i);
    match name {
        "len" => len(&args[0]),
        "keys" => args[0].keys().map_or(absent, |k| list(k.iter().map(|k| Value::str(k)).collect())),
        "values" => match args[0].view() {
            View::Map => list(args[0].elements().unwrap_or_default()),
            _ => absent,
        },
        "join" => match (args[0].elements(), s(1)) {
            // An element not known makes the text not known, as it is.
            (Some(items), Some(_)) if items.iter().any(Value::is_unknown) => {
                items.iter().find(|i| i.is_unknown()).map_or(absent, |u| of_unknown(name, u))
            }
            (Some(items), Some(sep)) => Value::str(&items.iter().map(Value::text).collect::<Vec<_>>().join(&sep)),
            _ => absent,
        },
        "to_number" => args[0].as_number().map_or(absent, Value::Num),
        "format" => format_template(args),
        "to_string" => match args[0].view() {
            View::Absent => absent,
            _ => Value::str(&args[0].text()),
        },
        "base64_decode" => s(0).and_then(|t| base64_text(&t)).map_or(absent, |t| Value::str(&t)),
        "parse_json" => s(0).and_then(|t| crate::load::json_value(&t, crate::source::Span::default())).map_or(absent, |n| Value::owned(&n)),
        "cidr_contains" => match (s(0).and_then(|c| net(&c)), s(1).and_then(|c| net(&c))) {
            (Some(outer), Some(inner)) => Value::Bool(outer.contains(&inner)),
            _ => absent,
        },
        "cidr_is_public" => s(0).and_then(|c| net(&c)).map_or(absent, |n| Value::Bool(is_public(&n))),
        "port_range_includes" => match (args[0].as_number(), args[1].as_number(), args[2].as_number()) {
            // -1 is "all ports" in AWS security group rules.
            (Some(from), Some(to), Some(port)) => Value::Bool(from == -1.0 || to == -1.0 || (from <= port && port <= to)),
            _ => absent,
        },
        "version_at_least" => match (s(0), s(1)) {
            (Some(v), Some(min)) => match (version(&v), version(&min)) {
                (Some(a), Some(b)) => Value::Bool(a >= b),
                _ => absent,
            },
            _ => absent,
        },
        "parse_uses" => s(0).and_then(|u| parse_uses(&u)).map_or(absent, |m| Value::Map(Rc::new(m))),
        "parse_image" => s(0).map_or(absent, |i| Value::Map(Rc::new(parse_image(&i)))),
        "days_between" => match (s(0).and_then(|d| day_number(&d)), s(1).and_then(|d| day_number(&d))) {
            (Some(a), Some(b)) => Value::Num((b - a) as f64),
            _ => absent,
        },
        // INVARIANT: the checker refuses a call of a name that is neither a user
        // function nor in `policy::surface::BUILTINS`, and the evaluator answers
        // `address`, `workload`, `pod_spec`, `references` and `referenced_by`
        // before calling here; so this arm is reached only by a function the
        // surface lists and nothing answers. Unknown rather than absent, so that
        // such a call neither passes nor fails a policy; a test below finds it.
        _ => Value::Unknown(Rc::from(format!("no built-in function `{name}`")), None),
    }
}

/// An argument read as text: a string, or a number as its text.
fn text_arg<'v>(args: &'v [Value<'_>], i: usize) -> Option<Cow<'v, str>> {
    match args.get(i).map(Value::view) {
        Some(View::Str(s)) => Some(Cow::Borrowed(s)),
        Some(View::Num(n)) => Some(Cow::Owned(super::format_number(n))),
        _ => None,
    }
}

/// The functions that make text of text, or `None` for another name.
fn text_function<'a>(name: &str, args: &[Value<'a>]) -> Option<Value<'a>> {
    let absent = Value::Absent(None);
    let s = |i: usize| text_arg(args, i);
    Some(match name {
        "lower" => s(0).map_or(absent, |t| Value::str(&t.to_lowercase())),
        "upper" => s(0).map_or(absent, |t| Value::str(&t.to_uppercase())),
        "trim" => s(0).map_or(absent, |t| Value::str(t.trim())),
        "replace" => match (s(0), s(1), s(2)) {
            (Some(t), Some(from), Some(to)) if !from.is_empty() => Value::str(&t.replace(&*from, &to)),
            _ => absent,
        },
        "substring" => match (s(0), args[1].as_number(), args[2].as_number()) {
            (Some(t), Some(start), Some(len)) if start >= 0.0 && len >= 0.0 => {
                Value::str(&t.chars().skip(start as usize).take(len as usize).collect::<String>())
            }
            _ => absent,
        },
        "trim_prefix" => match (s(0), s(1)) {
            (Some(t), Some(p)) => Value::str(t.strip_prefix(&*p).unwrap_or(&t)),
            _ => absent,
        },
        "trim_suffix" => match (s(0), s(1)) {
            (Some(t), Some(p)) => Value::str(t.strip_suffix(&*p).unwrap_or(&t)),
            _ => absent,
        },
        "split" => match (s(0), s(1)) {
            (Some(t), Some(sep)) if !sep.is_empty() => list(t.split(&*sep).map(Value::str).collect()),
            _ => absent,
        },
        "snake_case" => s(0).map_or(absent, |t| Value::str(&snake_case(&t))),
        "wildcard_match" => match (s(0), s(1)) {
            (Some(pattern), Some(t)) => Value::Bool(wildcard_match(&pattern, &t)),
            _ => absent,
        },
        _ => return None,
    })
}

/// What `name` makes of an unknown argument `u`: `to_string` of a string is
/// the string; any other function makes another value, unknown with the
/// function in its text (so that what is known of the argument, its literal
/// ends, is not taken for what is known of the result: `lower("Acc${x}")`).
fn of_unknown<'a>(name: &str, u: &Value<'a>) -> Value<'a> {
    match u {
        Value::Unknown(t, Some(origin)) if name != "to_string" => Value::Unknown(Rc::from(applied(name, t)), Some(origin.clone())),
        _ => u.clone(),
    }
}

/// The text of an unknown value a function made of another: `lower(TEXT)`.
fn applied(function: &str, text: &str) -> String {
    format!("{function}({text})")
}

/// The text of the unknown value `function` was applied to, from the text
/// `applied` gave the result.
pub(super) fn applied_to<'t>(text: &'t str, function: &str) -> Option<&'t str> {
    text.strip_prefix(function)?.strip_prefix('(')?.strip_suffix(')')
}

fn list(items: Vec<Value<'_>>) -> Value<'_> {
    Value::List(Rc::new(items), ListKind::Plain)
}

/// A GitHub Actions `uses`: `owner/repo[/path]@ref`, a local `./path`, or
/// `docker://image[:tag][@digest]`. Parts that are not written are absent.
fn parse_uses<'a>(s: &str) -> Option<Map<Value<'a>>> {
    let s = s.trim();
    let mut m: Map<Value<'a>> = Map::default();
    let mut put = |k: &str, v: Value<'a>| {
        m.insert(k.to_string(), v);
    };
    let hex = |r: &str, n: usize| r.len() == n && r.bytes().all(|b| b.is_ascii_hexdigit());
    let (local, docker, sha) = if s.starts_with("./") || s.starts_with("../") {
        put("path", Value::str(s));
        (true, false, false)
    } else if let Some(image) = s.strip_prefix("docker://") {
        let parts = crate::image::image_ref(image);
        let (tag, digest) = (parts.tag.map(|t| t.0), parts.digest.map(|d| d.0));
        put("image", Value::str(parts.image.0));
        if let Some(r) = digest.or(tag) {
            put("ref", Value::str(r));
        }
        if let Some(d) = digest {
            put("digest", Value::str(d));
        }
        (false, true, digest.and_then(|d| d.strip_prefix("sha256:")).is_some_and(|d| hex(d, 64)))
    } else {
        let (name, r) = match s.split_once('@') {
            Some((n, r)) => (n, Some(r)),
            None => (s, None),
        };
        let mut parts = name.splitn(3, '/');
        let owner = parts.next().filter(|p| !p.is_empty())?;
        let repo = parts.next().filter(|p| !p.is_empty())?;
        put("owner", Value::str(owner));
        put("repo", Value::str(repo));
        if let Some(path) = parts.next().filter(|p| !p.is_empty()) {
            put("path", Value::str(path));
        }
        if let Some(r) = r {
            put("ref", Value::str(r));
        }
        (false, false, r.is_some_and(|r| hex(r, 40)))
    };
    put("is_sha", Value::Bool(sha));
    put("is_local", Value::Bool(local));
    put("is_docker", Value::Bool(docker));
    Some(m)
}

/// A container image reference in parts, as Docker resolves it: `registry`
/// (`docker.io` when the first path part is not a host), `repository`
/// (`library/nginx` for an official image), `name` (the two joined), and
/// `tag` and `digest` when written.
fn parse_image<'a>(s: &str) -> Map<Value<'a>> {
    let parts = crate::image::image_ref(s.trim());
    let image = parts.image.0;
    let (registry, repository) = match image.split_once('/') {
        Some((host, rest)) if host.contains(['.', ':']) || host == "localhost" => (host.to_string(), rest.to_string()),
        Some(_) => ("docker.io".to_string(), image.to_string()),
        None => ("docker.io".to_string(), format!("library/{image}")),
    };
    let mut m: Map<Value<'a>> = Map::default();
    m.insert("name".into(), Value::str(&format!("{registry}/{repository}")));
    m.insert("registry".into(), Value::str(&registry));
    m.insert("repository".into(), Value::str(&repository));
    if let Some((tag, _)) = parts.tag {
        m.insert("tag".into(), Value::str(tag));
    }
    if let Some((digest, _)) = parts.digest {
        m.insert("digest".into(), Value::str(digest));
    }
    m
}

/// A CIDR block or a single address.
fn net(s: &str) -> Option<ipnet::IpNet> {
    let s = s.trim();
    s.parse::<ipnet::IpNet>().ok().map(|n| n.trunc()).or_else(|| s.parse::<IpAddr>().ok().map(ipnet::IpNet::from))
}

/// Whether a block reaches addresses outside private, loopback and link-local space.
fn is_public(n: &ipnet::IpNet) -> bool {
    let private: &[&str] = match n {
        ipnet::IpNet::V4(_) => &["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10"],
        ipnet::IpNet::V6(_) => &["fc00::/7", "fe80::/10", "::1/128"],
    };
    !private.iter().filter_map(|p| p.parse::<ipnet::IpNet>().ok()).any(|p| p.contains(n))
}

/// `1.2.3`, `v1.2`, `1.27.0-eks`: the leading numeric parts.
fn version(s: &str) -> Option<Vec<u64>> {
    // A name before the number is not part of the version: `v1.2`, `TLSv1.2`.
    let s = &s[s.find(|c: char| c.is_ascii_digit())?..];
    let parts: Vec<u64> = s.split(['.', '-', '+', '_']).map_while(|p| p.parse().ok()).collect();
    if parts.is_empty() {
        return None;
    }
    let mut parts = parts;
    while parts.len() < 3 {
        parts.push(0);
    }
    Some(parts)
}

/// Days since 1970-01-01 of an ISO date (`2026-11-22`, time part ignored).
fn day_number(s: &str) -> Option<i64> {
    let date = s.trim().get(..10)?;
    let mut it = date.split('-');
    let (y, m, d): (i64, i64, i64) = (it.next()?.parse().ok()?, it.next()?.parse().ok()?, it.next()?.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `format("{}-{}", a, b)`: each `{}` of the template replaced by the next
/// value as text, `{{` and `}}` by braces; absent when a value is absent or
/// the counts differ.
fn format_template<'a>(args: &[Value<'a>]) -> Value<'a> {
    let Some((template, values)) = args.split_first() else { return Value::Absent(None) };
    let Some(template) = template.as_str_value() else { return Value::Absent(None) };
    let pieces = crate::policy::surface::format_pieces(&template);
    let Some((first, rest)) = pieces.split_first() else { return Value::Absent(None) };
    if rest.len() != values.len() || !values.iter().all(Value::exists) {
        return Value::Absent(None);
    }
    let mut out = first.clone();
    for (v, piece) in values.iter().zip(rest) {
        out.push_str(&v.text());
        out.push_str(piece);
    }
    Value::str(&out)
}

/// The length of a string, list or map; unknown for a projection whose
/// count is not known (`Value::has_unknown_count`).
fn len<'a>(v: &Value<'a>) -> Value<'a> {
    if v.has_unknown_count() {
        return Value::Unknown(Rc::from("the number of elements, some of which are not known"), None);
    }
    v.len().map_or(Value::Absent(None), |n| Value::Num(n as f64))
}

/// `s` in snake case, as the surface describes `snake_case`.
fn snake_case(s: &str) -> String {
    let c: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 4);
    for (i, &ch) in c.iter().enumerate() {
        if !ch.is_alphanumeric() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            continue;
        }
        let before = i.checked_sub(1).map(|b| c[b]);
        let starts = match before {
            None => false,
            Some(b) if ch.is_uppercase() => b.is_lowercase() || b.is_numeric() || c.get(i + 1).is_some_and(|n| n.is_lowercase()),
            Some(b) => ch.is_numeric() && b.is_alphabetic(),
        };
        if starts && !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
        out.extend(ch.to_lowercase());
    }
    out
}

/// `text` matches `pattern`, where `*` is any run of characters and `?` one
/// character. Backtracks only to the last `*`, so it takes at most
/// `pattern × text` steps, whatever the pattern.
fn wildcard_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut i, mut j) = (0, 0);
    // The last `*` seen, and where in `text` it was tried to end.
    let mut star: Option<(usize, usize)> = None;
    while j < t.len() {
        if i < p.len() && (p[i] == '?' || (p[i] != '*' && p[i] == t[j])) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some((i, j));
            i += 1;
        } else if let Some((si, sj)) = star {
            // The `*` takes one more character.
            star = Some((si, sj + 1));
            i = si + 1;
            j = sj + 1;
        } else {
            return false;
        }
    }
    p[i..].iter().all(|&c| c == '*')
}

/// The UTF-8 text that base64 `t` encodes, whitespace ignored (Kubernetes
/// prints long `data` values over lines); `None` when it is not base64 or
/// not text.
fn base64_text(t: &str) -> Option<String> {
    use base64::Engine as _;
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let bytes = base64::engine::general_purpose::STANDARD.decode(compact).ok()?;
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `join` and `to_string` compute with whole values: a long exec-form
    /// command is not cut before a policy looks for `| sh` at its end.
    #[test]
    fn join_and_to_string_keep_long_values_whole() {
        let long = format!("{} | sh", "x".repeat(300));
        let joined = call("join", &[list(vec![Value::str("curl"), Value::str(&long)]), Value::str(" ")]);
        assert_eq!(joined.as_str_value().map(|s| s.len()), Some(5 + long.len()));
        let text = call("to_string", &[list(vec![Value::str(&long)])]);
        assert!(text.as_str_value().is_some_and(|s| s.ends_with("| sh\"]")));
        // An element not known makes the text not known, not "(unknown: ...)".
        let unknown = Value::Unknown(Rc::from("Ref DbPassword"), None);
        assert!(call("join", &[list(vec![Value::str("TOKEN="), unknown]), Value::str("")]).is_unknown());
    }

    /// `name(x, ...)` with `args` absent arguments, through the evaluator (which
    /// answers some functions itself before calling `call`).
    fn call_with_absent(name: &str, args: usize) -> Value<'static> {
        let text = format!("{name}({})", vec!["x"; args].join(", "));
        let file = crate::source::SourceFile::new("surface", text);
        let expr = crate::policy::syntax::parse_expr(&file).unwrap_or_else(|e| panic!("`{}` parses: {}", file.text, e.message));
        crate::eval::eval_with(&expr, &file, &[], vec![("x".into(), Value::Absent(None))]).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every function of the surface is answered: given absent arguments, a
    /// function returns absent (or its fallback), never the unknown of a name
    /// nothing answers.
    #[test]
    fn every_builtin_of_the_surface_is_answered() {
        for b in crate::policy::surface::BUILTINS {
            let (min, max) = b.arity();
            for args in [min, max.min(min + 2)] {
                let v = call_with_absent(b.name, args);
                assert!(!v.is_unknown(), "`{}` called with {args} argument(s) is answered by nothing: {}", b.name, v.display());
            }
        }
        assert!(call_with_absent("no_such_function", 1).is_unknown());
    }

    /// `format` fills each `{}` in order, `{{`/`}}` are braces, and a count
    /// that does not match, or an absent value, gives absent.
    #[test]
    fn format_fills_the_template() {
        let f = |args: Vec<Value<'static>>| call("format", &args).as_str_value().map(|s| s.to_string());
        assert_eq!(f(vec![Value::str("{}:{} {{x}}"), Value::str("a"), Value::Num(1.0)]).as_deref(), Some("a:1 {x}"));
        assert_eq!(f(vec![Value::str("{}:{}"), Value::str("a")]), None);
        assert_eq!(f(vec![Value::str("{}"), Value::str("a"), Value::str("b")]), None);
        assert_eq!(f(vec![Value::str("{}"), Value::Absent(None)]), None);
        // The checker counts holes as the evaluator fills them.
        assert_eq!(f(vec![Value::str("{}}"), Value::str("a")]).as_deref(), Some("a}"));
    }

    /// As the language chapter says: a number is read as its text where a
    /// string is expected; a list is the wrong kind.
    #[test]
    fn string_functions_read_numbers_as_text() {
        assert_eq!(call("lower", &[Value::Num(5.0)]).as_str_value().as_deref(), Some("5"));
        assert!(!call("lower", &[list(vec![Value::str("A")])]).exists());
    }

    #[test]
    fn snake_case_splits_words() {
        let f = |s: &str| snake_case(s);
        assert_eq!(f("DBPassword"), "db_password");
        assert_eq!(f("GitHubToken"), "git_hub_token");
        assert_eq!(f("APIKey"), "api_key");
        assert_eq!(f("OAuth2Token"), "o_auth_2_token");
        assert_eq!(f("Password2"), "password_2");
        assert_eq!(f("DB_Password"), "db_password");
        assert_eq!(f("db-password.file"), "db_password_file");
        assert_eq!(f("already_snake"), "already_snake");
        assert_eq!(f(""), "");
    }

    #[test]
    fn wildcards_match_as_iam_does() {
        assert!(wildcard_match("iam:*", "iam:passrole"));
        assert!(wildcard_match("*", ""));
        assert!(wildcard_match("s3:get*", "s3:getobject"));
        assert!(wildcard_match("ec2:?etpassworddata", "ec2:getpassworddata"));
        assert!(wildcard_match("*:*role*", "iam:passrole"));
        assert!(!wildcard_match("iam:pass", "iam:passrole"));
        assert!(!wildcard_match("s3:get?", "s3:get"));
        // Regular-expression characters are themselves.
        assert!(wildcard_match("s3:get(", "s3:get("));
        assert!(!wildcard_match("s3:get.", "s3:getx"));
        // Many stars do not make it slow.
        let stars = "*a".repeat(2000);
        assert!(!wildcard_match(&stars, &"a".repeat(1999)));
    }

    #[test]
    fn dates_count_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01").zip(day_number("2024-02-28")).map(|(a, b)| a - b), Some(2));
        assert_eq!(day_number("2024-13-01"), None);
    }

    #[test]
    fn public_and_private_blocks() {
        let public = |s: &str| net(s).map(|n| is_public(&n));
        assert_eq!(public("0.0.0.0/0"), Some(true));
        assert_eq!(public("10.1.0.0/16"), Some(false));
        assert_eq!(public("::/0"), Some(true));
        assert_eq!(public("8.8.8.8"), Some(true));
        assert_eq!(public("not a cidr"), None);
    }

    #[test]
    fn uses_references() {
        let show = |s: &str| parse_uses(s).map(|m| m.iter().map(|(k, v)| format!("{k}={}", v.display())).collect::<Vec<_>>().join(" "));
        assert_eq!(
            show("actions/checkout@v4").as_deref(),
            Some("owner=actions repo=checkout ref=v4 is_sha=false is_local=false is_docker=false")
        );
        assert_eq!(
            show("github/codeql-action/init@8214744c546c1e5c8f03dde8fab3a7353211988d").as_deref(),
            Some(
                "owner=github repo=codeql-action path=init ref=8214744c546c1e5c8f03dde8fab3a7353211988d is_sha=true is_local=false is_docker=false"
            )
        );
        assert_eq!(
            show("octo/repo/.github/workflows/ci.yml@main").as_deref(),
            Some("owner=octo repo=repo path=.github/workflows/ci.yml ref=main is_sha=false is_local=false is_docker=false")
        );
        assert_eq!(
            show("./.github/actions/setup").as_deref(),
            Some("path=./.github/actions/setup is_sha=false is_local=true is_docker=false")
        );
        assert_eq!(show("docker://alpine:3.20").as_deref(), Some("image=alpine ref=3.20 is_sha=false is_local=false is_docker=true"));
        let digest = format!("docker://ghcr.io/o/i@sha256:{}", "a".repeat(64));
        assert!(show(&digest).is_some_and(|s| s.contains("image=ghcr.io/o/i") && s.contains("is_sha=true")));
        assert_eq!(show("checkout"), None);
    }

    #[test]
    fn versions_compare_numerically() {
        assert!(version("1.10.0") > version("1.9"));
        assert_eq!(version("v1.2"), Some(vec![1, 2, 0]));
    }

    #[test]
    fn base64_is_decoded_to_text_or_absent() {
        assert_eq!(super::base64_text("bW9uZ29kYjovL2Ri\nOjI3MDE3").as_deref(), Some("mongodb://db:27017"));
        assert_eq!(super::base64_text("...base64 encoded data..."), None);
        assert_eq!(super::base64_text("//79"), None, "not UTF-8");
    }
}
