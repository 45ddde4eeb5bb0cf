#!/usr/bin/env bash
# make images: container images of the four services, without a Docker daemon and without pulling
# anything from a registry.
# 1. The base image, from Debian's own packages: debootstrap --variant=minbase of bookworm with
#    ca-certificates, the documents' CJK font (fonts-wqy-microhei: volunteer-service refuses to start in
#    production without it) and its fallback for rare name characters (fonts-hanazono: HanaMinB and
#    HanaMinA, 53 MB, for CJK Extension A-F; VOLUNTEERNET_DOCUMENT_FALLBACK_FONT_PATHS names them) and
#    fontconfig, plus the JDK the services run on (the Temurin 25 under
#    /usr/lib/jvm, copied in as /opt/java; VOLUNTEERNET_JAVA_HOME names another), a non-root user
#    volunteernet (uid 10001) and no writable place but /tmp. Saved as a docker-archive tar under
#    .local/images/ and rebuilt only when its inputs (this script's base part, the package list, the
#    JDK's release file) change.
# 2. The services, by Quarkus' Jib extension (the Maven profile images, turned on by -Dvolunteernet.images)
#    onto that tar (quarkus.jib.base-jvm-image=tar://...), loaded into podman and saved as
#    .local/images/<service>.tar. The creation time is the epoch and the jars carry the commit's time:
#    maven-jar-plugin takes it from -Dproject.build.outputTimestamp, but Quarkus reads that property from
#    the POM only, so its own jars get it as quarkus.package.output-timestamp. With both, two builds of
#    one commit give byte-identical quarkus-run.jar, application jar and transformed-bytecode.jar
#    (two packages of brand-service compared file by file). Still not reproducible, so the application layer differs from build
#    to build: generated-bytecode.jar (87 of brand-service's 1,002 generated classes differ: the
#    bytecode recorder numbers its proxy keys in the order its parallel build steps run, and
#    Hibernate's ByteBuddy proxies name their cached fields at random) and the files' modification
#    times, which Quarkus' Jib layering keeps. The dependency layers are the same as long as the jars in
#    ~/.m2 keep their times (Quarkus copies them with their times). OCI labels name the version, the git
#    revision and the source.
# Debian's podman, runc, debootstrap and skopeo are installed when missing (as root). About 3 minutes for the
# base image the first time, then 1-2 minutes for the four services.
COMPONENT=images
source "$(dirname "$0")/lib.sh"
IMAGES="$STATE/images"
SUITE=bookworm
PACKAGES=ca-certificates,fonts-wqy-microhei,fonts-hanazono,fontconfig,tzdata
SERVICES=(volunteer-service activity-service brand-service reporting-service)
started=$(date +%s)
mkdir -p "$IMAGES"

require_tools() {
  local missing=()
  command -v podman >/dev/null || missing+=(podman)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v skopeo >/dev/null || missing+=(skopeo)
  command -v runc >/dev/null || missing+=(runc)
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_install "${missing[@]}"
}

# podman as it works in this sandbox (KUBERNETES.md): runc, host networking
pod() { podman --runtime runc "$@"; }

JAVA_HOME_FOR_IMAGE="${VOLUNTEERNET_JAVA_HOME:-$(find_java_home 25 || true)}"
[ -n "$JAVA_HOME_FOR_IMAGE" ] && [ -f "$JAVA_HOME_FOR_IMAGE/release" ] || die "no JDK 25 found for the image (VOLUNTEERNET_JAVA_HOME names one)"
JAVA_MAJOR=$(java_major "$JAVA_HOME_FOR_IMAGE/bin/java")

# the base image's cache key: everything that goes into it
base_key=$( { sed -n '/^# --- base image ---/,/^# --- end of base image ---/p' "$0"; echo "$SUITE $PACKAGES"; cat "$JAVA_HOME_FOR_IMAGE/release"; } | sha256sum | cut -c1-12)
BASE_TAR="$IMAGES/base-$SUITE-jdk$JAVA_MAJOR-$base_key.tar"

# --- base image ---
build_base() {
  local work="$IMAGES/base-work" epoch
  epoch=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 0)
  rm -rf "$work" && mkdir -p "$work"
  log "base image: debootstrap --variant=minbase $SUITE with $PACKAGES (about 2 minutes)"
  debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$work/rootfs" >"$LOGS/images-debootstrap.log" 2>&1 \
    || die "debootstrap failed (log: .local/logs/images-debootstrap.log)"
  log "base image: the JDK $JAVA_MAJOR of $JAVA_HOME_FOR_IMAGE as /opt/java, user volunteernet (10001)"
  mkdir -p "$work/rootfs/opt/java"
  tar -C "$JAVA_HOME_FOR_IMAGE" --exclude=./lib/src.zip --exclude=./man --exclude=./demo --exclude=./sample -cf - . \
    | tar -C "$work/rootfs/opt/java" -xf -
  echo "volunteernet:x:10001:10001:volunteer-network:/nonexistent:/usr/sbin/nologin" >>"$work/rootfs/etc/passwd"
  echo "volunteernet:x:10001:" >>"$work/rootfs/etc/group"
  echo "volunteernet:!:1::::::" >>"$work/rootfs/etc/shadow"
  # nothing that differs from build to build or is of no use at run time
  rm -rf "$work/rootfs"/var/cache/apt/* "$work/rootfs"/var/lib/apt/lists/* "$work/rootfs"/var/log/* \
    "$work/rootfs"/tmp/* "$work/rootfs"/usr/share/doc/*/changelog* "$work/rootfs"/usr/share/man/*
  : >"$work/rootfs/etc/machine-id"
  chmod 1777 "$work/rootfs/tmp"
  # a layer of fixed order, owners and times (SOURCE_DATE_EPOCH: the last commit)
  tar -C "$work/rootfs" --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner --xattrs \
    -cf "$work/rootfs.tar" .
  log "base image: podman import and save as $(basename "$BASE_TAR")"
  pod rmi -f volunteernet-base:build >/dev/null 2>&1 || true
  pod import -q \
    --change "ENV JAVA_HOME=/opt/java" \
    --change "ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV LANG=C.UTF-8" \
    --change "ENV VOLUNTEERNET_DOCUMENT_FALLBACK_FONT_PATHS=/usr/share/fonts/truetype/hanazono/HanaMinB.ttf,/usr/share/fonts/truetype/hanazono/HanaMinA.ttf" \
    --change "USER 10001:10001" \
    --change "LABEL org.opencontainers.image.title=volunteernet-base" \
    --change "LABEL org.opencontainers.image.description=Debian $SUITE minbase with the JDK $JAVA_MAJOR and the CJK fonts of volunteer-network's documents" \
    "$work/rootfs.tar" volunteernet-base:build >/dev/null || die "podman import failed"
  pod save -q --format docker-archive -o "$BASE_TAR.tmp" volunteernet-base:build >/dev/null || die "podman save failed"
  mv "$BASE_TAR.tmp" "$BASE_TAR"
  rm -rf "$work"
}
# --- end of base image ---

require_tools
if [ -s "$BASE_TAR" ]; then
  log "base image up to date: .local/images/$(basename "$BASE_TAR")"
else
  rm -f "$IMAGES"/base-*.tar
  build_base
  pod rmi -f volunteernet-base:build >/dev/null 2>&1 || true  # the tar is what Jib reads
fi

version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml")
revision=$(git -C "$ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
log "the four services with Jib onto tar://$BASE_TAR (version $version, revision ${revision:0:12})"
pl=$(IFS=,; echo "${SERVICES[*]}")
# the previous build's images give way (podman keeps no dangling copies of ours)
for service in "${SERVICES[@]}"; do pod rmi -f "volunteernet/$service:$version" "volunteernet/$service:latest" >/dev/null 2>&1 || true; done
# jars with the last commit's time in their entries (UTC, as an instant: Quarkus parses it as one)
commit_time=$(TZ=UTC git -C "$ROOT" log -1 --format=%cd --date=format-local:%Y-%m-%dT%H:%M:%SZ 2>/dev/null || echo 1980-01-01T00:00:02Z)
# shellcheck disable=SC2016
"$ROOT/mvnw" -B -q package -DskipTests -pl "$pl" -am -Dvolunteernet.images \
  -Dquarkus.package.jar.type=fast-jar \
  -Dproject.build.outputTimestamp="$commit_time" -Dquarkus.package.output-timestamp="$commit_time" \
  -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.group=volunteernet \
  -Dquarkus.container-image.tag="$version" \
  -Dquarkus.container-image.additional-tags=latest \
  -Dquarkus.jib.base-jvm-image="tar://$BASE_TAR" \
  -Dquarkus.jib.docker-executable-name=podman \
  -Dquarkus.jib.user=10001 \
  -Dquarkus.jib.working-directory=/app \
  -Dquarkus.jib.platforms=linux/amd64 \
  -Dquarkus.jib.use-current-timestamp=false \
  -Dquarkus.container-image.labels.\"org.opencontainers.image.title\"='${quarkus.application.name}' \
  -Dquarkus.container-image.labels.\"org.opencontainers.image.version\"="$version" \
  -Dquarkus.container-image.labels.\"org.opencontainers.image.revision\"="$revision" \
  -Dquarkus.container-image.labels.\"org.opencontainers.image.source\"=volunteer-network \
  -Dquarkus.container-image.labels.\"org.opencontainers.image.vendor\"=volunteer-network \
  -Dquarkus.container-image.labels.\"org.opencontainers.image.base.name\"="$(basename "$BASE_TAR" .tar)" \
  >"$LOGS/images-maven.log" 2>&1 || { tail -40 "$LOGS/images-maven.log"; die "the image build failed (log: .local/logs/images-maven.log)"; }

for service in "${SERVICES[@]}"; do
  rm -f "$IMAGES/$service.tar" "$IMAGES/$service.tar.tmp"
  pod save -q --format docker-archive -o "$IMAGES/$service.tar.tmp" "volunteernet/$service:$version" >/dev/null \
    || die "podman save of volunteernet/$service:$version failed"
  mv "$IMAGES/$service.tar.tmp" "$IMAGES/$service.tar"
  size=$(du -m "$IMAGES/$service.tar" | cut -f1)
  digest=$(skopeo inspect --format '{{.Digest}}' "docker-archive:$IMAGES/$service.tar" 2>/dev/null || echo "?")
  log "volunteernet/$service:$version  .local/images/$service.tar  ${size} MB  $digest"
done
log "images built in $(($(date +%s) - started)) s (podman images volunteernet/*; podman load -i .local/images/<service>.tar elsewhere)"
