//! Reading the Terraform modules that module calls name and that are not
//! among the files checked: a local `source` (`../modules/logs`), and the
//! modules `terraform init` downloaded into `.terraform/modules` (listed in
//! its `modules.json`). They are read as context: checked only through the
//! calls, never on their own. Only folders inside a checked path or the
//! folder attest runs from are read.

use super::Progress;
use super::files::{Loaded, load_input};
use crate::discover::{Input, Role};
use crate::load::Limits;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

/// At most this many module folders are read beyond the files checked.
const MAX_FOLDERS: usize = 256;

/// Read the folders module calls name (and theirs, and so on), and the
/// `modules.json` of every Terraform folder, into `loaded`. `scope`: the
/// folders the modules must be in.
pub(super) fn load_called(
    loaded: &mut Vec<Loaded>,
    inputs: &[Input],
    limits: &Limits,
    root: &Path,
    scope: &[PathBuf],
    progress: &Progress,
) {
    let folder = |p: &PathBuf| if p.is_file() { p.parent().map(Path::to_path_buf) } else { Some(p.clone()) };
    let scope: Vec<PathBuf> = scope
        .iter()
        .filter_map(folder)
        .filter_map(|p| std::fs::canonicalize(if p.as_os_str().is_empty() { Path::new(".") } else { &p }).ok())
        .collect();
    // Where each folder shown is on disk, from the files read, and the
    // folder checked that it was reached from (for the paths `file_path(x)`
    // gives).
    let mut disk: BTreeMap<String, (PathBuf, PathBuf)> = BTreeMap::new();
    for input in inputs {
        let parent = input.path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        disk.entry(crate::platform::folder_of(&input.display).to_string()).or_insert_with(|| (parent.to_path_buf(), input.scanned()));
    }
    let folder_of = |l: &Loaded| {
        let terraform = l.docs.first().is_some_and(|d| crate::platform::classify(d) == crate::platform::Kind::Terraform);
        terraform.then(|| crate::platform::folder_of(&l.file.path).to_string())
    };
    // The Terraform files of each folder, by index in `loaded`: kept up to
    // date as module files are read, so that each folder's calls are found
    // without going through every file read.
    let mut by_folder: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut indexed = 0;
    let mut index = |loaded: &[Loaded], by_folder: &mut BTreeMap<String, Vec<usize>>| {
        for (i, l) in loaded.iter().enumerate().skip(indexed) {
            if let Some(f) = folder_of(l) {
                by_folder.entry(f).or_default().push(i);
            }
        }
        indexed = loaded.len();
    };
    index(loaded, &mut by_folder);
    let mut queue: Vec<String> = by_folder.keys().cloned().collect();
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut read = 0;
    while let Some(folder) = queue.pop() {
        let Some((dir, from)) = disk.get(&folder).cloned() else { continue };
        let mut targets: Vec<String> = Vec::new();
        let json = crate::platform::module_list(&dir);
        if json.is_file() && inside(&json, &scope) {
            let l = load_input(&Input { role: Role::Context, ..Input::under(json, root, &from) }, limits);
            targets.extend(l.docs.iter().flat_map(crate::platform::listed_folders));
            loaded.push(l);
        }
        index(loaded, &mut by_folder);
        let of_folder = by_folder.get(&folder).into_iter().flatten().filter_map(|&i| loaded.get(i));
        targets.extend(crate::platform::called_folders(of_folder.flat_map(|l| &l.docs)));
        for target in targets {
            let shown = crate::platform::join_folder(&folder, &target);
            if seen.contains(&shown) || read >= MAX_FOLDERS {
                continue;
            }
            let path = normalize(&dir.join(&target));
            if !path.is_dir() || !inside(&path, &scope) {
                continue;
            }
            seen.insert(shown.clone());
            read += 1;
            let files = module_files(&path, root, &from);
            progress.reading(files.len());
            for input in files {
                loaded.push(load_input(&input, limits));
                progress.read_one();
            }
            disk.insert(shown.clone(), (path, from.clone()));
            queue.push(shown);
        }
    }
    loaded.sort_by(|a, b| a.file.path.cmp(&b.file.path));
}

/// The `.tf` and `.tf.json` files of a module's folder, as context, with
/// their paths from `scanned`, the folder checked that called them.
fn module_files(dir: &Path, root: &Path, scanned: &Path) -> Vec<Input> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    paths.retain(|p| p.to_str().is_some_and(|s| s.ends_with(".tf") || s.ends_with(".tf.json")));
    paths.sort();
    paths.into_iter().map(|p| Input { role: Role::Context, ..Input::under(p, root, scanned) }).collect()
}

/// A path with `.` and `..` taken away where they can be, as written (links
/// are not followed here; `inside` follows them).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() { PathBuf::from(".") } else { out }
}

/// Whether `path`, links followed, is inside one of the folders of `scope`.
fn inside(path: &Path, scope: &[PathBuf]) -> bool {
    std::fs::canonicalize(path).is_ok_and(|p| scope.iter().any(|s| p.starts_with(s)))
}
