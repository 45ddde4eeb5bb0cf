#!/usr/bin/env python3
"""The deliberately broken objects of check/broken.yaml, each sent alone to the test cluster's API server
with kubectl apply --dry-run=server: which does the server refuse, and why.

Usage: broken.py BROKEN_YAML KUBECONFIG NAMESPACE

Expected here: every Kubernetes, Strimzi and Keycloak object refused; the CloudNativePG objects and the
Secret accepted, and said so: the CloudNativePG CRDs are stand-ins without a schema
(cloudnative-pg-crds.yaml), and a Secret is a valid object that only check.sh's policy refuses
(never commit one). Exits 1 when an object the server should refuse is accepted.
"""
import subprocess
import sys

import yaml

ACCEPTED_HERE = {
    "Cluster": "CloudNativePG's CRDs are stand-ins here (no schema)",
    "ScheduledBackup": "CloudNativePG's CRDs are stand-ins here (no schema)",
    "Secret": "a valid object: only check.sh's policy refuses committed Secrets",
}


def main():
    path, kubeconfig, namespace = sys.argv[1:4]
    docs = [d for d in yaml.safe_load_all(open(path)) if d]
    unexpected = 0
    refused = 0
    by_server = 0
    for doc in docs:
        kind, name = doc["kind"], doc["metadata"]["name"]
        doc["metadata"].setdefault("namespace", namespace)
        result = subprocess.run(
            ["kubectl", "--kubeconfig", kubeconfig, "apply", "--dry-run=server", "-f", "-"],
            input=yaml.safe_dump(doc), capture_output=True, text=True)
        if result.returncode != 0:
            refused += 1
            reason = " ".join(result.stderr.split())
            # 1.20's API server has no field validation of its own (it drops unknown fields silently):
            # kubectl validates against the OpenAPI document the server publishes, CRDs included
            by = "kubectl, by the server's OpenAPI" if "error validating data" in reason else "the API server"
            by_server += by == "the API server"
            reason = reason.split("ValidationError")[-1].split("; if you choose")[0]
            print(f"  refused   {kind}/{name} ({by}): {reason[:170]}")
        elif kind in ACCEPTED_HERE:
            print(f"  accepted  {kind}/{name} (expected: {ACCEPTED_HERE[kind]})")
        else:
            unexpected += 1
            print(f"  ACCEPTED  {kind}/{name}: the API server should have refused it")
    print(f"broken objects: {refused} of {len(docs)} refused ({refused - by_server} by kubectl against the OpenAPI "
          f"document the server publishes, {by_server} by the API server itself), "
          f"{len(docs) - refused - unexpected} accepted as expected here, {unexpected} accepted unexpectedly")
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
