#!/usr/bin/env python3
"""Turns the operators' CRDs and the Kubernetes OpenAPI definitions into the strict JSON schemas ManifestTest
validates the rendered overlays against (deploy/k8s/schemas/README.md says where each input comes from).

    python3 deploy/k8s/schemas/generate.py strimzi=<clone> cloudnative-pg=<clone> ...

sources.json (beside this script) names each source: the directory written (label), the repository, tag, commit and
license, and the files read at that commit: CRD YAML files, or the Kubernetes swagger.json with the kinds taken
from it. Each argument gives a local clone of a source's repository; the files are read with `git show
<commit>:<file>`, so a schema always comes from exactly the commit sources.json names.

What "strict" means, as `kubectl apply` (server-side field validation Strict, kubectl's default) refuses it:
  * every object that lists its properties refuses any other (additionalProperties: false), unless the schema
    says x-kubernetes-preserve-unknown-fields or gives additionalProperties itself;
  * apiVersion and kind are fixed; a CRD's metadata is the Kubernetes ObjectMeta, strict too;
  * int-or-string and Quantity accept a number or a string, nullable accepts null;
  * what JSON schema cannot check is left out: descriptions, formats (int32, byte, ...), CEL rules
    (x-kubernetes-validations), list-type markers. The operators' admission webhooks still check those.
"""
import json
import os
import subprocess
import sys

import yaml

DRAFT = "http://json-schema.org/draft-07/schema#"
KEEP = {"type", "properties", "required", "items", "enum", "pattern", "minimum", "maximum", "minLength",
        "maxLength", "minItems", "maxItems", "uniqueItems", "oneOf", "anyOf", "allOf", "not",
        "additionalProperties", "minProperties", "maxProperties", "multipleOf", "$ref"}


def strict(node, refs_prefix=None):
    """A copy of an OpenAPI v3 (CRD) or v2 (swagger) schema node as strict draft-07 JSON schema."""
    if isinstance(node, list):
        return [strict(n, refs_prefix) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key not in KEEP:
            continue
        if key == "properties":
            out[key] = {name: strict(schema, refs_prefix) for name, schema in value.items()}
        elif key in ("items", "not"):
            out[key] = strict(value, refs_prefix)
        elif key in ("oneOf", "anyOf", "allOf"):
            out[key] = [strict(v, refs_prefix) for v in value]
        elif key == "additionalProperties":
            out[key] = value if isinstance(value, bool) else strict(value, refs_prefix)
        elif key == "$ref":
            out[key] = value.replace("#/definitions/", refs_prefix) if refs_prefix else value
        else:
            out[key] = value
    if node.get("exclusiveMinimum") is True and "minimum" in out:
        out["exclusiveMinimum"] = out.pop("minimum")
    if node.get("exclusiveMaximum") is True and "maximum" in out:
        out["exclusiveMaximum"] = out.pop("maximum")
    if node.get("x-kubernetes-int-or-string"):
        out.pop("type", None)
        out.setdefault("anyOf", [{"type": "integer"}, {"type": "string"}])
    preserve = node.get("x-kubernetes-preserve-unknown-fields") is True
    if node.get("x-kubernetes-embedded-resource"):
        props = out.setdefault("properties", {})
        props.setdefault("apiVersion", {"type": "string"})
        props.setdefault("kind", {"type": "string"})
        props.setdefault("metadata", {"type": "object"})
    if "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    if node.get("nullable") is True and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def reachable(definitions, roots):
    seen = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)

        def walk(n):
            if isinstance(n, dict):
                for k, v in n.items():
                    if k == "$ref" and isinstance(v, str) and v.startswith("#/definitions/"):
                        todo.append(v[len("#/definitions/"):])
                    else:
                        walk(v)
            elif isinstance(n, list):
                for v in n:
                    walk(v)
        walk(definitions[name])
    return seen


def kubernetes_definitions(swagger):
    definitions = {}
    for name, schema in swagger["definitions"].items():
        converted = strict(schema)
        if name == "io.k8s.apimachinery.pkg.util.intstr.IntOrString":
            converted = {"anyOf": [{"type": "integer"}, {"type": "string"}]}
        elif name == "io.k8s.apimachinery.pkg.api.resource.Quantity":
            converted = {"anyOf": [{"type": "number"}, {"type": "string"}]}
        definitions[name] = converted
    return definitions


def pin_kind(schema, api_version, kind):
    props = schema.setdefault("properties", {})
    props["apiVersion"] = {"type": "string", "enum": [api_version]}
    props["kind"] = {"type": "string", "enum": [kind]}
    required = schema.setdefault("required", [])
    for field in ("apiVersion", "kind"):
        if field not in required:
            required.append(field)
    schema["type"] = "object"


def file_name(kind, api_version):
    return kind.lower() + "-" + api_version.replace("/", "-").replace(".", "_") + ".json"


def read(clones, source, path):
    clone = clones[source["id"]]
    return subprocess.run(["git", "-C", clone, "show", source["commit"] + ":" + path],
                          check=True, capture_output=True, text=True).stdout


def main(args):
    here = os.path.dirname(os.path.abspath(__file__))
    clones = dict(a.split("=", 1) for a in args)
    with open(os.path.join(here, "sources.json")) as f:
        sources = json.load(f)
    index = {"generatedBy": "deploy/k8s/schemas/generate.py", "sources": [], "kinds": {}}
    object_meta = None
    k8s_defs = None
    # Kubernetes first: its ObjectMeta is every CRD's metadata.
    for source in sorted(sources, key=lambda s: 0 if "kinds" in s else 1):
        out_dir = os.path.join(here, source["label"])
        os.makedirs(out_dir, exist_ok=True)
        entry = {k: source[k] for k in ("label", "repository", "tag", "commit", "license", "files")}
        for old in os.listdir(out_dir):
            if old.endswith(".json"):
                os.remove(os.path.join(out_dir, old))
        kinds = []
        if "kinds" in source:
            swagger = json.loads(read(clones, source, source["files"][0]))
            k8s_defs = kubernetes_definitions(swagger)
            by_gvk = {}
            for name, schema in swagger["definitions"].items():
                for gvk in schema.get("x-kubernetes-group-version-kind", []):
                    api_version = (gvk["group"] + "/" if gvk["group"] else "") + gvk["version"]
                    by_gvk[(api_version, gvk["kind"])] = name
            meta = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
            object_meta = {"definitions": {n: k8s_defs[n] for n in reachable(k8s_defs, [meta])}, "root": meta}
            for wanted in source["kinds"]:
                api_version, kind = wanted.rsplit("/", 1)
                name = by_gvk[(api_version, kind)]
                root = json.loads(json.dumps(k8s_defs[name]))
                pin_kind(root, api_version, kind)
                defs = {n: k8s_defs[n] for n in sorted(reachable(k8s_defs, [name])) if n != name}
                schema = {"$schema": DRAFT, "$id": "urn:guihua:schema:" + source["label"] + ":" + file_name(kind, api_version)}
                schema.update(root)
                schema["definitions"] = defs
                kinds.append((api_version, kind, schema))
        else:
            for crd_file in source["files"]:
                if True:
                    for crd in yaml.safe_load_all(read(clones, source, crd_file)):
                        if not crd or crd.get("kind") != "CustomResourceDefinition":
                            continue
                        group = crd["spec"]["group"]
                        kind = crd["spec"]["names"]["kind"]
                        for version in crd["spec"]["versions"]:
                            if not version.get("served", True):
                                continue
                            api_version = group + "/" + version["name"]
                            root = strict(version["schema"]["openAPIV3Schema"], "#/definitions/")
                            pin_kind(root, api_version, kind)
                            root["properties"]["metadata"] = {"$ref": "#/definitions/" + object_meta["root"]}
                            schema = {"$schema": DRAFT,
                                      "$id": "urn:guihua:schema:" + source["label"] + ":" + file_name(kind, api_version)}
                            schema.update(root)
                            schema["definitions"] = object_meta["definitions"]
                            kinds.append((api_version, kind, schema))
        for api_version, kind, schema in kinds:
            name = file_name(kind, api_version)
            with open(os.path.join(out_dir, name), "w") as f:
                json.dump(schema, f, indent=1, sort_keys=True, ensure_ascii=False)
                f.write("\n")
            index["kinds"].setdefault(api_version + "/" + kind, []).append(source["label"] + "/" + name)
        entry["kinds"] = sorted(api_version + "/" + kind for api_version, kind, _ in kinds)
        index["sources"].append(entry)
    index["kinds"] = dict(sorted(index["kinds"].items()))
    with open(os.path.join(here, "index.json"), "w") as f:
        json.dump(index, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
