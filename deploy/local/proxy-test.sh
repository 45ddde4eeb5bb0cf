#!/usr/bin/env bash
# The proxy's own answers, without the network: proxy.sh's generated nginx.conf, checked by nginx -t, run as a
# throwaway nginx on free ports in front of a tiny upstream (python3) that stands for a service. Every answer
# the proxy makes itself is problem+json with the status the services give:
#   413 for a body above the services' 512 KiB (2.2 MB eight times, 700 KB, 9 MB, and chunked): never 503;
#   431 for a header line above 16 KiB (nginx's 494); 400 for nginx's own 400 (GET .../%00); 414 for a request
#   line above 16 KiB; 404 outside the routes; 503 when the service is down; a second If-Match (which nginx itself
#   refuses) a 400 naming If-Match. Each carries the services' Cache-Control: no-store and X-Content-Type-Options:
#   nosniff, a Chinese title (English when Accept-Language prefers en) and the request path as instance.
# It binds no port of the network (no stack.lock needed). Usage: proxy-test.sh
COMPONENT=proxy-test
source "$(dirname "$0")/lib.sh"

"$ROOT/deploy/local/proxy.sh" fetch
WORK=$(mktemp -d)
cleanup() {
  [ -f "$WORK/run/nginx.pid" ] && kill "$(cat "$WORK/run/nginx.pid")" 2>/dev/null
  [ -n "${UPSTREAM_PID:-}" ] && kill "$UPSTREAM_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PROXY_PORT=$(free_port); UPSTREAM_PORT=$(free_port)

# the stand-in service: reads the body and answers 200 JSON
cat >"$WORK/upstream.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def answer(self):
        n = int(self.headers.get("Content-Length") or 0)
        if n: self.rfile.read(n)
        body = b'{"ok":true}'
        self.send_response(200); self.send_header("Content-Type", "application/json;charset=UTF-8")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    do_GET = do_POST = answer
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
python3 "$WORK/upstream.py" "$UPSTREAM_PORT" & UPSTREAM_PID=$!
printf 'volunteers %s\ncertificates %s\ndown %s\n' "$UPSTREAM_PORT" "$UPSTREAM_PORT" "$(free_port)" >"$WORK/routes"

mkdir -p "$WORK/run"
VOLUNTEERNET_PROXY_PORT=$PROXY_PORT VOLUNTEERNET_PROXY_RUN_DIR="$WORK/run" VOLUNTEERNET_PROXY_ROUTES="$WORK/routes" \
  VOLUNTEERNET_PROXY_LOG_DIR="$WORK" VOLUNTEERNET_REPLICAS=1 "$ROOT/deploy/local/proxy.sh" config >"$WORK/run/nginx.conf"
NGINX="$STATE/proxy/nginx/usr/sbin/nginx"
"$NGINX" -t -q -e stderr -p "$WORK/run" -c "$WORK/run/nginx.conf" || die "nginx -t refuses the generated configuration"
"$NGINX" -e "$WORK/nginx.log" -p "$WORK/run" -c "$WORK/run/nginx.conf" -g "daemon on;" \
  || die "the throwaway nginx did not start: $(cat "$WORK/nginx.log")"
wait_until 20 "the throwaway proxy" port_open "$PROXY_PORT" || die "the throwaway proxy did not open $PROXY_PORT"
wait_until 20 "the stand-in service" port_open "$UPSTREAM_PORT" || die "the stand-in service did not start"

BASE="http://127.0.0.1:$PROXY_PORT"
failures=0; checks=0
# expect NAME STATUS TYPE-SLUG curl-arguments...: the status, application/problem+json and the problem's type
expect() {
  local name=$1 status=$2 slug=$3; shift 3
  local out; out=$(curl -sS -D "$WORK/head" -o "$WORK/body" -w '%{http_code} %{content_type}' "$@" 2>"$WORK/curl.err") || true
  checks=$((checks + 1))
  local got_status=${out%% *} got_type=${out#* }
  if [ "$got_status" != "$status" ]; then
    warn "FAIL $name: status $got_status, expected $status ($(head -c 200 "$WORK/body"))"; failures=$((failures + 1)); return
  fi
  [ "$slug" = - ] && { log "ok   $name: $status"; return; }
  if [[ "$got_type" != application/problem+json* ]] || ! grep -q "\"type\":\"urn:volunteernet:problem:$slug\"" "$WORK/body" \
      || ! grep -q "\"status\":$status" "$WORK/body"; then
    warn "FAIL $name: $got_type $(head -c 200 "$WORK/body")"; failures=$((failures + 1)); return
  fi
  # the headers every answer of the services carries, and a body that is JSON in the negotiated language
  local lang=zh-CN; [[ " $* " == *" Accept-Language: en"* ]] && lang=en
  if ! grep -qi '^Cache-Control: no-store' "$WORK/head" || ! grep -qi '^X-Content-Type-Options: nosniff' "$WORK/head" \
      || ! grep -qi "^Content-Language: $lang" "$WORK/head" || ! python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$WORK/body"; then
    warn "FAIL $name: headers or JSON: $(tr -d '\r' <"$WORK/head" | tr '\n' ' ') $(head -c 200 "$WORK/body")"; failures=$((failures + 1)); return
  fi
  if [ "$lang" = zh-CN ] && ! python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["title"]; sys.exit(not any("\u4e00"<=c<="\u9fff" for c in t))' "$WORK/body"; then
    warn "FAIL $name: the title is not Chinese: $(head -c 200 "$WORK/body")"; failures=$((failures + 1)); return
  fi
  log "ok   $name: $status $slug"
}
# expect_json NAME PYTHON-EXPRESSION: a further check of the last answer's body (b, parsed)
expect_json() {
  checks=$((checks + 1))
  if python3 -c "import json,sys; b=json.load(open(sys.argv[1])); sys.exit(0 if ($2) else 1)" "$WORK/body"; then
    log "ok   $1"
  else
    warn "FAIL $1: $(head -c 300 "$WORK/body")"; failures=$((failures + 1))
  fi
}
head -c 2200000 /dev/zero | tr '\0' 'a' >"$WORK/2.2mb"
head -c 700000 /dev/zero | tr '\0' 'a' >"$WORK/700kb"
head -c 9000000 /dev/zero | tr '\0' 'a' >"$WORK/9mb"
JSON=(-H 'Content-Type: application/json')

expect "a body within the limit reaches the service" 200 - "${JSON[@]}" --data-binary '{"a":1}' "$BASE/api/v1/volunteers"
for try in 1 2 3 4 5 6 7 8; do
  expect "2.2 MB body, try $try" 413 payload-too-large "${JSON[@]}" --data-binary @"$WORK/2.2mb" "$BASE/api/v1/volunteers"
done
expect "700 KB body" 413 payload-too-large "${JSON[@]}" --data-binary @"$WORK/700kb" "$BASE/api/v1/volunteers"
expect "9 MB body" 413 payload-too-large "${JSON[@]}" --data-binary @"$WORK/9mb" "$BASE/api/v1/volunteers"
expect "700 KB chunked body" 413 payload-too-large "${JSON[@]}" -H 'Transfer-Encoding: chunked' \
  --data-binary @"$WORK/700kb" "$BASE/api/v1/volunteers"
expect "a 9 KiB header reaches the service (its own limit is 16 KiB in all)" 200 - \
  -H "X-Big: $(head -c 9000 /dev/zero | tr '\0' 'b')" "$BASE/api/v1/volunteers"
expect "a 20 KiB header" 431 headers-too-large -H "X-Big: $(head -c 20000 /dev/zero | tr '\0' 'b')" "$BASE/api/v1/volunteers"
expect "GET .../%00" 400 bad-request "$BASE/api/v1/certificates/%00"
# nginx refuses a %00 while it reads the request line, before any header: no Accept-Language and no path to name
expect_json "the 400 of a malformed request line" 'b["title"] == "错误的请求" and "instance" not in b'
expect "700 KB body, in English" 413 payload-too-large -H 'Accept-Language: en' "${JSON[@]}" --data-binary @"$WORK/700kb" \
  "$BASE/api/v1/volunteers"
expect_json "the English 413 names body and its path" 'b["title"] == "Request body too large" and b["errors"][0]["field"] == "body" and b["instance"] == "/api/v1/volunteers"' 
expect "a 20 KiB request line" 414 uri-too-long "$BASE/api/v1/volunteers?q=$(head -c 20000 /dev/zero | tr '\0' 'c')"
expect "a path outside the routes" 404 not-found "$BASE/api/v1/no-such-thing"
expect_json "the 404 names its path as instance, in Chinese" 'b.get("instance") == "/api/v1/no-such-thing" and b["title"] == "未找到"'
expect "a path outside the routes, in English" 404 not-found -H 'Accept-Language: en-GB,zh;q=0.5' "$BASE/api/v1/no-such-thing?x=1"
expect_json "the English 404 (instance without the query)" 'b["title"] == "Not found" and b.get("instance") == "/api/v1/no-such-thing"'
expect "zh before en stays Chinese" 404 not-found -H 'Accept-Language: zh-TW, en' "$BASE/api/v1/nope"
expect "a path needing JSON escapes has no instance" 404 not-found "$BASE/api/v1/a\"b\\c"
expect_json "no instance for a path with a quote and a backslash" '"instance" not in b'
expect "a second If-Match" 400 validation -X PATCH "${JSON[@]}" -H 'If-Match: "2"' -H 'If-Match: "2"' -d '{}' \
  "$BASE/api/v1/volunteers/x"
expect_json "a second If-Match is named" 'b["errors"] == [{"field": "If-Match", "message": "只能给出一次，不能给出 2 次"}] and b["instance"] == "/api/v1/volunteers/x"'
expect "a second If-Match, in English" 400 validation -X PATCH -H 'Accept-Language: en' -H 'If-Match: "2"' -H 'If-Match: "3"' \
  "$BASE/api/v1/volunteers/x"
expect_json "a second If-Match is named in English" 'b["errors"] == [{"field": "If-Match", "message": "must be given once, not 2 times"}]'
expect "one If-Match reaches the service" 200 - -H 'If-Match: "2"' "$BASE/api/v1/volunteers"
expect "a service that is down" 503 service-unavailable "$BASE/api/v1/down"
expect "the OpenAPI document when its file is missing" 404 not-found "$BASE/api/v1/openapi.json"

[ "$failures" = 0 ] || die "$failures of $checks proxy checks failed (configuration: $WORK/run/nginx.conf)"
log "all $checks proxy checks passed"
