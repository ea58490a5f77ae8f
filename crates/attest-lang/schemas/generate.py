#!/usr/bin/env python3
"""Generate `schemas.txt`: the attribute names and value types of Terraform
resources and data sources, CloudFormation resource types and Kubernetes
objects, from machine-readable sources on the npm and PyPI registries.

    python3 crates/attest-lang/schemas/generate.py [CACHE]   # writes schemas.txt beside this file

Sources (downloaded into a temporary folder, never committed):

- Terraform: the CDK for Terraform prebuilt provider packages on npm
  (`@cdktf/provider-*`, MPL-2.0), whose `.jsii` assembly is generated from
  `terraform providers schema -json`: every argument carries its Terraform
  name in its registry link. Several major versions of a provider are merged,
  so that an attribute renamed or removed by a later version still checks.
- CloudFormation: the resource provider schemas shipped in cfn-lint
  (PyPI, MIT-0; the schemas are AWS's published resource provider schemas).
- Kubernetes: the OpenAPI definitions shipped in kubernetes-validate (PyPI,
  Apache-2.0; from the Kubernetes OpenAPI document), oldest and newest
  release merged.

Format, one line each:

    S <name>=<type> <name>=<type> ...     shape number N is the N-th S line (from 0)
    T <namespace>:<name> <type>           a named type: tf:, tfdata:, cfn:, k8s:

A type is `s` (string), `n` (number), `b` (boolean), `a` (anything: not
checked), `#N` (the object of shape N), `[T` (a list of T) or `{T` (a map
from any key to T). An `S` line with the single word `*` is an object whose
keys are not known (open).
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (npm package, version): the last release of each provider major version.
TERRAFORM = [
    ("@cdktf/provider-aws", "15.0.0"),  # hashicorp/aws 4.67.0
    ("@cdktf/provider-aws", "20.1.0"),  # hashicorp/aws 5.100.0
    ("@cdktf/provider-aws", "21.22.1"),  # hashicorp/aws 6.25.0
    ("@cdktf/provider-google", "9.0.5"),  # hashicorp/google 4.84.0
    ("@cdktf/provider-google", "13.32.1"),  # hashicorp/google 5.43.1
    ("@cdktf/provider-google", "16.12.1"),  # hashicorp/google 6.50.0
    ("@cdktf/provider-google-beta", "16.12.1"),  # hashicorp/google-beta 6.50.0
    ("@cdktf/provider-azurerm", "12.27.0"),  # hashicorp/azurerm 3.116.0
    ("@cdktf/provider-azurerm", "14.23.1"),  # hashicorp/azurerm 4.55.0
    ("@cdktf/provider-kubernetes", "12.1.1"),  # hashicorp/kubernetes 2.38.0
    ("@cdktf/provider-github", "15.3.1"),  # integrations/github 6.9.0
]
CFN_LINT = "cfn-lint==1.58.0"
KUBERNETES_VALIDATE = "kubernetes-validate==1.37.0"
KUBERNETES_RELEASES = ["v1.25.0", "v1.37.0"]
K8S_UNIONS = {
    "attest.Container": ["io.k8s.api.core.v1.Container", "io.k8s.api.core.v1.EphemeralContainer"],
    "attest.Role": ["io.k8s.api.rbac.v1.Role", "io.k8s.api.rbac.v1.ClusterRole"],
    "attest.RoleBinding": ["io.k8s.api.rbac.v1.RoleBinding", "io.k8s.api.rbac.v1.ClusterRoleBinding"],
}

# The meta-arguments every resource and data source may have.
TF_META = {"count": "a", "for_each": "a", "depends_on": "a", "provider": "a", "lifecycle": "a", "provisioner": "a", "connection": "a"}


class Shapes:
    """Objects as {name: type}; a type is a str, ('#', key), ('[', t) or ('{', t)."""

    def __init__(self):
        self.objects = {}  # key -> dict, or None for an open object
        self.named = {}  # "ns:name" -> type

    def merge_into(self, key, fields):
        if fields is None:
            self.objects[key] = None
            return
        mine = self.objects.setdefault(key, {})
        if mine is None:
            return
        for name, t in fields.items():
            mine[name] = merge_type(mine.get(name), t)


def merge_type(a, b):
    if a is None or a == b:
        return b
    if b is None:
        return a
    # an object wins over a primitive (a block in one version, an attribute in another)
    rank = lambda t: 3 if isinstance(t, tuple) and t[0] == "#" else 2 if isinstance(t, tuple) else 1 if t != "a" else 0
    if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] and a[0] != "#":
        return (a[0], merge_type(a[1], b[1]))
    return a if rank(a) >= rank(b) else b


def camel_to_snake(name):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


# --- Terraform -------------------------------------------------------------

LINK = re.compile(r"registry\.terraform\.io/providers/[^/]+/[^/]+/[^/]+/docs/(resources|data-sources)/(\w+)(?:#(\w+))?\s+(\w+)")


def jsii_terraform(shapes, path):
    assembly = json.load(open(path))
    types = assembly["types"]
    prefix = assembly["name"] + "."

    def type_of(t):
        """A type, with objects as ("#", interface fqn)."""
        if "primitive" in t:
            return {"string": "s", "number": "n", "boolean": "b", "date": "s"}.get(t["primitive"], "a")
        if "collection" in t:
            inner = type_of(t["collection"]["elementtype"])
            return ("[" if t["collection"]["kind"] == "array" else "{", inner)
        if "union" in t:
            options = [o for o in t["union"]["types"] if o.get("fqn") != "cdktf.IResolvable"]
            return type_of(options[0]) if options else "a"
        fqn = t.get("fqn", "")
        if fqn.startswith(prefix):
            for suffix in ("OutputReference", "List", "Map"):
                if fqn.endswith(suffix) and fqn[: -len(suffix)] in types:
                    inner = ("#", fqn[: -len(suffix)])
                    return inner if suffix == "OutputReference" else ("[", inner) if suffix == "List" else ("{", inner)
            if types.get(fqn, {}).get("kind") == "interface":
                return ("#", fqn)
        return "a"

    def field_name(prop):
        docs = " ".join(str(v) for v in prop.get("docs", {}).values())
        m = LINK.search(docs)
        if m and m.group(3):
            return m.group(3)
        return camel_to_snake(prop["name"])

    def getters(cls):
        for prop in types.get(cls, {}).get("properties", []):
            if not prop.get("static") and not prop["name"].endswith("Input") and prop["name"] != "internalValue":
                yield camel_to_snake(prop["name"]), type_of(prop["type"])

    def fields_of(fqn):
        out = {field_name(p): type_of(p["type"]) for p in types.get(fqn, {}).get("properties", [])}
        # computed attributes are getters of the class that reads the object back
        for name, t in getters(fqn + "OutputReference"):
            out.setdefault(name, t)
        return out

    def place(t, key, depth=0):
        """The type with its objects stored under keys made of the resource
        type and the attribute path, so that every version of a provider (and
        google-beta beside google) merges into one object."""
        if isinstance(t, str):
            return t
        if t[0] == "#":
            if depth > 16:
                return "a"
            fields = {n: place(ft, f"{key}.{n}", depth + 1) for n, ft in fields_of(t[1]).items()}
            shapes.merge_into(key, fields)
            return ("#", key)
        return (t[0], place(t[1], key, depth))

    for fqn, t in types.items():
        if t.get("kind") != "class":
            continue
        m = LINK.search(t.get("docs", {}).get("summary", ""))
        if not m or m.group(3) or not (fqn + "Config") in types:
            continue
        kind, tf_name = m.group(1), m.group(4)
        top = f"{'tf' if kind == 'resources' else 'tfdata'}:{tf_name}"
        raw = dict(TF_META)
        raw.update(fields_of(fqn + "Config"))
        for name, ft in getters(fqn):
            raw.setdefault(name, ft)
        shapes.merge_into(top, {n: place(ft, f"{top}.{n}") for n, ft in raw.items()})
        shapes.named[top] = ("#", top)


# --- JSON Schema (CloudFormation, Kubernetes) --------------------------------

def json_schema(shapes, key_prefix, schema, definitions, ref_prefix, cache):
    """The type of a JSON schema; object definitions become shapes keyed by `key_prefix` + name."""

    def conv(s, key=None, depth=0):
        if not isinstance(s, dict) or depth > 60:
            return "a"
        if "$ref" in s:
            name = s["$ref"].split(ref_prefix, 1)[-1]
            k = key_prefix + name
            if k not in cache:
                if name not in definitions:
                    return "a"
                cache[k] = ("#", k)  # while converting: definitions may be recursive
                cache[k] = conv(definitions[name], k, depth + 1)
            return cache[k]
        alternatives = [a for a in s.get("oneOf", []) + s.get("anyOf", []) + s.get("allOf", []) if isinstance(a, dict)]
        props = dict(s.get("properties", {}))
        for alt in alternatives:
            props.update(alt.get("properties", {}))
        ty = s.get("type")
        if isinstance(ty, list):
            ty = [t for t in ty if t != "null"]
            ty = ty[0] if len(ty) == 1 else None
        if props:
            key = key or key_prefix + "@" + str(len(shapes.objects))
            fields = shapes.objects.setdefault(key, {})
            for name, p in props.items():
                fields[name] = merge_type(fields.get(name), conv(p, None, depth + 1))
            return ("#", key)
        if ty == "array":
            return ("[", conv(s.get("items", {}), None, depth + 1))
        if ty == "object" or "additionalProperties" in s or "patternProperties" in s:
            extra = s.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return ("{", conv(extra, None, depth + 1))
            patterns = list(s.get("patternProperties", {}).values())
            return ("{", conv(patterns[0], None, depth + 1) if patterns else "a")
        if alternatives and not ty:
            kinds = {conv(a, None, depth + 1) for a in alternatives}
            return kinds.pop() if len(kinds) == 1 and isinstance(next(iter(kinds)), str) else "a"
        return {"string": "s", "integer": "n", "number": "n", "boolean": "b"}.get(ty, "a")

    return conv(schema)


def cloudformation(shapes, wheel):
    with zipfile.ZipFile(wheel) as z:
        names = [n for n in z.namelist() if n.startswith("cfnlint/data/schemas/providers/us_east_1/") and n.endswith(".json")]
        names += [n for n in z.namelist() if n.startswith("cfnlint/data/schemas/resources/") and n.endswith(".json")]
        for n in names:
            try:
                schema = json.loads(z.read(n))
            except ValueError:
                continue
            type_name = schema.get("typeName")
            if not type_name or f"cfn:{type_name}" in shapes.named:
                continue
            defs = schema.get("definitions", {})
            top = {"type": "object", "properties": schema.get("properties", {})}
            t = json_schema(shapes, f"cfn:{type_name}/", top, defs, "#/definitions/", {})
            shapes.named[f"cfn:{type_name}"] = t


def kubernetes(shapes, wheel):
    with zipfile.ZipFile(wheel) as z:
        for release in KUBERNETES_RELEASES:
            path = f"kubernetes_validate/kubernetes-json-schema/{release}-local/_definitions.json"
            defs = json.loads(z.read(path))["$defs"]
            cache = {}
            for name in defs:
                t = json_schema(shapes, "k8s:", {"$ref": "#/$defs/" + name}, defs, "#/$defs/", cache)
                if isinstance(t, tuple) and t[0] == "#":
                    shapes.named[f"k8s:{name}"] = t
    # What the collections yield that is one of several kinds.
    for alias, kinds in K8S_UNIONS.items():
        for kind in kinds:
            shapes.merge_into("k8s:" + alias, shapes.objects["k8s:" + kind])
        shapes.named["k8s:" + alias] = ("#", "k8s:" + alias)


# --- output ----------------------------------------------------------------

def write(shapes, out):
    # number the objects reachable from named types, merging identical shapes
    keys = sorted(k for k in shapes.objects)
    def enc(t, ids):
        if isinstance(t, str):
            return t
        if t[0] == "#":
            return "#" + str(ids[t[1]]) if t[1] in ids else "a"
        return t[0] + enc(t[1], ids)
    ids = {k: i for i, k in enumerate(keys)}
    for _ in range(8):
        canon = {}
        for k in keys:
            fields = shapes.objects[k]
            text = "*" if fields is None else " ".join(f"{n}={enc(t, ids)}" for n, t in sorted(fields.items()) if " " not in n and "=" not in n)
            canon[k] = text
        rep = {}
        new_ids = {}
        for k in keys:
            new_ids[k] = rep.setdefault(canon[k], ids[k])
        if new_ids == ids:
            break
        ids = new_ids
    used = sorted(set(ids.values()))
    renumber = {old: i for i, old in enumerate(used)}
    ids = {k: renumber[v] for k, v in ids.items()}
    lines = [None] * len(used)
    for k in keys:
        fields = shapes.objects[k]
        if lines[ids[k]] is None:
            lines[ids[k]] = "S " + ("*" if fields is None else " ".join(f"{n}={enc(t, ids)}" for n, t in sorted(fields.items()) if " " not in n and "=" not in n))
    with open(out, "w") as f:
        f.write("# Generated by generate.py (beside this file); do not edit. Sources:\n")
        for package, version in TERRAFORM:
            f.write(f"#   npm {package}@{version} (MPL-2.0)\n")
        f.write(f"#   PyPI {CFN_LINT} (MIT-0), resource provider schemas of us-east-1\n")
        f.write(f"#   PyPI {KUBERNETES_VALIDATE} (Apache-2.0), Kubernetes {' and '.join(KUBERNETES_RELEASES)}\n")
        f.write("".join(l + "\n" for l in lines))
        for name in sorted(shapes.named):
            f.write(f"T {name} {enc(shapes.named[name], ids)}\n")


def main():
    # A folder given as the argument keeps the downloads between runs.
    tmp = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="attest-schemas-")
    os.makedirs(tmp, exist_ok=True)
    shapes = Shapes()
    for package, version in TERRAFORM:
        jsii = os.path.join(tmp, f"{package.split('/')[-1]}-{version}.jsii")
        if not os.path.exists(jsii):
            subprocess.run(["npm", "pack", "--silent", f"{package}@{version}"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
            tgz = glob.glob(os.path.join(tmp, "*.tgz"))[0]
            subprocess.run(["tar", "xzf", tgz, "package/.jsii"], cwd=tmp, check=True)
            os.remove(tgz)
            os.rename(os.path.join(tmp, "package", ".jsii"), jsii)
        jsii_terraform(shapes, jsii)
        print(f"{package}@{version}: {sum(1 for n in shapes.named if n.startswith('tf'))} Terraform types so far", file=sys.stderr)
    if not glob.glob(os.path.join(tmp, "kubernetes_validate-*.whl")):
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, CFN_LINT, KUBERNETES_VALIDATE], check=True)
    cloudformation(shapes, glob.glob(os.path.join(tmp, "cfn_lint-*.whl"))[0])
    kubernetes(shapes, glob.glob(os.path.join(tmp, "kubernetes_validate-*.whl"))[0])
    write(shapes, os.path.join(HERE, "schemas.txt"))


if __name__ == "__main__":
    main()
