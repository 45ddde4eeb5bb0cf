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
    for doc in docs:
        kind, name = doc["kind"], doc["metadata"]["name"]
        doc["metadata"].setdefault("namespace", namespace)
        result = subprocess.run(
            ["kubectl", "--kubeconfig", kubeconfig, "apply", "--dry-run=server", "-f", "-"],
            input=yaml.safe_dump(doc), capture_output=True, text=True)
        if result.returncode != 0:
            refused += 1
            reason = " ".join(result.stderr.split())
            print(f"  refused   {kind}/{name}: {reason[:200]}")
        elif kind in ACCEPTED_HERE:
            print(f"  accepted  {kind}/{name} (expected: {ACCEPTED_HERE[kind]})")
        else:
            unexpected += 1
            print(f"  ACCEPTED  {kind}/{name}: the API server should have refused it")
    print(f"broken objects: {refused} of {len(docs)} refused by the API server's dry run, "
          f"{len(docs) - refused - unexpected} accepted as expected here, {unexpected} accepted unexpectedly")
    sys.exit(1 if unexpected else 0)


if __name__ == "__main__":
    main()
