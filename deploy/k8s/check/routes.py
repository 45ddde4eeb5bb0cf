#!/usr/bin/env python3
"""The Ingress routes every resource to the service that serves it: the first segment after /api/v1 of
each class-level @Path in a service's sources must be routed, by a Prefix path, to that service, and
nothing else may be routed (the demo facilities, /api/v1/demo/..., exist only locally and are not). A REST
client interface (@RegisterRestClient: another service's path, e.g. activity-service's view of the volunteer
directory) is called, not served, and is passed over."""
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
        text = source.read_text(encoding="utf-8")
        if "@RegisterRestClient" in text:
            continue
        for segment in re.findall(r'@Path\("/api/v1/([^/"{]+)', text):
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
# the local proxy's table (deploy/local/proxy/routes) routes the same way
PORTS = {"8081": "volunteer-service", "8082": "activity-service", "8083": "brand-service", "8084": "reporting-service"}
proxied = {}
for line in (ROOT / "deploy" / "local" / "proxy" / "routes").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        prefix, port = line.split()
        if prefix.split("/")[0] not in LOCAL_ONLY:
            proxied[prefix] = PORTS.get(port, port)
for segment, services in sorted(served.items()):
    if len(services) == 1 and proxied.get(segment) != next(iter(services)):
        problems.append(f"/api/v1/{segment} is served by {next(iter(services))} but the local proxy routes it to {proxied.get(segment)}")
for segment in sorted(set(proxied) - set(served)):
    problems.append(f"/api/v1/{segment} is in the local proxy's routes but no resource serves it")
if problems:
    sys.exit("ingress routes do not match the services' @Path:\n  " + "\n  ".join(problems))
print(f"ingress and local proxy route all {len(served)} resource prefixes of the four services' @Path to their service")
