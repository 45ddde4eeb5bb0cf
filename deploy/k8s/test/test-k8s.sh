#!/usr/bin/env bash
# make test-k8s: the manifests of deploy/k8s on a real single-node Kubernetes (cluster.sh: Kubernetes
# 1.20.2 built from Debian 12's source package, Debian's etcd, containerd, runc and CNI plugins), long and
# not part of make test. Steps, each timed:
#  1. what is missing is set up: the cluster's binaries (cluster.sh build, 15+ minutes the first time),
#     the services' images (make images, when .local/images/ lacks one), the schema tools and Strimzi's
#     CRDs (check.sh, which also runs the fast manifest check); PostgreSQL, Kafka and Keycloak are
#     started if they are not running (and stopped again afterwards);
#  2. the cluster starts; the CRDs go in (Strimzi's own, generated from io.strimzi:api; Keycloak's from the
#     hand-written schema of check/; stand-ins for CloudNativePG's, see cloudnative-pg-crds.yaml);
#  3. every object of both overlays is accepted by kubectl apply --dry-run=server, and the deliberately
#     broken objects of check/broken.yaml are refused (those the server can refuse: see the output);
#     three things newer than 1.20 are first rewritten to their 1.20 equivalents (to120.py says which);
#  4. the four services run from the built images (imported into containerd), two replicas each, with the
#     test overlay of this directory against this machine's PostgreSQL (scratch databases), Kafka (topics
#     under k8s-test.) and Keycloak;
#  5. load.py: under a steady write load a pod of each service is deleted in turn, then reporting-service
#     and volunteer-service are scaled 1 -> 3 -> 1; every acknowledged write must be stored once and
#     counted once by the reports, the partitions spread over the replicas, each Deployment whole again.
# Afterwards (also on failure or Ctrl-C) the cluster is stopped with everything it ran, and the scratch
# databases and topics are removed (VOLUNTEERNET_K8S_KEEP=true leaves all of it running, to look
# around with deploy/k8s/test/cluster.sh kubectl ...; cluster.sh down then stops it). Nothing binds the network's own ports (8080-8084): the pods listen
# in their own network namespaces.
COMPONENT=test-k8s
source "$(dirname "$0")/../../local/lib.sh"
HERE="$ROOT/deploy/k8s/test"
CLUSTER="$HERE/cluster.sh"
LOCAL="$ROOT/deploy/local"
K8S="$(readlink -f "$STATE")/k8s-cluster"
RUN="$K8S/run"
SERVICES=(volunteer-service activity-service brand-service reporting-service)
PREFIX=k8s-test.
NAMESPACE=volunteernet
STRIMZI_VERSION=$(sed -n 's:.*<strimzi.version>\(.*\)</strimzi.version>.*:\1:p' "$ROOT/deploy/k8s/check/pom.xml")
began=$(date +%s)
step_began=$began
started_infra=()
k() { "$CLUSTER" kubectl "$@"; }

step() { # NAME: closes the step before (with its time) and opens the next
  local now; now=$(date +%s)
  [ -n "${STEP:-}" ] && log "--- $STEP: $((now - step_began)) s"
  STEP="$1" step_began=$now
  [ -n "$1" ] && log "=== $1"
  return 0
}

finish() {
  local status=$? s i
  set +e
  step ""
  if [ "${VOLUNTEERNET_K8S_KEEP:-false}" = true ]; then
    warn "VOLUNTEERNET_K8S_KEEP=true: the cluster keeps running (deploy/k8s/test/cluster.sh kubectl ...; cluster.sh down stops it)"
    exit "$status"
  fi
  log "cleaning up"
  "$CLUSTER" down
  if port_open 9092; then "$LOCAL/kafka.sh" delete-topics "$PREFIX" >/dev/null 2>&1; fi
  if port_open 5432; then
    for s in "${SERVICES[@]}"; do
      PGOPTIONS='-c client_min_messages=warning' "$LOCAL/postgres.sh" scratch-drop "${s%-service}_k8s_scratch" >/dev/null 2>&1
    done
  fi
  for ((i = ${#started_infra[@]} - 1; i >= 0; i--)); do "$LOCAL/${started_infra[$i]}.sh" down; done
  if [ "$status" -eq 0 ]; then
    log "make test-k8s passed in $(($(date +%s) - began)) s"
  else
    warn "make test-k8s FAILED after $(($(date +%s) - began)) s (logs: .local/logs/k8s-*.log, .local/logs/test-k8s-*.log)"
  fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

# --- 1. what is missing ---------------------------------------------------------------------------------
step "the cluster's binaries (cached under .local/k8s-cluster)"
"$CLUSTER" build

step "the services' images (.local/images, make images)"
missing_images=()
for s in "${SERVICES[@]}"; do [ -s "$STATE/images/$s.tar" ] || missing_images+=("$s"); done
if [ ${#missing_images[@]} -gt 0 ]; then
  log "no image of ${missing_images[*]} yet: make images"
  "$LOCAL/images.sh"
else
  log "using the images of .local/images ($(date -r "$STATE/images/volunteer-service.tar" '+%F %H:%M'); make images rebuilds them)"
fi

step "the manifest check of make test (and its tools: Strimzi's CRDs)"
"$ROOT/deploy/k8s/check/check.sh"

step "PostgreSQL, Kafka and Keycloak of this machine"
port_open 5432 || started_infra+=(postgres)
pid_alive kafka || port_open 9092 || started_infra+=(kafka)
pid_alive keycloak || port_open 8180 || started_infra+=(keycloak)
for s in "${started_infra[@]}"; do "$LOCAL/$s.sh" up; done
"$LOCAL/kafka.sh" delete-topics "$PREFIX" >/dev/null
"$LOCAL/kafka.sh" topics "$PREFIX"
for s in "${SERVICES[@]}"; do
  PGOPTIONS='-c client_min_messages=warning' "$LOCAL/postgres.sh" scratch "${s%-service}_k8s_scratch" >/dev/null
done
log "scratch databases <db>_k8s_scratch, topics under $PREFIX"

# --- 2. the cluster ---------------------------------------------------------------------------------------
step "the cluster"
"$CLUSTER" up

step "the CRDs"
# Strimzi's Kafka and KafkaUser CRDs carry CEL rules (x-kubernetes-validations), which 1.20 does not
# know: --validate=false lets them in, and those rules are not enforced here
for f in "$STATE/k8s-tools/strimzi-$STRIMZI_VERSION-crds"/*.yaml; do
  k create --validate=false -f "$f" >/dev/null || die "installing $(basename "$f") failed"
done
python3 -c 'import json, sys, yaml; yaml.safe_dump_all(json.load(open(sys.argv[1]))["items"], sys.stdout)' \
  "$ROOT/deploy/k8s/check/keycloak-cr-schema.json" | k create --validate=false -f - >/dev/null || die "installing the Keycloak CRDs failed"
k create -f "$HERE/cloudnative-pg-crds.yaml" >/dev/null || die "installing the CloudNativePG stand-in CRDs failed"
for crd in $(k get crd -o name); do k wait --for condition=Established --timeout 60s "$crd" >/dev/null; done
log "CRDs: $(k get crd -o name | sed 's:.*/::' | paste -sd' ')"
log "CEL validation rules of Strimzi's CRDs are not enforced on Kubernetes 1.20 (it predates them)"

# --- 3. server-side dry run -------------------------------------------------------------------------------
step "kubectl apply --dry-run=server of both overlays"
k create namespace "$NAMESPACE" >/dev/null
for overlay in production single-node; do
  kubectl kustomize "$ROOT/deploy/k8s/overlays/$overlay" | python3 "$HERE/to120.py" >"$RUN/$overlay.yaml" 2>"$RUN/to120.log" \
    || die "rendering overlay $overlay failed"
  log "$overlay: $(cat "$RUN/to120.log")"
  out=$(k apply --dry-run=server -f "$RUN/$overlay.yaml" 2>&1) \
    || { echo "$out" | grep -v ' (server dry run)$' >&2; die "the API server refused objects of overlay $overlay"; }
  log "$overlay: $(echo "$out" | grep -c ' (server dry run)$') objects accepted by the API server: $(echo "$out" \
    | sed -n 's:^\([^/]*\)/.* (server dry run)$:\1:p' | sed 's/\..*//' | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}' | sed 's/, $//')"
done
python3 "$HERE/broken.py" "$ROOT/deploy/k8s/check/broken.yaml" "$K8S/run/kubeconfig" "$NAMESPACE" \
  || die "the API server accepted a broken object it should refuse (above)"

# --- 4. the services, two replicas each ----------------------------------------------------------------
step "the services' images into containerd"
for s in "${SERVICES[@]}"; do
  "$CLUSTER" import "$STATE/images/$s.tar" "docker.io/volunteernet/$s:latest"
done
log "imported .local/images/<service>.tar as docker.io/volunteernet/<service>:latest"

step "the services, two replicas each"
secrets() {
  local s tmp; tmp=$(mktemp -d)
  for s in "${SERVICES[@]}"; do
    # the local stack's credentials (deploy/local: PostgreSQL's role volunteernet, the services' SCRAM users)
    k -n "$NAMESPACE" create secret generic "${s%-service}-db-app" --from-literal=username=volunteernet \
      --from-literal=password=volunteernet-local-dev-only >/dev/null
    k -n "$NAMESPACE" create secret generic "$s" --from-literal=password="$s-local-dev-only" >/dev/null
  done
  k -n "$NAMESPACE" create secret generic volunteer-service-secrets --from-literal=id-encryption-key="$(openssl rand -base64 32)" \
    --from-literal=id-blind-index-key="$(openssl rand -base64 32)" >/dev/null
  k -n "$NAMESPACE" create secret generic activity-service-secrets --from-literal=check-in-key="$(openssl rand -base64 32)" >/dev/null
  # the services' own principal in this machine's Keycloak (activity-service asks the volunteer directory with it)
  k -n "$NAMESPACE" create secret generic keycloak-services-client \
    --from-literal=secret=volunteer-network-services-local-dev-only >/dev/null
  k -n "$NAMESPACE" create secret generic volunteernet-event-seal-key --from-literal=seal-key="$(openssl rand -base64 32)" >/dev/null
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=volunteer-network test-k8s certificate signer" \
    -keyout "$tmp/tls.key" -out "$tmp/tls.crt" 2>/dev/null
  k -n "$NAMESPACE" create secret tls volunteer-service-certificate-signing --key "$tmp/tls.key" --cert "$tmp/tls.crt" >/dev/null
  # SASL_PLAINTEXT here, so the services never read this truststore; the pods mount it all the same
  keytool -importcert -noprompt -storetype PKCS12 -keystore "$tmp/ca.p12" -storepass test-k8s -alias ca \
    -file "$K8S/run/pki/ca.crt" >/dev/null 2>&1 || die "keytool failed"
  k -n "$NAMESPACE" create secret generic volunteernet-cluster-ca-cert --from-file=ca.p12="$tmp/ca.p12" \
    --from-literal=ca.password=test-k8s >/dev/null
  rm -rf "$tmp"
}
secrets
kubectl kustomize "$HERE" | sed "s#@GATEWAY_DIR@#$RUN/gateway#g" | python3 "$HERE/to120.py" 2>/dev/null \
  | k apply -f - >"$LOGS/test-k8s-apply.log" 2>&1 \
  || die "applying the test overlay failed (.local/logs/test-k8s-apply.log)"
for s in "${SERVICES[@]}"; do
  t0=$(date +%s)
  k -n "$NAMESPACE" rollout status "deployment/$s" --timeout 900s >/dev/null \
    || { k -n "$NAMESPACE" get pods -o wide; k -n "$NAMESPACE" describe pods -l "app.kubernetes.io/name=$s" | tail -30
         die "$s did not reach two ready replicas"; }
  log "$s: $(k -n "$NAMESPACE" get deployment "$s" -o jsonpath='{.status.readyReplicas}/{.spec.replicas}') ready (+$(($(date +%s) - t0)) s)"
done
k -n "$NAMESPACE" get pods -o wide

# --- 5. pods deleted under load, scaling -------------------------------------------------------------------
step "pods deleted under a steady write load; scaling 1 -> 3 -> 1"
python3 "$HERE/load.py" --kubeconfig "$RUN/kubeconfig" --namespace "$NAMESPACE" --topic-prefix "$PREFIX" \
  --kafka-libs "$STATE/kafka/libs" --database-suffix _k8s_scratch
