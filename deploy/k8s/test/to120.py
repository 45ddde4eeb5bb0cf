#!/usr/bin/env python3
"""Rewrites rendered manifests (stdin -> stdout) into the API versions Kubernetes 1.20 serves, the only
Kubernetes these machines can build (Debian 12's source package). The manifests target current
Kubernetes; three things of theirs are newer than 1.20, and each has an exact 1.20 equivalent:

  - PodDisruptionBudget policy/v1 (1.21+)        -> policy/v1beta1 (the same fields as used here)
  - HorizontalPodAutoscaler autoscaling/v2 (1.23+) -> autoscaling/v2beta2 (the same fields, behavior too)
  - lifecycle.preStop.sleep (1.29+)               -> preStop exec ["sleep", N] (coreutils is in the image)

Nothing else is changed. Prints what it rewrote to stderr, so that the test's output says so.
"""
import collections
import sys

import yaml

VERSIONS = {("policy/v1", "PodDisruptionBudget"): "policy/v1beta1",
            ("autoscaling/v2", "HorizontalPodAutoscaler"): "autoscaling/v2beta2"}


def main():
    rewritten = collections.Counter()
    docs = [d for d in yaml.safe_load_all(sys.stdin) if d]
    for doc in docs:
        newer = VERSIONS.get((doc.get("apiVersion"), doc.get("kind")))
        if newer:
            rewritten[f"{doc['kind']} {doc['apiVersion']} -> {newer}"] += 1
            doc["apiVersion"] = newer
        spec = doc.get("spec", {}).get("template", {}).get("spec", {}) if doc.get("kind") == "Deployment" else {}
        for container in spec.get("containers", []):
            pre_stop = container.get("lifecycle", {}).get("preStop", {})
            if "sleep" in pre_stop:
                seconds = pre_stop.pop("sleep")["seconds"]
                pre_stop["exec"] = {"command": ["sleep", str(seconds)]}
                rewritten[f"preStop sleep -> exec sleep"] += 1
    yaml.safe_dump_all(docs, sys.stdout, sort_keys=False)
    print("rewritten for Kubernetes 1.20: " + (", ".join(f"{n} {what}" for what, n in rewritten.items()) or "nothing"),
          file=sys.stderr)


if __name__ == "__main__":
    main()
