//! `attest inspect PATH...`: the platform view of files, with locations, so a
//! policy author sees what the collections hold before writing a policy.

use super::{FOUND, OK, TROUBLE, output};
use crate::doc::{Node, Value as V};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct InspectArgs {
    /// Files or folders to inspect.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Also list every value that is not known statically, with its expression.
    #[arg(long)]
    pub unknowns: bool,
}

pub fn run(args: &InspectArgs, root: &Path) -> u8 {
    let Some(loaded) = super::load_paths(&args.paths, root) else { return TROUBLE };
    let width = crate::policy::surface::COLLECTIONS.iter().map(|c| c.name.len()).max().unwrap_or(0);
    // Each document is seen with the other documents of its unit, as `check`
    // sees it (which CODEOWNERS file of a repository is in effect).
    let units = crate::engine::units(&loaded);
    let unit_of = |l: &crate::engine::Loaded| -> Vec<&crate::doc::Document> {
        let files = units.iter().find(|u| u.iter().any(|m| std::ptr::eq(*m, l)));
        files.into_iter().flatten().flat_map(|m| m.docs.iter()).collect()
    };
    let mut out = String::new();
    // Files read only as context of a named file are not shown.
    for l in loaded.iter().filter(|l| l.role != crate::discover::Role::Context) {
        let others = unit_of(l);
        let syntax = l.syntax.map_or("unknown", crate::doc::Syntax::name);
        let _ = writeln!(out, "{} ({syntax})", l.file.path);
        if let Some(e) = &l.error {
            let at = e.span.map(|s| l.file.line_col(s.start as usize));
            let place = at.map_or(String::new(), |a| format!(" at {}:{}", a.line, a.column));
            let _ = writeln!(out, "  cannot be loaded{place}: {}", e.message);
            continue;
        }
        for d in &l.docs {
            let kind = crate::platform::classify(d);
            let _ = writeln!(out, "  document {}: {}", d.index, kind.name());
            for name in crate::policy::surface::COLLECTIONS.iter().map(|c| c.name).filter(|c| c.starts_with(kind.name())) {
                for r in crate::platform::collect(name, None, &others) {
                    if std::ptr::eq(r.doc, d) {
                        let at = d.file.line_col(r.node.span.start as usize);
                        let _ = writeln!(out, "    {name:<width$} {:<48} {}:{}", r.address.as_deref().unwrap_or(""), at.line, at.column);
                    }
                }
            }
            if args.unknowns {
                let mut found = Vec::new();
                unknowns(&d.root, "", &mut found);
                for (path, node, text) in found {
                    let at = d.file.line_col(node.span.start as usize);
                    let first: String = text.lines().next().unwrap_or("").chars().take(70).collect();
                    let _ = writeln!(out, "    unknown {path} at {}:{}: {first}", at.line, at.column);
                }
            }
        }
    }
    if output::write_out(None, &out).is_err() {
        return TROUBLE;
    }
    if loaded.is_empty() { FOUND } else { OK }
}

fn unknowns<'n>(n: &'n Node, path: &str, out: &mut Vec<(String, &'n Node, &'n str)>) {
    match &n.value {
        V::Unknown(t) => out.push((path.to_string(), n, t)),
        V::List(items) => items.iter().enumerate().for_each(|(i, c)| unknowns(c, &format!("{path}[{i}]"), out)),
        V::Map(m) => m.iter().for_each(|(k, c)| unknowns(c, &if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out)),
        _ => {}
    }
}
