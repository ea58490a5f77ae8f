//! The inputs of a run in groups that can be checked one after another: every
//! file a unit, a Helm chart or a kustomization needs is in its group, so a
//! group is loaded, evaluated and dropped before its documents are needed by
//! anything else. Memory then holds the documents of the groups being
//! checked, not of the whole run.
//!
//! A group is one folder, joined with the folders a file of it works with:
//! the places GitHub weighs CODEOWNERS files together, the subfolders of a
//! chart, the files and folders a kustomization reads, and the checked
//! folders a Terraform folder calls modules from (a module outside the checked
//! paths is read as context by each group that calls it).

use super::files::load_input;
use crate::discover::Input;
use crate::load::Limits;
use std::collections::{BTreeMap, BTreeSet};

/// The groups of `inputs`, each in the inputs' order, ordered by their first input.
pub(super) fn groups(inputs: Vec<Input>, limits: &Limits) -> Vec<Vec<Input>> {
    let inputs = cloudformation_templates(inputs);
    let roots = roots(&inputs, limits);
    let mut out: BTreeMap<String, Vec<Input>> = BTreeMap::new();
    let mut first: BTreeMap<String, usize> = BTreeMap::new();
    for (n, (input, root)) in inputs.into_iter().zip(roots).enumerate() {
        first.entry(root.clone()).or_insert(n);
        out.entry(root).or_default().push(input);
    }
    let mut groups: Vec<(usize, Vec<Input>)> = out.into_iter().map(|(root, g)| (first[&root], g)).collect();
    groups.sort_by_key(|(n, _)| *n);
    groups.into_iter().map(|(_, g)| g).collect()
}

/// The files named `*.template` found by walking or read for context
/// (`load::is_template_name`), kept only when their first 64 KiB say they
/// are CloudFormation templates, with the syntax of their text (JSON or YAML).
pub(super) fn cloudformation_templates(inputs: Vec<Input>) -> Vec<Input> {
    use std::io::Read as _;
    let head = |path: &std::path::Path| -> Option<String> {
        let mut bytes = Vec::new();
        std::fs::File::open(path).ok()?.take(64 * 1024).read_to_end(&mut bytes).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    };
    inputs
        .into_iter()
        .filter_map(|mut input| {
            if input.syntax.is_some() || input.role == crate::discover::Role::Named || !crate::load::is_template_name(&input.path) {
                return Some(input);
            }
            let text = head(&input.path).filter(|t| crate::platform::is_cloudformation_text(t))?;
            let syntax = crate::load::sniff(&text);
            matches!(syntax, crate::doc::Syntax::Json | crate::doc::Syntax::Yaml).then(|| {
                input.syntax = Some(syntax);
                input
            })
        })
        .collect()
}

/// The folder that names the group of each input.
fn roots(inputs: &[Input], limits: &Limits) -> Vec<String> {
    use rayon::prelude::*;
    let folders: Vec<&str> = inputs.iter().map(|i| crate::platform::folder_of(&i.display)).collect();
    let checked: BTreeSet<&str> = folders.iter().copied().collect();
    let mut joined = Folders::default();
    for (input, folder) in inputs.iter().zip(&folders) {
        joined.add(folder);
        for other in crate::platform::companion_folders(&input.display) {
            joined.union(folder, &other);
        }
    }
    // Terraform: a folder with the checked folders it calls modules from (read
    // from the text, on every thread: a module read once serves every caller
    // in the group).
    let calls: Vec<(&str, Vec<String>)> = inputs
        .par_iter()
        .zip(&folders)
        .filter(|(i, _)| i.display.ends_with(".tf"))
        .filter_map(|(input, folder)| Some((*folder, crate::platform::called_folders_in_text(&std::fs::read_to_string(&input.path).ok()?))))
        .collect();
    for (folder, sources) in calls {
        for source in sources {
            let target = crate::platform::join_folder(folder, &source);
            if checked.contains(target.as_str()) {
                joined.union(folder, &target);
            }
        }
    }
    // Charts: the chart's folder and every folder below it.
    for chart in inputs.iter().filter(|i| crate::platform::is_chart_file(&i.display)) {
        let top = crate::platform::folder_of(&chart.display);
        for folder in checked.iter().filter(|f| crate::platform::is_below(f, top)) {
            joined.union(top, folder);
        }
    }
    // Kustomizations: read first (they are small), then joined with what they name.
    let read: Vec<_> =
        inputs.iter().filter(|i| crate::platform::is_kustomization_file(&i.display)).map(|i| load_input(i, limits)).collect();
    let docs: Vec<&crate::doc::Document> = read.iter().flat_map(|l| &l.docs).collect();
    for k in crate::platform::kustomizations(&docs) {
        let named = k.refs.iter().map(|r| (r, checked.iter().any(|f| f == r || crate::platform::is_below(f, r))));
        let patches = k.patches.iter().map(|p| (p, false));
        for (path, is_folder) in named.chain(patches) {
            joined.union(&k.folder, if is_folder { path } else { crate::platform::folder_of(path) });
        }
    }
    folders.iter().map(|folder| joined.find(folder)).collect()
}

/// Folders joined into groups (union-find by name).
#[derive(Default)]
struct Folders {
    parent: BTreeMap<String, String>,
}

impl Folders {
    fn add(&mut self, folder: &str) {
        if !self.parent.contains_key(folder) {
            self.parent.insert(folder.to_string(), folder.to_string());
        }
    }

    fn find(&mut self, folder: &str) -> String {
        self.add(folder);
        let mut root = folder.to_string();
        while self.parent[&root] != root {
            root = self.parent[&root].clone();
        }
        // Every folder on the way now points at the root.
        let mut at = folder.to_string();
        while let Some(up) = self.parent.get_mut(&at).filter(|up| **up != root) {
            at = std::mem::replace(up, root.clone());
        }
        root
    }

    fn union(&mut self, a: &str, b: &str) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The smaller name is the root: groups do not depend on the order of unions.
            let (root, child) = if a < b { (a, b) } else { (b, a) };
            self.parent.insert(child, root);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::discover::Input;

    /// The groups of the files written under a temporary folder, as their paths.
    fn grouped(files: &[(&str, &str)]) -> Vec<Vec<String>> {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut inputs = Vec::new();
        for (path, text) in files {
            let at = dir.path().join(path);
            std::fs::create_dir_all(at.parent().unwrap_or(dir.path())).unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(&at, text).unwrap_or_else(|e| panic!("{e}"));
            inputs.push(Input::new(at, dir.path()));
        }
        inputs.sort_by(|a, b| a.display.cmp(&b.display));
        super::groups(inputs, &crate::load::Limits::default()).into_iter().map(|g| g.into_iter().map(|i| i.display).collect()).collect()
    }

    #[test]
    fn folders_that_work_together_are_one_group_and_the_others_apart() {
        let groups = grouped(&[
            ("k8s/base/deploy.yaml", "kind: Deployment\n"),
            ("k8s/base/kustomization.yaml", "resources: [deploy.yaml]\n"),
            ("k8s/overlays/prod/kustomization.yaml", "resources: [../../base]\npatches:\n  - path: ../../patches/run-as-root.yaml\n"),
            ("k8s/patches/run-as-root.yaml", "kind: Deployment\n"),
            ("tf/examples/complete/main.tf", "module \"x\" {\n  source = \"../..\"\n}\n"),
            ("tf/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n"),
            ("tf/other/main.tf", "resource \"aws_s3_bucket\" \"c\" {}\n"),
            ("chart/Chart.yaml", "name: c\n"),
            ("chart/templates/pod.yaml", "kind: Pod\n"),
            (".github/CODEOWNERS", "* @team\n"),
            ("CODEOWNERS", "* @other\n"),
        ]);
        let expected: Vec<Vec<&str>> = vec![
            vec![".github/CODEOWNERS", "CODEOWNERS"],
            vec!["chart/Chart.yaml", "chart/templates/pod.yaml"],
            vec![
                "k8s/base/deploy.yaml",
                "k8s/base/kustomization.yaml",
                "k8s/overlays/prod/kustomization.yaml",
                "k8s/patches/run-as-root.yaml",
            ],
            vec!["tf/examples/complete/main.tf", "tf/main.tf"],
            vec!["tf/other/main.tf"],
        ];
        assert_eq!(groups, expected);
    }
}
