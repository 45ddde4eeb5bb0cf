// Validates every object of rendered Kubernetes manifests against its real schema, offline:
// - Kubernetes' own kinds with the npm package kubernetes-models (generated from Kubernetes' OpenAPI);
// - CloudNativePG's kinds with @kubernetes-models/cloudnative-pg (generated from CNPG's CRDs);
// - Strimzi's kinds with the CustomResourceDefinitions that Strimzi's own crd-generator makes from its
//   API model (io.strimzi:api), compiled with ajv;
// - Keycloak's kinds with a schema written by hand from the operator's documentation (keycloak-cr-schema.json):
//   the operator's CRDs are not published anywhere these machines reach.
// Unknown fields are refused too, as the API server's strict field validation does: the schema
// validator runs on a proxy that records which properties it looks at, and a field of an object whose
// known properties were looked at, but that was itself never looked at, is unknown.
//
// Usage: node validate.mjs --crds DIR [--expect-refusals] FILE...
//   FILE: multi-document YAML (the output of kubectl kustomize). Exit 1 when any object is invalid,
//   or, with --expect-refusals, when any object is accepted or refused for another reason than the
//   one its annotation check.volunteernet.org/expect names.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import Ajv from "ajv";
import { validate as validateObjectMeta } from "@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let crdDir = null;
let expectRefusals = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--crds") crdDir = args[++i];
  else if (args[i] === "--expect-refusals") expectRefusals = true;
  else files.push(args[i]);
}

// --- schemas of custom resources (Strimzi CRDs, Keycloak's hand-written schema) -------------------
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const crdValidators = new Map(); // "group/version Kind" -> validate function
function addCrd(crd) {
  for (const version of crd.spec.versions) {
    const schema = version.schema.openAPIV3Schema;
    crdValidators.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, ajv.compile(forApiServer(schema)));
  }
}
// as the API server reads a CRD's schema: x-kubernetes-int-or-string takes an integer or a string;
// x-kubernetes-preserve-unknown-fields keeps any field (propertyNames makes ajv enumerate the keys,
// which tells the unknown-field walk that every key is accounted for)
function forApiServer(schema) {
  if (Array.isArray(schema)) return schema.map(forApiServer);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = {};
  for (const [k, v] of Object.entries(schema)) copy[k] = forApiServer(v);
  if (copy["x-kubernetes-int-or-string"]) {
    delete copy.type;
    copy.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (copy["x-kubernetes-preserve-unknown-fields"]) copy.propertyNames = { type: "string" };
  return copy;
}
if (crdDir) {
  for (const f of fs.readdirSync(crdDir).filter((f) => f.endsWith(".yaml")).sort()) {
    for (const doc of YAML.parseAllDocuments(fs.readFileSync(path.join(crdDir, f), "utf8"))) {
      const crd = doc.toJS();
      if (crd?.kind === "CustomResourceDefinition") addCrd(crd);
    }
  }
}
for (const crd of JSON.parse(fs.readFileSync(path.join(HERE, "keycloak-cr-schema.json"), "utf8")).items) addCrd(crd);

// --- which validator for which object --------------------------------------------------------------
const modelModules = new Map();
async function modelClass(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  let module;
  if (group === "postgresql.cnpg.io") module = `@kubernetes-models/cloudnative-pg/${apiVersion}`;
  else if (group === "" || !group.includes(".") || group.endsWith(".k8s.io")) module = `kubernetes-models/${apiVersion}`;
  else return null;
  if (!modelModules.has(module)) {
    modelModules.set(module, await import(module).catch(() => null));
  }
  const loaded = modelModules.get(module);
  return loaded?.[kind] ?? null;
}

// Runs validate(proxy) and returns the schema errors plus the unknown fields it finds.
function traced(validate, data) {
  const seen = new Map(); // object -> { read: Set, enumerated: bool }
  const proxies = new WeakMap();
  function wrap(value) {
    if (value === null || typeof value !== "object") return value;
    if (proxies.has(value)) return proxies.get(value);
    const record = { read: new Set(), enumerated: false };
    seen.set(value, record);
    const proxy = new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === "string") record.read.add(key);
        return wrap(Reflect.get(target, key, receiver));
      },
      has(target, key) {
        if (typeof key === "string") record.read.add(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        record.enumerated = true;
        return Reflect.ownKeys(target);
      },
    });
    proxies.set(value, proxy);
    return proxy;
  }
  const ok = validate(wrap(data));
  const errors = ok ? [] : [...(validate.errors ?? [])].map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
  // unknown fields: walk the data; an object whose properties the schema named (it read some) but that
  // it never enumerated (no map, no additionalProperties) knows only the keys it read
  const unknown = [];
  (function walk(value, at) {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${at}/${i}`));
      return;
    }
    const record = seen.get(value);
    for (const key of Object.keys(value)) {
      if (record && record.read.size > 0 && !record.enumerated && !record.read.has(key)) {
        unknown.push(`${at}/${key} is not a field of this object (unknown field "${key}")`);
      } else {
        walk(value[key], `${at}/${key}`);
      }
    }
  })(data, "");
  return errors.concat(unknown);
}

async function problemsOf(object) {
  const { apiVersion, kind } = object ?? {};
  if (!apiVersion || !kind) return ["has no apiVersion or kind"];
  if (kind === "Secret") return ["is a Secret: secrets are referenced by name and never committed"];
  const problems = [];
  const crd = crdValidators.get(`${apiVersion} ${kind}`);
  if (crd) {
    const { metadata, ...rest } = object;
    problems.push(...traced(crd, rest));
    problems.push(...traced(validateObjectMeta, metadata ?? {}).map((p) => `/metadata${p}`));
    if (!metadata?.name) problems.push("/metadata must have required property 'name'");
    return problems;
  }
  const Model = await modelClass(apiVersion, kind);
  if (!Model) return [`no schema known for ${apiVersion} ${kind}`];
  // the model's validate() runs its compiled schema validator on `this` and throws on failure
  const validate = (data) => {
    try {
      Model.prototype.validate.call(data);
      return true;
    } catch (e) {
      validate.errors = e.errors ?? [{ instancePath: "", message: e.message }];
      return false;
    }
  };
  problems.push(...traced(validate, object));
  if (!object.metadata?.name) problems.push("/metadata must have required property 'name'");
  return problems;
}

// --- main ---------------------------------------------------------------------------------------------
let failures = 0;
let total = 0;
for (const file of files) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8")).map((d) => d.toJS()).filter(Boolean);
  const kinds = new Map();
  for (const object of docs) {
    total++;
    const name = `${object.kind}/${object.metadata?.name}`;
    kinds.set(object.kind, (kinds.get(object.kind) ?? 0) + 1);
    const problems = await problemsOf(object);
    if (expectRefusals) {
      const expected = object.metadata?.annotations?.["check.volunteernet.org/expect"];
      if (problems.length === 0) {
        failures++;
        console.log(`  ACCEPTED ${name}: a deliberately broken object (${expected}) passed the check`);
      } else if (!expected || !problems.some((p) => p.includes(expected))) {
        failures++;
        console.log(`  WRONG REASON ${name}: expected "${expected}", got: ${problems.join("; ")}`);
      } else {
        console.log(`  refused ${name} as it should be: ${problems.find((p) => p.includes(expected))}`);
      }
    } else if (problems.length) {
      failures++;
      for (const p of problems) console.log(`  INVALID ${path.basename(file)}: ${name}: ${p}`);
    }
  }
  const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(", ");
  console.log(`${path.basename(file)}: ${docs.length} objects${expectRefusals ? " (deliberately broken)" : ""}: ${summary}`);
}
if (failures) {
  console.log(`${failures} of ${total} objects failed the check`);
  process.exit(1);
}
console.log(`${total} objects checked, ${expectRefusals ? "every broken one refused for its reason" : "all valid"}`);
