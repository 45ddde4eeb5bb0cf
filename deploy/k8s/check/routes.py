#!/usr/bin/env python3
"""The Ingress routes every resource to the service that serves it: the first segment after /api/v1 of
each class-level @Path in a service's sources must be routed, by a Prefix path, to that service, and
nothing else may be routed (the demo facilities, /api/v1/demo/..., exist only locally and are not)."""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[3]
SERVICES = ["volunteer-service", "activity-service", "brand-service", "reporting-service"]
LOCAL_ONLY = {"demo"}

served = {}
for service in SERVICES:
    for source in (ROOT / service / "src" / "main" / "java").rglob("*.java"):
        for segment in re.findall(r'@Path\("/api/v1/([^/"{]+)', source.read_text(encoding="utf-8")):
            if segment not in LOCAL_ONLY:
                served.setdefault(segment, set()).add(service)

ingress = yaml.safe_load((ROOT / "deploy" / "k8s" / "base" / "ingress.yaml").read_text(encoding="utf-8"))
routed = {}
for rule in ingress["spec"]["rules"]:
    for p in rule["http"]["paths"]:
        if p["pathType"] != "Prefix" or not p["path"].startswith("/api/v1/"):
            sys.exit(f"ingress path {p['path']} is not a Prefix path under /api/v1/")
        routed[p["path"][len("/api/v1/"):]] = p["backend"]["service"]["name"]

problems = []
for segment, services in sorted(served.items()):
    if len(services) > 1:
        problems.append(f"/api/v1/{segment} is served by several services: {sorted(services)}")
    elif routed.get(segment) != next(iter(services)):
        problems.append(f"/api/v1/{segment} is served by {next(iter(services))} but routed to {routed.get(segment)}")
for segment in sorted(set(routed) - set(served)):
    problems.append(f"/api/v1/{segment} is routed to {routed[segment]} but no resource serves it")
if problems:
    sys.exit("ingress routes do not match the services' @Path:\n  " + "\n  ".join(problems))
print(f"ingress routes all {len(served)} resource prefixes of the four services' @Path to their service")
