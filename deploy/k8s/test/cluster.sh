#!/usr/bin/env bash
# A real single-node Kubernetes from Debian's own packages, for make test-k8s
# (../../../shared/KUBERNETES.md records what was tried on these machines and works):
#   cluster.sh build   Kubernetes 1.20.2 from Debian 12's source package (apt-get source kubernetes),
#                      built with Debian's golang-go 1.19; etcd-server 3.4, containerd 1.6, runc and
#                      containernetworking-plugins unpacked from Debian's binary packages; the pause
#                      image compiled statically from Kubernetes' own build/pause/linux/pause.c.
#                      All cached under .local/k8s-cluster/ (about 15 minutes the first time, then 0).
#   cluster.sh up      etcd, kube-apiserver, controller-manager, scheduler, containerd and the kubelet
#                      on 127.0.0.1, the pause image and the services' images imported; waits for the
#                      node to be Ready. Writes .local/k8s-cluster/run/kubeconfig.
#   cluster.sh down    stops every process `up` started and removes the run's state (containers too).
# Nothing is installed into the system (no daemon of Debian's packages is started): the binary
# packages are unpacked with dpkg-deb -x, and only golang-go and dpkg-dev (apt-get source) are
# installed, as root, when missing.
COMPONENT=k8s-cluster
source "$(dirname "$0")/../../local/lib.sh"
# resolved: .local may be a link, and /proc/mounts names the real paths
K8S="$(readlink -f "$STATE")/k8s-cluster"
BIN="$K8S/bin"
DEBS="$K8S/debs"       # Debian's binary packages, unpacked
RUN="$K8S/run"         # one cluster's state, removed by down
K8S_VERSION=1.20.2
mkdir -p "$K8S" "$BIN"


# --- build: the binaries, once ----------------------------------------------------------------------------
SERVER_BINARIES=(kube-apiserver kube-controller-manager kube-scheduler kubelet)
UNPACKED_PACKAGES=(etcd-server containerd runc containernetworking-plugins)

# the source package, through a private sources list made from the system's own (deb -> deb-src), so
# that the system's apt configuration is not changed
fetch_source() {
  local src="$K8S/src" apt="$K8S/apt"
  [ -d "$src/kubernetes-$K8S_VERSION/vendor" ] && return 0
  command -v dpkg-source >/dev/null || apt_install dpkg-dev
  log "fetching Debian's source package of Kubernetes $K8S_VERSION (apt-get source kubernetes)"
  rm -rf "$apt" "$src" && mkdir -p "$apt/lists/partial" "$src"
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && sed 's/^Types: deb$/Types: deb-src/' "$f" >"$apt/$(basename "$f")"
  done
  [ -f /etc/apt/sources.list ] && sed -n 's/^deb /deb-src /p' /etc/apt/sources.list >"$apt/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$apt/sources.list" -o "Dir::Etc::SourceParts=$apt"
    -o "Dir::State::Lists=$apt/lists" -o "Dir::Cache=$apt/cache")
  apt-get "${opts[@]}" update -qq >"$LOGS/k8s-apt-source.log" 2>&1 || die "apt-get update of the deb-src lists failed (.local/logs/k8s-apt-source.log)"
  (cd "$src" && apt-get "${opts[@]}" source "kubernetes=$(apt-get "${opts[@]}" showsrc kubernetes 2>/dev/null \
      | sed -n 's/^Version: //p' | grep -F "$K8S_VERSION" | head -1)" >>"$LOGS/k8s-apt-source.log" 2>&1) \
    || die "apt-get source kubernetes failed (.local/logs/k8s-apt-source.log)"
  local tree; tree=$(find "$src" -maxdepth 1 -mindepth 1 -type d -name 'kubernetes-*' | head -1)
  [ -n "$tree" ] || die "no kubernetes-* tree after apt-get source"
  [ "$tree" = "$src/kubernetes-$K8S_VERSION" ] || mv "$tree" "$src/kubernetes-$K8S_VERSION"
}

build_binaries() {
  local missing=() b
  for b in "${SERVER_BINARIES[@]}"; do [ -x "$BIN/$b" ] || missing+=("$b"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v go >/dev/null || apt_install golang-go
  [ -d /usr/share/gocode/src/github.com/modern-go/reflect2 ] || apt_install golang-github-modern-go-reflect2-dev
  fetch_source
  local tree="$K8S/src/kubernetes-$K8S_VERSION"
  # the vendored reflect2 (1.0.1) makes the API server panic in reflect.mapiterinit on Go 1.18+ as soon
  # as a custom resource is created; Debian's 1.0.2 does not
  if ! cmp -s /usr/share/gocode/src/github.com/modern-go/reflect2/reflect2.go "$tree/vendor/github.com/modern-go/reflect2/reflect2.go"; then
    log "replacing vendor/github.com/modern-go/reflect2 with Debian's 1.0.2"
    rm -rf "$tree/vendor/github.com/modern-go/reflect2"
    cp -r /usr/share/gocode/src/github.com/modern-go/reflect2 "$tree/vendor/github.com/modern-go/reflect2"
  fi
  mkdir -p "$K8S/gopath/src/k8s.io"
  ln -sfn "$tree" "$K8S/gopath/src/k8s.io/kubernetes"
  for b in "${missing[@]}"; do
    local t0; t0=$(date +%s)
    log "building $b from Debian's source with $(go version | cut -d' ' -f3) (the API server takes 10+ minutes cold)"
    (cd "$K8S/gopath/src/k8s.io/kubernetes" && GOPATH="$K8S/gopath" GO111MODULE=off GOFLAGS=-mod=vendor \
        CGO_ENABLED=0 GOPROXY=off GOCACHE="$K8S/gocache" KUBE_VERBOSE=0 \
        KUBE_GIT_VERSION="v$K8S_VERSION" KUBE_GIT_MAJOR=1 KUBE_GIT_MINOR="$(echo "$K8S_VERSION" | cut -d. -f2)" KUBE_GIT_TREE_STATE=clean \
        make WHAT="cmd/$b" >"$LOGS/k8s-build-$b.log" 2>&1) \
      || { tail -30 "$LOGS/k8s-build-$b.log"; die "building $b failed (.local/logs/k8s-build-$b.log)"; }
    cp "$tree/_output/local/bin/linux/amd64/$b" "$BIN/$b.tmp" && mv "$BIN/$b.tmp" "$BIN/$b"
    log "built $b in $(($(date +%s) - t0)) s"
  done
}

unpack_packages() {
  local p
  for p in "${UNPACKED_PACKAGES[@]}"; do
    [ -f "$DEBS/.$p" ] && continue
    log "unpacking Debian's $p (apt-get download + dpkg-deb -x: no daemon of it is started)"
    mkdir -p "$DEBS/download"
    (cd "$DEBS/download" && rm -f "${p}"_*.deb && apt-get download -qq "$p" >/dev/null 2>&1) \
      || { apt-get update -qq && (cd "$DEBS/download" && apt-get download -qq "$p" >/dev/null); } \
      || die "apt-get download $p failed"
    dpkg-deb -x "$DEBS/download/${p}"_*.deb "$DEBS/root"
    dpkg-deb -f "$DEBS/download/${p}"_*.deb Version >"$DEBS/.$p"
  done
}

# the sandbox's pause container: Kubernetes' own pause.c, static, as a one-layer image tar
build_pause() {
  [ -s "$K8S/pause.tar" ] && return 0
  command -v gcc >/dev/null || apt_install gcc libc6-dev
  local tree="$K8S/src/kubernetes-$K8S_VERSION" work="$K8S/pause-work"
  fetch_source
  log "compiling the pause image from build/pause/linux/pause.c (static)"
  rm -rf "$work" && mkdir -p "$work/rootfs" "$work/image"
  gcc -Os -Wall -Werror -static -DVERSION="v3.4.1-debian" -o "$work/rootfs/pause" "$tree/build/pause/linux/pause.c" \
    || die "compiling pause.c failed"
  strip "$work/rootfs/pause" 2>/dev/null || true
  # docker-archive format by hand: one layer, a config, a manifest
  tar -C "$work/rootfs" --sort=name --mtime=@0 --owner=65535 --group=65535 --numeric-owner -cf "$work/layer.tar" pause
  local layer_sum; layer_sum=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
  mkdir -p "$work/image/$layer_sum" && mv "$work/layer.tar" "$work/image/$layer_sum/layer.tar"
  cat >"$work/config.json" <<EOF
{"architecture":"amd64","os":"linux","config":{"Entrypoint":["/pause"],"User":"65535:65535"},"rootfs":{"type":"layers","diff_ids":["sha256:$layer_sum"]},"history":[{"created_by":"gcc -static build/pause/linux/pause.c (Kubernetes $K8S_VERSION, Debian source package)"}]}
EOF
  local config_sum; config_sum=$(sha256sum "$work/config.json" | cut -d' ' -f1)
  mv "$work/config.json" "$work/image/$config_sum.json"
  printf '[{"Config":"%s.json","RepoTags":["k8s.gcr.io/pause:3.4.1"],"Layers":["%s/layer.tar"]}]\n' "$config_sum" "$layer_sum" >"$work/image/manifest.json"
  tar -C "$work/image" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf "$K8S/pause.tar.tmp" .
  mv "$K8S/pause.tar.tmp" "$K8S/pause.tar"
  rm -rf "$work"
}

cmd_build() {
  local t0; t0=$(date +%s)
  unpack_packages
  build_binaries
  build_pause
  log "cluster binaries ready in .local/k8s-cluster/bin ($(($(date +%s) - t0)) s)"
}

# --- up / down: one cluster on 127.0.0.1 -------------------------------------------------------------------
# Ports of the control plane (none of the network's): etcd 12379-12381, API server 16443, kubelet 10250
# (healthz 10248), controller-manager 10257, scheduler 10259, all on 127.0.0.1.
ETCD_PORT=12379
API_PORT=16443
# "localhost": the API server reaches the kubelet (logs, exec) by the node name, which /etc/hosts resolves
NODE=localhost
# The pod network: each pod its own network namespace, joined to the host by a veth pair (Debian's
# containernetworking-plugins ptp + host-local; no bridge, no iptables). 198.18.0.0/15 is the range
# RFC 2544 sets aside for benchmark tests; the host routes the /24 nowhere (unreachable) but to its
# pods, and the pods get no default route, so nothing of the pod network leaves this machine.
POD_CIDR=198.18.0.0/24
SERVICE_CIDR=198.18.1.0/24
GATEWAY_PORTS="5432 9092 8180"   # PostgreSQL, Kafka, Keycloak: reached from the pods through Gateway.java
PATH="$DEBS/root/usr/bin:$DEBS/root/usr/sbin:$PATH"
export PATH
KUBECONFIG_FILE="$RUN/kubeconfig"
CTR=(ctr --address "$RUN/containerd/containerd.sock" -n k8s.io)
k() { kubectl --kubeconfig "$KUBECONFIG_FILE" "$@"; }

kubeconfig() { # FILE USER TOKEN
  cat >"$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- cluster: {certificate-authority: $RUN/pki/ca.crt, server: "https://127.0.0.1:$API_PORT"}
  name: test
users:
- name: $2
  user: {token: $3}
contexts:
- context: {cluster: test, user: $2}
  name: test
current-context: test
EOF
}

pki() {
  local p="$RUN/pki"; mkdir -p "$p"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=volunteernet-test-ca" -keyout "$p/ca.key" -out "$p/ca.crt" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" -keyout "$p/apiserver.key" -out "$p/apiserver.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,IP:%s,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc\n' \
    "${SERVICE_CIDR%.0/24}.1" >"$p/apiserver.ext"
  openssl x509 -req -in "$p/apiserver.csr" -CA "$p/ca.crt" -CAkey "$p/ca.key" -CAcreateserial -days 2 \
    -extfile "$p/apiserver.ext" -out "$p/apiserver.crt" 2>/dev/null
  # the API server's client certificate towards the kubelet (logs, exec)
  openssl req -newkey rsa:2048 -nodes -subj "/O=system:masters/CN=kube-apiserver-kubelet-client" \
    -keyout "$p/kubelet-client.key" -out "$p/kubelet-client.csr" 2>/dev/null
  openssl x509 -req -in "$p/kubelet-client.csr" -CA "$p/ca.crt" -CAkey "$p/ca.key" -CAcreateserial -days 2 \
    -out "$p/kubelet-client.crt" 2>/dev/null
  openssl genrsa -out "$p/sa.key" 2048 2>/dev/null
  openssl rsa -in "$p/sa.key" -pubout -out "$p/sa.pub" 2>/dev/null
  # static tokens (token,user,uid,"groups"): the admin, and each component as the user RBAC's and the
  # Node authorizer's defaults expect
  local admin kubelet scheduler cm
  admin=$(openssl rand -hex 16) kubelet=$(openssl rand -hex 16) scheduler=$(openssl rand -hex 16) cm=$(openssl rand -hex 16)
  {
    echo "$admin,admin,admin,\"system:masters\""
    echo "$kubelet,system:node:$NODE,kubelet,\"system:nodes\""
    echo "$scheduler,system:kube-scheduler,kube-scheduler"
    echo "$cm,system:kube-controller-manager,kube-controller-manager"
  } >"$p/tokens.csv"
  kubeconfig "$KUBECONFIG_FILE" admin "$admin"
  kubeconfig "$RUN/kubelet.kubeconfig" "system:node:$NODE" "$kubelet"
  kubeconfig "$RUN/scheduler.kubeconfig" system:kube-scheduler "$scheduler"
  kubeconfig "$RUN/controller-manager.kubeconfig" system:kube-controller-manager "$cm"
}

containerd_config() {
  mkdir -p "$RUN/containerd" "$RUN/cni/net.d" "$RUN/cni/ipam"
  cat >"$RUN/containerd/config.toml" <<EOF
version = 2
root = "$RUN/containerd/root"
state = "$RUN/containerd/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "$RUN/containerd/containerd.sock"
[ttrpc]
  address = "$RUN/containerd/containerd.sock.ttrpc"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "k8s.gcr.io/pause:3.4.1"
  # without it runc fails with "can't get final child's PID from pipe" (no CAP_SYS_RESOURCE here)
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        BinaryName = "$DEBS/root/usr/sbin/runc"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "$DEBS/root/usr/lib/cni"
    conf_dir = "$RUN/cni/net.d"
EOF
  cat >"$RUN/cni/net.d/10-volunteernet-test.conflist" <<EOF
{
  "cniVersion": "0.4.0",
  "name": "volunteernet-test",
  "plugins": [
    {"type": "ptp", "ipMasq": false, "mtu": 1500,
     "ipam": {"type": "host-local", "ranges": [[{"subnet": "$POD_CIDR"}]], "dataDir": "$RUN/cni/ipam"}}
  ]
}
EOF
}

kubelet_config() {
  mkdir -p "$RUN/kubelet"
  cat >"$RUN/kubelet/config.yaml" <<EOF
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: 127.0.0.1
port: 10250
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
authentication:
  anonymous: {enabled: false}
  x509: {clientCAFile: $RUN/pki/ca.crt}
  webhook: {enabled: false}
authorization: {mode: AlwaysAllow}
cgroupDriver: cgroupfs
cgroupsPerQOS: false
enforceNodeAllocatable: []
failSwapOn: false
evictionHard: {}
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
serializeImagePulls: false
maxPods: 40
EOF
}

# a process of the cluster, in its own session, its pid recorded under .local/pids/k8s-NAME.pid
start() { local name="$1"; shift; start_background "k8s-$name" "$LOGS/k8s-$name.log" "$@"; }

api_ready() { k get --raw /readyz >/dev/null 2>&1; }
node_ready() { [ "$(k get node "$NODE" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]; }
sa_ready() { k -n default get serviceaccount default >/dev/null 2>&1; }

cmd_up() {
  local t0 b java; t0=$(date +%s)
  for b in "${SERVER_BINARIES[@]}"; do [ -x "$BIN/$b" ] || die "$b is not built: $0 build"; done
  [ -s "$K8S/pause.tar" ] || die "the pause image is not built: $0 build"
  [ "$(id -u)" = 0 ] || die "the kubelet, containerd and the pod network need root"
  java=$(find_java_home 21) || die "Gateway.java needs a JDK 21 or newer (Temurin 25 under /usr/lib/jvm)"
  cmd_down quiet
  mkdir -p "$RUN"
  cat /proc/sys/net/ipv4/ip_forward >"$RUN/ip_forward.before"   # ptp turns forwarding on; down restores it
  ip route replace unreachable "$POD_CIDR" || die "cannot route $POD_CIDR (ip route)"
  pki
  containerd_config
  kubelet_config
  mkdir -p "$RUN/gateway"; chmod 755 "$RUN/gateway"
  log "gateway: $RUN/gateway/{$(echo $GATEWAY_PORTS | tr ' ' ,)}.sock -> 127.0.0.1 (PostgreSQL, Kafka, Keycloak)"
  # shellcheck disable=SC2086
  start gateway "$java/bin/java" -Xmx32m -XX:+UseSerialGC "$ROOT/deploy/k8s/test/Gateway.java" host "$RUN/gateway" $GATEWAY_PORTS

  log "etcd $(etcd --version 2>/dev/null | head -1 | awk '{print $3}') on 127.0.0.1:$ETCD_PORT"
  start etcd etcd --name test --data-dir "$RUN/etcd" --listen-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" \
    --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" --initial-cluster "test=http://127.0.0.1:$((ETCD_PORT + 1))" \
    --listen-metrics-urls "http://127.0.0.1:$((ETCD_PORT + 2))" --quota-backend-bytes 1073741824 --log-level warn
  log "kube-apiserver $K8S_VERSION on https://127.0.0.1:$API_PORT"
  start apiserver "$BIN/kube-apiserver" --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
    --bind-address 127.0.0.1 --secure-port "$API_PORT" --advertise-address 127.0.0.1 --endpoint-reconciler-type none \
    --insecure-port 0 --tls-cert-file "$RUN/pki/apiserver.crt" --tls-private-key-file "$RUN/pki/apiserver.key" \
    --client-ca-file "$RUN/pki/ca.crt" --token-auth-file "$RUN/pki/tokens.csv" \
    --authorization-mode Node,RBAC --allow-privileged=true \
    --service-cluster-ip-range "$SERVICE_CIDR" --service-node-port-range 30000-30100 \
    --service-account-issuer https://kubernetes.default.svc --service-account-key-file "$RUN/pki/sa.pub" \
    --service-account-signing-key-file "$RUN/pki/sa.key" \
    --kubelet-client-certificate "$RUN/pki/kubelet-client.crt" --kubelet-client-key "$RUN/pki/kubelet-client.key" \
    --kubelet-preferred-address-types Hostname --v 1
  wait_until 180 "the API server" api_ready || die "the API server did not come up (.local/logs/k8s-apiserver.log)"
  start controller-manager "$BIN/kube-controller-manager" --kubeconfig "$RUN/controller-manager.kubeconfig" \
    --bind-address 127.0.0.1 --port 0 --leader-elect=false --use-service-account-credentials \
    --service-account-private-key-file "$RUN/pki/sa.key" --root-ca-file "$RUN/pki/ca.crt" \
    --controllers '*,-csrsigning,-nodeipam' --node-monitor-grace-period 40s --pod-eviction-timeout 10m --v 1
  start scheduler "$BIN/kube-scheduler" --kubeconfig "$RUN/scheduler.kubeconfig" --bind-address 127.0.0.1 --port 0 \
    --leader-elect=false --v 1

  log "containerd $(containerd --version | awk '{print $3}') with runc $(runc --version | head -1 | awk '{print $3}'), pods on $POD_CIDR (ptp)"
  start containerd containerd --config "$RUN/containerd/config.toml"
  wait_until 30 "containerd" "${CTR[@]}" version || die "containerd did not start (.local/logs/k8s-containerd.log)"
  "${CTR[@]}" images import "$K8S/pause.tar" >/dev/null || die "importing the pause image failed"
  log "kubelet (node $NODE)"
  start kubelet "$BIN/kubelet" --config "$RUN/kubelet/config.yaml" --kubeconfig "$RUN/kubelet.kubeconfig" \
    --hostname-override "$NODE" --root-dir "$RUN/kubelet/root" --cert-dir "$RUN/kubelet/pki" \
    --container-runtime remote --container-runtime-endpoint "unix://$RUN/containerd/containerd.sock" \
    --runtime-request-timeout 5m --volume-plugin-dir "$RUN/kubelet/plugins" --v 1
  wait_until 120 "the node to be Ready" node_ready || die "the node did not become Ready (.local/logs/k8s-kubelet.log)"
  wait_until 60 "the default service account" sa_ready || die "no default service account (.local/logs/k8s-controller-manager.log)"
  log "cluster up in $(($(date +%s) - t0)) s: kubectl --kubeconfig .local/k8s-cluster/run/kubeconfig"
}

# import TAR NAME: a docker-archive image into containerd's k8s.io namespace, also named NAME
cmd_import() {
  local tar="$1" name="$2" out ref
  out=$("${CTR[@]}" images import "$tar" 2>&1) || die "importing $tar failed: $out"
  ref=$(echo "$out" | sed -n 's/^unpacking \([^ ]*\) (sha256:.*/\1/p' | head -1)
  [ -n "$ref" ] || die "importing $tar named no image: $out"
  [ "$ref" = "$name" ] || "${CTR[@]}" images tag --force "$ref" "$name" >/dev/null || die "tagging $ref as $name failed"
}

cmd_down() {
  local quiet="${1:-}" p pid ns task
  [ -d "$RUN" ] || return 0
  [ -n "$quiet" ] || log "stopping the cluster"
  # the pods first, through the API, so that the kubelet tears their sandboxes and networks down properly
  if pid_alive k8s-kubelet && api_ready; then
    k delete pods --all --all-namespaces --grace-period=1 --wait=true --timeout=90s >/dev/null 2>&1 || true
  fi
  # then the kubelet, so that it restarts nothing; what is left goes through containerd while it runs
  stop_background k8s-kubelet
  if pid_alive k8s-containerd; then
    for task in $("${CTR[@]}" tasks ls -q 2>/dev/null); do "${CTR[@]}" tasks kill -s KILL "$task" >/dev/null 2>&1 || true; done
    sleep 1
    for task in $("${CTR[@]}" tasks ls -q 2>/dev/null); do "${CTR[@]}" tasks delete -f "$task" >/dev/null 2>&1 || true; done
    for task in $("${CTR[@]}" containers ls -q 2>/dev/null); do "${CTR[@]}" containers delete "$task" >/dev/null 2>&1 || true; done
  fi
  for p in scheduler controller-manager apiserver containerd etcd gateway; do stop_background "k8s-$p" TERM 20; done
  # what the sandboxes leave behind: shims of this containerd, network namespaces of our pods, veths, routes
  for pid in $(pgrep -f -- "-address $RUN/containerd/containerd.sock" || true); do kill -KILL "$pid" 2>/dev/null || true; done
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep '^cni-' || true); do
    ip -n "$ns" -4 addr 2>/dev/null | grep -q "inet ${POD_CIDR%.0/24}\." && ip netns del "$ns" 2>/dev/null || true
  done
  ip -4 route show | awk -v net="${POD_CIDR%.0/24}." 'index($1, net) == 1 && $2 == "dev" {print $1, $3}' \
    | while read -r dst dev; do ip link del "$dev" 2>/dev/null || ip route del "$dst" 2>/dev/null || true; done
  ip route del unreachable "$POD_CIDR" 2>/dev/null || true
  if [ -f "$RUN/ip_forward.before" ]; then cat "$RUN/ip_forward.before" >/proc/sys/net/ipv4/ip_forward 2>/dev/null || true; fi
  grep -F " $RUN/" /proc/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
  rm -rf "$RUN"
  [ -n "$quiet" ] || log "cluster stopped: no process of it left, its state removed"
}

case "${1:-}" in
  build) cmd_build ;;
  up) cmd_up ;;
  down) cmd_down ;;
  import) cmd_import "${2:?image tar}" "${3:?image name}" ;;
  kubectl) shift; k "$@" ;;
  *) echo "usage: $0 build | up | down | import TAR NAME | kubectl ARGS..." >&2; exit 2 ;;
esac
