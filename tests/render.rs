//! Helm charts and kustomizations checked as rendered: the real binary with
//! a stand-in `helm` (`tests/fixtures/render/helm/bin/helm`, which prints
//! what `helm template` prints for the chart beside it), with the machine's
//! `kubectl kustomize` or `kustomize` when it has one, and without either
//! (a `PATH` with no program on it).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

mod common;
use common::{Out, attest_with_env, with_starter};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/render").join(name)
}

/// A `PATH` with no program on it: no renderer is found.
fn empty_path() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

fn stand_in_helm() -> PathBuf {
    fixture("helm/bin/helm")
}

fn concise(out: &Out) -> Vec<&str> {
    out.stdout.lines().take_while(|l| !l.is_empty()).collect()
}

#[test]
fn a_helm_chart_is_checked_as_rendered_with_findings_in_its_templates() {
    let helm = stand_in_helm();
    let env = [("ATTEST_HELM", helm.as_os_str())];
    let out = attest_with_env(&fixture("helm"), &with_starter(&["check", "."]), &env);
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
    // Located in the template: exactly where the line is printed as written
    // (`privileged: true`), at the line that sets the key where a value
    // fills it in (`runAsNonRoot: {{ ... }}`).
    let lines = attest_with_env(&fixture("helm"), &with_starter(&["check", ".", "-f", "concise"]), &env);
    let lines = concise(&lines);
    assert!(lines.contains(&"web/templates/deployment.yaml:28:25: high k8s-container-privileged container `log-shipper` of `Deployment/web` runs privileged (as rendered by helm)"), "{lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with("web/templates/deployment.yaml:24:13: medium k8s-container-runs-as-root")), "{lines:#?}");
    assert!(lines.iter().any(|l| {
        l.starts_with("broken/Chart.yaml:1:1: warning Helm chart `broken` is not rendered: `helm template` failed: Error: template:")
    }));
    // The same bytes whatever the thread count.
    let json = |jobs: &str| attest_with_env(&fixture("helm"), &["check", ".", "-f", "json", "-j", jobs], &env).stdout;
    assert_eq!(json("1"), json("2"));
}

/// A namespace printed from `{{ .Release.Namespace }}` is the release's,
/// chosen at install: not `default`, unlike one a template writes.
#[test]
fn a_release_namespace_is_not_the_default_namespace() {
    let helm = stand_in_helm();
    let env = [("ATTEST_HELM", helm.as_os_str())];
    let out = attest_with_env(&fixture("helm"), &["check", ".", "--only", "k8s-object-in-default-namespace", "-f", "concise"], &env);
    let found: Vec<&str> = concise(&out).into_iter().filter(|l| l.contains("k8s-object-in-default-namespace")).collect();
    assert_eq!(
        found,
        [
            "web/templates/configmap.yaml:5:14: low k8s-object-in-default-namespace ConfigMap `web-settings` is placed in the default namespace (as rendered by helm)"
        ],
        "{}",
        out.stdout
    );
}

#[test]
fn without_helm_each_chart_is_one_notice_and_the_exit_code_is_unchanged() {
    let path = empty_path();
    let out = attest_with_env(&fixture("helm"), &with_starter(&["check", ".", "--fail-on", "info"]), &[("PATH", path.path().as_os_str())]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.stdout.matches("is not rendered").count(), 2, "{}", out.stdout);
    assert!(!out.stdout.contains("unparsed-file") && !out.stdout.contains("parse-error"), "{}", out.stdout);
    insta::assert_snapshot!(out.stdout);
    // `ATTEST_HELM` set to nothing: never render, even with helm on `PATH`.
    let never = attest_with_env(&fixture("helm"), &with_starter(&["check", "."]), &[("ATTEST_HELM", OsStr::new(""))]);
    assert_eq!(never.stdout, out.stdout);
}

/// A `helm` that hangs or prints without end is stopped, and the run goes on.
#[cfg(unix)]
#[test]
fn a_hung_or_endless_helm_does_not_hang_attest() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().expect("tempdir");
    let script = |name: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    };
    let hung = script("hung-helm", "exec sleep 30");
    let endless = script("endless-helm", "exec yes 'a: b'");
    let started = std::time::Instant::now();
    let timeout = [("ATTEST_HELM", hung.as_os_str()), ("ATTEST_RENDER_TIMEOUT", OsStr::new("1"))];
    let out = attest_with_env(&fixture("helm"), &["check", ".", "-f", "concise"], &timeout);
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "took {:?}", started.elapsed());
    assert!(
        out.stdout.contains(
            "web/Chart.yaml:1:1: warning Helm chart `web` is not rendered: `helm template` ran longer than its time limit of 1 s"
        ),
        "{}",
        out.stdout
    );
    let out = attest_with_env(
        &fixture("helm"),
        &["check", ".", "-f", "concise", "--max-file-size", "100000"],
        &[("ATTEST_HELM", endless.as_os_str())],
    );
    assert!(out.stdout.contains("`helm template` printed more than 100000 bytes"), "{}", out.stdout);
    let bad = attest_with_env(&fixture("helm"), &["check", "."], &[("ATTEST_RENDER_TIMEOUT", OsStr::new("soon"))]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("`ATTEST_RENDER_TIMEOUT` must be a number of seconds"), "{}", bad.stderr);
}

/// The policies the kustomize tests run: the starter set and the
/// NetworkPolicy coverage a component provides.
fn kustomize_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    with_starter(&[&["check", ".", "--only", "k8s-workload-without-network-policy"][..], extra].concat())
}

#[test]
fn a_kustomize_overlay_is_checked_as_built_with_findings_in_the_patch() {
    let Some(kustomize) = common::on_path("kustomize").or_else(|| common::on_path("kubectl")) else {
        common::skipped("a_kustomize_overlay_is_checked_as_built_with_findings_in_the_patch", "needs `kubectl` or `kustomize` on PATH");
        return;
    };
    let env = [("ATTEST_KUSTOMIZE", kustomize.as_os_str())];
    let out = attest_with_env(&fixture("kustomize"), &kustomize_args(&[]), &env);
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
    let lines = attest_with_env(&fixture("kustomize"), &kustomize_args(&["-f", "concise"]), &env);
    let findings: Vec<&str> = concise(&lines).into_iter().filter(|l| !l.contains(": warning ")).collect();
    // The overlay that turns `runAsNonRoot` off, in its patch; the one that
    // keeps it, nothing; the base, not on its own; the component's
    // NetworkPolicy covers both.
    assert_eq!(
        findings,
        [
            "overlays/insecure/run-as-root.yaml:12:27: medium k8s-container-runs-as-root container `api` of `Deployment/legacy/api` sets neither `runAsNonRoot: true` nor a non-root `runAsUser` (as rendered by kustomize)"
        ]
    );
}

/// The findings (warnings left out) of one policy over a kustomize fixture,
/// built with the `kustomize` or `kubectl` on PATH; `None`, said visibly,
/// without one.
fn built_findings(test: &str, name: &str, policy: &str) -> Option<Vec<String>> {
    let Some(kustomize) = common::on_path("kustomize").or_else(|| common::on_path("kubectl")) else {
        common::skipped(test, "needs `kubectl` or `kustomize` on PATH");
        return None;
    };
    let env = [("ATTEST_KUSTOMIZE", kustomize.as_os_str())];
    let out = attest_with_env(&fixture(name), &["check", ".", "--only", policy, "-f", "concise"], &env);
    assert_eq!(out.code, 1, "{}", out.stderr);
    Some(concise(&out).into_iter().filter(|l| !l.contains(": warning ")).map(str::to_string).collect())
}

/// Two overlays build one base: what each says of the base's own lines is
/// found there for both (the second build once lost the base's documents to
/// the first, and fell back to its kustomization's first line), and the two
/// findings, which differ only by the namespace each overlay gives, are one.
#[test]
fn overlays_that_share_a_base_find_its_lines_in_the_base() {
    let Some(findings) =
        built_findings("overlays_that_share_a_base_find_its_lines_in_the_base", "kustomize", "k8s-container-cpu-unlimited")
    else {
        return;
    };
    assert_eq!(
        findings,
        [
            "base/deployment.yaml:19:11: low k8s-container-cpu-unlimited container `api` of `Deployment/legacy/api` has no CPU limit (as rendered by kustomize) (and 1 more from other instances, module calls or overlays)",
        ]
    );
}

/// A kustomization in a file named `Kustomization` is built (its patch is
/// not checked as an object of its own), and a component no kustomization
/// names is checked as written, not built alone (its patches name the
/// resources of the kustomizations that include it: alone, the build fails).
#[test]
fn an_extensionless_kustomization_is_built_and_a_lone_component_is_not() {
    let test = "an_extensionless_kustomization_is_built_and_a_lone_component_is_not";
    let Some(findings) = built_findings(test, "kustomize-names", "k8s-container-runs-as-root") else { return };
    assert_eq!(
        findings,
        [
            "app/run-as-root.yaml:11:27: medium k8s-container-runs-as-root container `web` of `Deployment/web` sets neither `runAsNonRoot: true` nor a non-root `runAsUser` (as rendered by kustomize)"
        ]
    );
}

/// A kustomization that cannot be built (it names a remote manifest) gives
/// way to the overlay it names, built on its own: the overlay's patch
/// (`privileged: true`) is checked as kustomize applies it, not lost with
/// every file of the tree checked as written.
#[test]
fn the_overlays_of_a_kustomization_that_cannot_be_built_are_built() {
    let test = "the_overlays_of_a_kustomization_that_cannot_be_built_are_built";
    let Some(findings) = built_findings(test, "kustomize-remote-parent", "k8s-container-privileged") else { return };
    assert_eq!(
        findings,
        [
            "app/overlay/harden.yaml:11:25: high k8s-container-privileged container `web` of `Deployment/shop/web` runs privileged (as rendered by kustomize)"
        ]
    );
}

/// Two bases declare `alpha` and `alpha-prometheus`: what is said of
/// `alpha-prometheus` is found in the base that declares it, not in the
/// one whose object's name it holds (as a name prefix would).
#[test]
fn an_object_is_found_in_the_file_that_names_it_exactly() {
    let test = "an_object_is_found_in_the_file_that_names_it_exactly";
    let Some(findings) = built_findings(test, "kustomize-similar-names", "k8s-rbac-rule-allows-node-proxy") else { return };
    assert_eq!(
        findings,
        [
            "b/rbac.yaml:9:13: high k8s-rbac-rule-allows-node-proxy ClusterRole `alpha-prometheus` grants access to the kubelet API of nodes through `nodes/proxy` (as rendered by kustomize)"
        ]
    );
}

/// A container whose first printed key (`- command:`) is written twice in
/// its object is found by a line below it written once (its `image:`), not
/// at the object's first line; an object a patch gives another kind (a
/// ClusterRole made a Role) is found in the file that declares it.
#[test]
fn a_container_and_a_changed_kind_are_found_in_their_resource() {
    let test = "a_container_and_a_changed_kind_are_found_in_their_resource";
    let Some(container) = built_findings(test, "kustomize-repeated-key", "k8s-container-runs-as-root") else { return };
    assert_eq!(
        container,
        [
            "deploy.yaml:18:11: medium k8s-container-runs-as-root container `main` of `Deployment/store/minio` sets neither `runAsNonRoot: true` nor a non-root `runAsUser` (as rendered by kustomize)"
        ]
    );
    let Some(role) = built_findings(test, "kustomize-kind-patch", "k8s-rbac-role-reads-secrets") else { return };
    assert_eq!(
        role,
        [
            "clusterrole.yaml:11:5: medium k8s-rbac-role-reads-secrets Role `ctrl` can read every secret in its scope (as rendered by kustomize)"
        ]
    );
}

/// A patch adds a container beside the base's, both printed from `- args:`:
/// what is said of the added one is in the patch (at its `image:`), of the
/// base's one in the base.
#[test]
fn a_container_a_patch_adds_is_found_in_the_patch() {
    let test = "a_container_a_patch_adds_is_found_in_the_patch";
    let Some(findings) = built_findings(test, "kustomize-sidecar", "k8s-container-seccomp-unconfined") else { return };
    assert_eq!(
        findings,
        [
            "base/deployment.yaml:22:9: medium k8s-container-seccomp-unconfined container `manager` of `Deployment/prod/app` runs without a seccomp profile (as rendered by kustomize)",
            "overlay/sidecar.yaml:11:9: medium k8s-container-seccomp-unconfined container `sidecar` of `Deployment/prod/app` runs without a seccomp profile (as rendered by kustomize)",
        ]
    );
}

/// An object a resource declares and the build deletes (`$patch: delete`)
/// is not checked, and a warning at its place says so: the file may still
/// be applied on its own.
#[test]
fn an_object_the_build_deletes_is_named_in_a_notice() {
    let Some(kustomize) = common::on_path("kustomize").or_else(|| common::on_path("kubectl")) else {
        common::skipped("an_object_the_build_deletes_is_named_in_a_notice", "needs `kubectl` or `kustomize` on PATH");
        return;
    };
    let env = [("ATTEST_KUSTOMIZE", kustomize.as_os_str())];
    let out = attest_with_env(&fixture("kustomize-delete"), &["check", ".", "-f", "concise"], &env);
    assert_eq!(
        concise(&out),
        ["app.yaml:1:1: warning `Deployment/web` is not in what kustomization . builds (a patch deletes it): not checked"],
        "{}",
        out.stderr
    );
}

/// A value an overlay's transformer writes (`namespace: default`) is in no
/// resource: it is found in that overlay's kustomization, not in the base
/// two overlays share.
#[test]
fn a_value_an_overlay_writes_is_found_in_its_kustomization() {
    let test = "a_value_an_overlay_writes_is_found_in_its_kustomization";
    let Some(findings) = built_findings(test, "kustomize-names", "k8s-object-in-default-namespace") else { return };
    assert_eq!(
        findings,
        [
            "zdev/kustomization.yaml:4:12: low k8s-object-in-default-namespace ConfigMap `settings` is placed in the default namespace (as rendered by kustomize)"
        ]
    );
}

/// A kustomization that builds is still a file with its own duplicate keys.
#[test]
fn duplicate_keys_of_a_built_kustomization_are_reported() {
    let Some(findings) = built_findings("duplicate_keys_of_a_built_kustomization_are_reported", "kustomize-names", "duplicate-key") else {
        return;
    };
    assert_eq!(
        findings,
        [
            "prod/kustomization.yaml:5:1: medium duplicate-key duplicate key `namespace`: this later value is the one checked, the earlier one is ignored"
        ]
    );
}

#[test]
fn without_kustomize_the_resources_are_checked_as_written_with_a_notice() {
    let path = empty_path();
    let out = attest_with_env(&fixture("kustomize"), &kustomize_args(&[]), &[("PATH", path.path().as_os_str())]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    insta::assert_snapshot!(out.stdout);
}

/// An image a JSON patch replaces in an init container is found at the init
/// container's `image:` line, under the same keys, not at the container's
/// line indented as kustomize prints it.
#[test]
fn a_value_a_json_patch_replaced_is_found_under_the_same_keys() {
    let test = "a_value_a_json_patch_replaced_is_found_under_the_same_keys";
    let Some(findings) = built_findings(test, "kustomize-json-patch", "k8s-container-image-unpinned") else { return };
    assert_eq!(
        findings,
        [
            "base/deploy.yaml:11:11: medium k8s-container-image-unpinned container `init` of `Deployment/dev/web` uses image `devimage`, which is not pinned to a version (as rendered by kustomize)"
        ]
    );
}
