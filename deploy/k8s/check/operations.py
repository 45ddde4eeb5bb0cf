#!/usr/bin/env python3
"""The operations surface stays off the public side (issue 18): health and metrics are served on each
service's management interface only, a container port named "management" (9000), never on the public
port "http". In the rendered manifests given as arguments:

- every probe (startup, liveness, readiness) of every container is an HTTP or TCP probe on the port
  named management (by name, or by the number of the container's port of that name), and each of the
  four services' containers has all three probes, on Quarkus' health paths;
- no Service forwards to the management port (targetPort "management" or its number), so no Ingress,
  other pod or load balancer can reach it through one;
- no Ingress routes to a Service port named "management", to the management port's number, or to a
  Service port that forwards to it.

With --expect-refusals FILE... every object must instead be refused, for the reason its annotation
check.volunteernet.org/expect names (a text of the refusal), as validate.mjs does with broken.yaml."""
import sys

import yaml

MANAGEMENT = "management"
MANAGEMENT_NUMBER = 9000  # QUARKUS_MANAGEMENT_PORT of deploy/k8s/base/kustomization.yaml
SERVICES = {"volunteer-service", "activity-service", "brand-service", "reporting-service"}
HEALTH = {"startupProbe": "/q/health/started", "livenessProbe": "/q/health/live", "readinessProbe": "/q/health/ready"}
WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}


def pod_spec(obj):
    if obj.get("kind") == "Pod":
        return obj.get("spec") or {}
    if obj.get("kind") == "CronJob":
        return ((((obj.get("spec") or {}).get("jobTemplate") or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    if obj.get("kind") in WORKLOADS:
        return (((obj.get("spec") or {}).get("template") or {}).get("spec")) or {}
    return None


def management_numbers(objects):
    """The numbers of every container port named management (the Services' numeric targetPorts would use them)."""
    numbers = {MANAGEMENT_NUMBER}
    for obj in objects:
        spec = pod_spec(obj)
        for container in (spec or {}).get("containers") or []:
            for port in container.get("ports") or []:
                if port.get("name") == MANAGEMENT and "containerPort" in port:
                    numbers.add(port["containerPort"])
    return numbers


def refusals(obj, numbers, services):
    """What is wrong with one object, as sentences; empty when it keeps the management port private."""
    name = f"{obj.get('kind')} {(obj.get('metadata') or {}).get('name')}"
    problems = []
    spec = pod_spec(obj)
    if spec is not None:
        workload = (obj.get("metadata") or {}).get("name")
        for container in (spec.get("containers") or []) + (spec.get("initContainers") or []):
            named = {p.get("name"): p.get("containerPort") for p in container.get("ports") or []}
            for kind in HEALTH:
                probe = container.get(kind)
                if probe is None:
                    if workload in SERVICES and container.get("name") == "service":
                        problems.append(f"{name}: container {container.get('name')} has no {kind} on the management port")
                    continue
                if "exec" in probe:
                    problems.append(f"{name}: {kind} of {container.get('name')} is an exec probe, not one on the management port")
                    continue
                handler = probe.get("httpGet") or probe.get("tcpSocket") or probe.get("grpc") or {}
                port = handler.get("port")
                if port != MANAGEMENT and not (isinstance(port, int) and port == named.get(MANAGEMENT)):
                    problems.append(f"{name}: {kind} of {container.get('name')} is on port {port}, not on the management port")
                elif workload in SERVICES and "httpGet" in probe and probe["httpGet"].get("path") != HEALTH[kind]:
                    problems.append(f"{name}: {kind} of {container.get('name')} asks {probe['httpGet'].get('path')}, not {HEALTH[kind]}")
    if obj.get("kind") == "Service":
        for port in (obj.get("spec") or {}).get("ports") or []:
            target = port.get("targetPort", port.get("port"))
            if target == MANAGEMENT or target in numbers or port.get("name") == MANAGEMENT:
                problems.append(f"{name}: port {port.get('name') or port.get('port')} exposes the management port ({target})")
    if obj.get("kind") == "Ingress":
        spec = obj.get("spec") or {}
        backends = [spec.get("defaultBackend")] if spec.get("defaultBackend") else []
        for rule in spec.get("rules") or []:
            backends += [p.get("backend") for p in ((rule.get("http") or {}).get("paths") or [])]
        for backend in backends:
            service = (backend or {}).get("service") or {}
            port = service.get("port") or {}
            exposed = port.get("name") == MANAGEMENT or port.get("number") in numbers \
                or services.get((service.get("name"), port.get("name") or port.get("number"))) == MANAGEMENT
            if exposed:
                problems.append(f"{name}: routes to {service.get('name')}'s management port ({port.get('name') or port.get('number')})")
    return problems


def load(files):
    objects = []
    for f in files:
        with open(f, encoding="utf-8") as stream:
            objects += [o for o in yaml.safe_load_all(stream) if o]
    return objects


def service_targets(objects):
    """(Service, its port's name or number) -> "management" when that port forwards to the management port."""
    targets = {}
    for obj in objects:
        if obj.get("kind") == "Service":
            for port in (obj.get("spec") or {}).get("ports") or []:
                target = port.get("targetPort", port.get("port"))
                if target == MANAGEMENT or target == MANAGEMENT_NUMBER:
                    for key in (port.get("name"), port.get("port")):
                        targets[(obj["metadata"]["name"], key)] = MANAGEMENT
    return targets


def main(argv):
    expect = "--expect-refusals" in argv
    files = [a for a in argv if a != "--expect-refusals"]
    objects = load(files)
    numbers = management_numbers(objects)
    services = service_targets(objects)
    failed = []
    if expect:
        for obj in objects:
            name = f"{obj.get('kind')} {(obj.get('metadata') or {}).get('name')}"
            expected = ((obj.get("metadata") or {}).get("annotations") or {}).get("check.volunteernet.org/expect")
            problems = refusals(obj, numbers, services)
            if not problems:
                failed.append(f"ACCEPTED {name}: a deliberately broken object ({expected}) passed the check")
            elif not expected or not any(expected in p for p in problems):
                failed.append(f"WRONG REASON {name}: expected \"{expected}\", got: {'; '.join(problems)}")
        if failed:
            sys.exit("\n".join(failed))
        print(f"all {len(objects)} deliberately broken objects of the operations surface refused, each for its reason")
        return
    probes = 0
    for obj in objects:
        failed += refusals(obj, numbers, services)
        for container in ((pod_spec(obj) or {}).get("containers") or []):
            probes += sum(1 for kind in HEALTH if kind in container)
    deployed = {(o.get("metadata") or {}).get("name") for o in objects if o.get("kind") == "Deployment"}
    for missing in sorted(SERVICES - deployed):
        failed.append(f"no Deployment {missing} in the rendered manifests")
    if failed:
        sys.exit("the management port (health, metrics) is not kept private:\n  " + "\n  ".join(failed))
    print(f"{probes} probes on the management port; no Service or Ingress exposes it ({len(files)} rendered overlays)")


if __name__ == "__main__":
    main(sys.argv[1:])
