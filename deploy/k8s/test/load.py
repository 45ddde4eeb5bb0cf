#!/usr/bin/env python3
"""make test-k8s, step 5: pods deleted under a steady write load, then scaling, on the test cluster.

Writers (threads) keep writing to the services' pods for the whole run:
  - witnessed deeds (volunteer-service), two writers, one minute each (a day holds 1,440 per volunteer);
  - registrations of residents of Xiangfang (volunteer-service);
  - activities (activity-service) and brands (brand-service).
Every write carries an Idempotency-Key and is retried under the same key until it is answered 201 or
refused with a 4xx; a write is acknowledged when a 201 came back. Requests go to the ready endpoints of the
service's Kubernetes Service, round robin, as kube-proxy would send them (this cluster runs no kube-proxy).

Meanwhile a pod of each service is deleted in turn (kubectl delete pod: SIGTERM, the preStop pause, the
grace period), each time waiting until the Deployment has its two ready replicas again; then
reporting-service (--scale names others too) is scaled 1 -> 3 -> 1. After the load stops and the consumers
have drained, it checks and prints:
  - 0 acknowledged writes lost: every acknowledged deed, registration, activity and brand is in its
    service's database;
  - 0 doubled: each database holds exactly the acknowledged rows (retries under a key made none twice),
    the district report counts exactly the acknowledged deeds and registrations, and activity- and
    brand-service know exactly the registered volunteers (their inboxes);
  - the partitions of every topic spread over the replicas of each consumer group (Kafka's own
    ConsumerGroupCommand), with no lag left;
  - each Deployment whole again after each deletion and scaling step, and how long that took.
Exits 1 if any check fails.
"""
import argparse
import datetime
import itertools
import json
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

SERVICES = ["volunteer-service", "activity-service", "brand-service", "reporting-service"]
XIANGFANG = "230110"
KEYCLOAK_TOKEN_URL = "http://127.0.0.1:8180/realms/volunteer-network/protocol/openid-connect/token"
HARBIN = datetime.timezone(datetime.timedelta(hours=8))
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECKS = "10X98765432"
KAFKA_ADMIN = ('security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\n'
               'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required '
               'username="kafka-admin" password="kafka-admin-local-dev-only";\n')

args = None
failures = []


def say(message):
    print(f"\033[1;34m[test-k8s]\033[0m {message}", flush=True)


def check(condition, message):
    print(f"  {'ok  ' if condition else 'FAIL'} {message}", flush=True)
    if not condition:
        failures.append(message)


def kubectl(*command, parse=True):
    out = subprocess.run(["kubectl", "--kubeconfig", args.kubeconfig, "-n", args.namespace, *command],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out) if parse else out


def psql(database, sql):
    # the statement on stdin: thousands of ids do not fit on a command line
    out = subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-d", database],
                         input=sql, capture_output=True, text=True, check=True).stdout
    return out.strip()


# --- tokens and endpoints -------------------------------------------------------------------------------
class Tokens:
    """Access tokens of the local realm's demo users, fetched again before they expire (15 minutes)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cache = {}

    def get(self, user):
        with self.lock:
            token, fetched = self.cache.get(user, (None, 0))
            if token is None or time.monotonic() - fetched > 240:
                body = urllib.parse.urlencode({"grant_type": "password", "client_id": "volunteer-mobile",
                                               "username": user, "password": user}).encode()
                with urllib.request.urlopen(KEYCLOAK_TOKEN_URL, body, timeout=20) as answer:
                    token = json.load(answer)["access_token"]
                self.cache[user] = (token, time.monotonic())
            return token


class Endpoints(threading.Thread):
    """The ready addresses of each Service (its Endpoints object), read every second."""

    def __init__(self):
        super().__init__(daemon=True)
        self.ready = {s: [] for s in SERVICES}
        self.turn = itertools.count()
        self.stopped = threading.Event()
        self.refresh()

    def refresh(self):
        endpoints = kubectl("get", "endpoints", "-o", "json")
        for item in endpoints["items"]:
            name = item["metadata"]["name"]
            if name in self.ready:
                addresses = []
                for subset in item.get("subsets") or []:
                    port = next(p["port"] for p in subset["ports"])
                    addresses += [f"{a['ip']}:{port}" for a in subset.get("addresses") or []]
                self.ready[name] = sorted(addresses)

    def run(self):
        while not self.stopped.wait(1):
            try:
                self.refresh()
            except Exception as e:  # the API server is busy: keep the last known
                print(f"  (endpoints not read: {e})", flush=True)

    def url(self, service, path):
        ready = self.ready[service]
        if not ready:
            return None
        return f"http://{ready[next(self.turn) % len(ready)]}{path}"


def call(method, service, path, user, body=None, key=None, timeout=10):
    """One HTTP call to a ready pod of the service: (status, parsed body or text); (None, error) if no answer."""
    url = endpoints.url(service, path)
    if url is None:
        return None, "no ready endpoint"
    try:
        headers = {"Authorization": "Bearer " + tokens.get(user)}
    except Exception as e:  # Keycloak restarting: no call this time
        return None, f"no token: {e}"
    data = None
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if key:
        headers["Idempotency-Key"] = key
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            text = answer.read().decode()
            return answer.status, (json.loads(text) if text.startswith("{") else text)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except Exception as e:
        return None, str(e)


# --- the writers ------------------------------------------------------------------------------------------
class Writes:
    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged = {"deed": [], "registration": [], "activity": [], "brand": []}
        self.retries = 0
        self.refused = []
        self.loading = threading.Event()

    def write(self, kind, service, path, user, body):
        """POSTs until 201 (acknowledged: returns the id) or a 4xx refusal; every retry under the same key."""
        key = str(uuid.uuid4())
        give_up = time.monotonic() + 180
        while time.monotonic() < give_up:
            status, answer = call("POST", service, path, user, body, key)
            if status == 201:
                with self.lock:
                    self.acknowledged[kind].append(answer["id"])
                return answer["id"]
            if status is not None and 400 <= status < 500 and status not in (401, 409):
                with self.lock:
                    self.refused.append(f"{kind}: {status} {str(answer)[:200]}")
                return None
            with self.lock:
                self.retries += 1
            time.sleep(0.25)
        with self.lock:
            self.refused.append(f"{kind}: no answer within 3 minutes")
        return None


ids = itertools.count(1)
# a run's own ID numbers and brand names: a run again on a kept cluster's databases must not meet the
# last run's (both are unique there, and a second registration or brand of the same would be refused)
RUN = random.randrange(1000)


def new_resident():
    n = next(ids)
    birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=(n * 7919) % (365 * 55))
    first17 = XIANGFANG + birth.strftime("%Y%m%d") + f"{RUN:03d}"
    check_char = CHECKS[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]
    # the 17th digit (the last of RUN) is odd for a man and even for a woman (GB 11643), which registration checks
    return {"name": "Test Resident", "gender": "MALE" if RUN % 2 else "FEMALE", "birthDate": birth.isoformat(),
            "idType": "PRC_RESIDENT_ID", "idNumber": first17 + check_char, "district": XIANGFANG,
            "phone": "13900000000", "skills": ["listening"], "serviceCategories": ["COMMUNITY"],
            "consent": {"accepted": True, "textVersion": "2026-01"}}


def deed_writer(volunteers, today):
    n = 0
    while writes.loading.is_set():
        n += 1
        volunteer = volunteers[n % len(volunteers)]
        writes.write("deed", "volunteer-service", "/api/v1/deeds", "admin-xiangfang",
                     {"volunteerId": volunteer, "date": today, "category": "NEIGHBOURHOOD",
                      "description": f"test-k8s deed {n}", "minutes": 1, "atPost": False})


def registration_writer():
    while writes.loading.is_set():
        writes.write("registration", "volunteer-service", "/api/v1/volunteers", "admin-xiangfang", new_resident())
        time.sleep(0.3)


def activity_writer():
    n = 0
    while writes.loading.is_set():
        n += 1
        start = (datetime.datetime.now(HARBIN) + datetime.timedelta(days=2, minutes=n)).replace(microsecond=0)
        writes.write("activity", "activity-service", "/api/v1/activities", "org-xiangfang",
                     {"title": f"test-k8s activity {n}", "content": "Tidied the stairwells of building 12",
                      "district": XIANGFANG, "place": "Building 12, Heping Road", "start": start.isoformat(),
                      "end": (start + datetime.timedelta(hours=1)).isoformat(), "capacity": 3,
                      "serviceCategory": "COMMUNITY", "organizingUnit": "Heping Road Residents' Committee",
                      "personInCharge": "Zhou Tao"})
        time.sleep(0.3)


def brand_writer(founders):
    n = 0
    while writes.loading.is_set():
        n += 1
        writes.write("brand", "brand-service", "/api/v1/brands", "admin-xiangfang",
                     {"name": f"test-k8s brand {RUN} {n}", "district": XIANGFANG, "founderVolunteerId": founders[n % len(founders)]})
        time.sleep(0.5)


# --- Kubernetes: pods, deployments, consumer groups -------------------------------------------------------
def pods_of(service):
    items = kubectl("get", "pods", "-l", f"app.kubernetes.io/name={service}", "-o", "json")["items"]
    return [p for p in items if not p["metadata"].get("deletionTimestamp")]


def whole(service, replicas, gone=()):
    """The Deployment has exactly `replicas` pods, all ready, none of them `gone`, none terminating."""
    items = kubectl("get", "pods", "-l", f"app.kubernetes.io/name={service}", "-o", "json")["items"]
    if len(items) != replicas or any(p["metadata"]["name"] in gone for p in items):
        return False
    ready = [p for p in items if any(c["type"] == "Ready" and c["status"] == "True"
                                     for c in p["status"].get("conditions", []))]
    deployment = kubectl("get", "deployment", service, "-o", "json")
    return len(ready) == replicas and deployment["status"].get("readyReplicas", 0) == replicas \
        and deployment["status"].get("updatedReplicas", 0) == replicas


def wait_whole(service, replicas, gone=(), timeout=600):
    began = time.monotonic()
    while time.monotonic() - began < timeout:
        if whole(service, replicas, gone):
            return time.monotonic() - began
        time.sleep(1)
    return None


def groups():
    """{group: {topic: {partition: member id or None}}} from Kafka's ConsumerGroupCommand, and the total lag.
    Kafka sees every pod's connections come from the host's gateway (127.0.0.1), so members are told apart
    by their member ids: each replica runs one consumer per topic it reads."""
    config = "/tmp/test-k8s-kafka-admin.properties"
    with open(config, "w") as f:
        f.write(KAFKA_ADMIN)
    command = ["java", "-cp", f"{args.kafka_libs}/*", "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
               "--bootstrap-server", "127.0.0.1:9092", "--command-config", config, "--describe"]
    for s in SERVICES:
        command += ["--group", f"{s}-k8s-test"]
    out = subprocess.run(command, capture_output=True, text=True).stdout
    found, lag = {}, 0
    for line in out.splitlines():
        cols = line.split()
        if len(cols) < 9 or cols[0] == "GROUP" or not cols[2].isdigit():
            continue
        group, topic, partition, member = cols[0], cols[1], int(cols[2]), cols[6]
        if cols[5].isdigit():
            lag += int(cols[5])
        found.setdefault(group, {}).setdefault(topic, {})[partition] = None if member == "-" else member
    return found, lag


def spread(service, replicas, settle=120):
    """Waits until each topic of the service's group is split over exactly `replicas` members, every
    partition assigned; prints how many partitions each member holds."""
    group = f"{service}-k8s-test"
    began = time.monotonic()
    while True:
        found, _ = groups()
        topics = found.get(group, {})
        good = bool(topics) and all(None not in parts.values()
                                    and len(set(parts.values())) == min(replicas, len(parts))
                                    for parts in topics.values())
        if good or time.monotonic() - began > settle:
            break
        time.sleep(3)
    text = "; ".join(f"{t.removeprefix(args.topic_prefix)} " + "+".join(
        str(n) for n in sorted((sum(1 for o in parts.values() if o == m) for m in {o for o in parts.values() if o}), reverse=True))
        + (f" ({sum(1 for o in parts.values() if o is None)} unassigned)" if None in parts.values() else "")
        for t, parts in sorted(topics.items()))
    check(good, f"{group}: every partition assigned, over {replicas} member(s) [{text or 'no assignment'}]")


def report():
    """(witnessed deeds of the year, registered volunteers) of Xiangfang's district report; (None, None) if no answer."""
    year = datetime.datetime.now(HARBIN).year
    status, answer = call("GET", "reporting-service", f"/api/v1/reports/districts/{XIANGFANG}?year={year}", "city-admin")
    if status != 200:
        return None, None
    return sum(m["deedsWitnessed"] for m in answer["months"]), answer["registeredVolunteers"]


# --- the run ----------------------------------------------------------------------------------------------
def main():
    global args, tokens, endpoints, writes
    parser = argparse.ArgumentParser()
    parser.add_argument("--kubeconfig", required=True)
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--topic-prefix", required=True)
    parser.add_argument("--kafka-libs", required=True)
    parser.add_argument("--database-suffix", required=True)
    parser.add_argument("--warm-up", type=int, default=20)
    # reporting-service: the consumer of every topic, where the partitions' spread over 1, 3, 1 members shows
    parser.add_argument("--scale", default="reporting-service", help="services to scale 1 -> 3 -> 1, comma-separated")
    args = parser.parse_args()
    tokens, endpoints, writes = Tokens(), Endpoints(), Writes()
    endpoints.start()
    began = time.monotonic()
    today = datetime.datetime.now(HARBIN).date().isoformat()

    db = lambda name: name + args.database_suffix
    # what is there before (nothing on fresh scratch databases; a run again on a kept cluster starts from more)
    def counts():
        return {"deed": int(psql(db("volunteer"), "SELECT count(*) FROM deed")),
                "volunteer": int(psql(db("volunteer"), "SELECT count(*) FROM volunteer")),
                "activity": int(psql(db("activity"), "SELECT count(*) FROM activity")),
                "brand": int(psql(db("brand"), "SELECT count(*) FROM brand")),
                "known-activity": int(psql(db("activity"), "SELECT count(*) FROM known_volunteer")),
                "known-brand": int(psql(db("brand"), "SELECT count(*) FROM known_volunteer"))}
    before = counts()
    report_before = report()
    if report_before[0] is None:
        sys.exit("reporting-service does not answer the district report")
    say("setting up: six volunteers of Xiangfang, known to brand-service before brands name them as founders")
    volunteers = [writes.write("registration", "volunteer-service", "/api/v1/volunteers", "admin-xiangfang", new_resident())
                  for _ in range(6)]
    if None in volunteers:
        sys.exit(f"registering the load's volunteers failed: {writes.refused}")
    deadline = time.monotonic() + 120
    while psql(db("brand"), f"SELECT count(*) FROM known_volunteer WHERE volunteer_id IN ({','.join(repr(v) for v in volunteers)})") != "6":
        if time.monotonic() > deadline:
            sys.exit("brand-service did not learn the load's volunteers within 2 minutes")
        time.sleep(1)

    writes.loading.set()
    writers = [threading.Thread(target=deed_writer, args=(volunteers, today), daemon=True) for _ in range(2)]
    writers += [threading.Thread(target=registration_writer, daemon=True),
                threading.Thread(target=activity_writer, daemon=True),
                threading.Thread(target=brand_writer, args=(volunteers,), daemon=True)]
    for w in writers:
        w.start()
    say(f"steady write load started (deeds, registrations, activities, brands); {args.warm_up} s before the first fault")
    time.sleep(args.warm_up)

    say("partitions over two replicas of each service, before any pod is deleted")
    for s in SERVICES:
        spread(s, 2)

    say("deleting a pod of each service in turn, under load")
    for s in SERVICES:
        victim = sorted(p["metadata"]["name"] for p in pods_of(s))[0]
        acknowledged_before = {k: len(v) for k, v in writes.acknowledged.items()}  # not `before`: the row counts
        kubectl("delete", "pod", victim, "--wait=false", parse=False)
        took = wait_whole(s, 2, gone={victim})
        during = {k: len(v) - acknowledged_before[k] for k, v in writes.acknowledged.items()}
        check(took is not None, f"{s}: pod {victim} deleted; the Deployment whole again (2/2 ready, a new pod) "
                                f"after {took:.0f} s; writes acknowledged meanwhile: {during}" if took is not None
              else f"{s}: pod {victim} deleted; the Deployment not whole again within 10 minutes")
        spread(s, 2)
        time.sleep(5)

    for s in [name for name in args.scale.split(",") if name]:
        say(f"scaling {s} 1 -> 3 -> 1 under load")
        for replicas in (1, 3, 1):
            kubectl("scale", "deployment", s, f"--replicas={replicas}", parse=False)
            took = wait_whole(s, replicas)
            check(took is not None, f"{s}: scaled to {replicas}, {replicas}/{replicas} ready after {took:.0f} s"
                  if took is not None else f"{s}: not {replicas}/{replicas} ready within 10 minutes")
            spread(s, replicas)

    writes.loading.clear()
    say("load stopped; waiting for the writers' last calls and for the consumers to drain")
    for w in writers:
        w.join(200)
    acknowledged = {k: list(v) for k, v in writes.acknowledged.items()}
    registered = len(acknowledged["registration"])  # the six set-up volunteers included

    drain_began = time.monotonic()
    deeds_reported = registered_reported = None
    last, stable_since = None, time.monotonic()
    while time.monotonic() - drain_began < 180:
        current = report()
        if current != last:
            last, stable_since = current, time.monotonic()
        deeds_reported = None if current[0] is None else current[0] - report_before[0]
        registered_reported = None if current[1] is None else current[1] - report_before[1]
        if (deeds_reported, registered_reported) == (len(acknowledged["deed"]), registered) or \
                (current[0] is not None and time.monotonic() - stable_since > 30):
            break
        time.sleep(2)
    drained = time.monotonic() - drain_began
    # the reports may be complete before every group has committed its last offsets (a consumer commits a
    # poll's offsets after the poll, and the passed-over events of a quiet topic a little later): wait for it
    lag_began = time.monotonic()
    _, lag = groups()
    while lag and time.monotonic() - lag_began < 90:
        time.sleep(3)
        _, lag = groups()
    lag_settled = time.monotonic() - lag_began

    def stored(database, table, ids_):
        id_list = ",".join(f"'{i}'" for i in ids_) or "NULL"
        found = int(psql(database, f"SELECT count(*) FROM {table} WHERE id IN ({id_list})"))
        return found

    with open("/tmp/test-k8s-acknowledged.json", "w") as f:  # for a look afterwards
        json.dump(acknowledged, f)
    deeds = acknowledged["deed"]
    deeds_found = stored(db("volunteer"), "deed", deeds)
    volunteers_found = stored(db("volunteer"), "volunteer", acknowledged["registration"])
    activities_found = stored(db("activity"), "activity", acknowledged["activity"])
    brands_found = stored(db("brand"), "brand", acknowledged["brand"])
    after = counts()
    deed_rows, volunteer_rows = after["deed"] - before["deed"], after["volunteer"] - before["volunteer"]
    activity_rows, brand_rows = after["activity"] - before["activity"], after["brand"] - before["brand"]
    known_activity = after["known-activity"] - before["known-activity"]
    known_brand = after["known-brand"] - before["known-brand"]

    say("figures")
    print(f"  writes acknowledged: {len(deeds)} deeds, {registered} registrations, "
          f"{len(acknowledged['activity'])} activities, {len(acknowledged['brand'])} brands "
          f"({writes.retries} failed attempts retried under their key; refused: {len(writes.refused)})")
    lost = (len(deeds) - deeds_found) + (registered - volunteers_found) \
        + (len(acknowledged["activity"]) - activities_found) + (len(acknowledged["brand"]) - brands_found)
    doubled = (deed_rows - len(deeds)) + (volunteer_rows - registered) \
        + (activity_rows - len(acknowledged["activity"])) + (brand_rows - len(acknowledged["brand"]))
    print(f"  lost: {lost} (acknowledged but not stored); stored twice: {doubled}")
    print(f"  district report {XIANGFANG}: {deeds_reported} witnessed deeds, {registered_reported} registered volunteers "
          f"(drained {drained:.0f} s after the load stopped; consumer lag left: {lag}, {lag_settled:.0f} s later)")
    print(f"  known volunteers: activity-service {known_activity}, brand-service {known_brand} (of {registered})")
    for refusal in writes.refused[:10]:
        print(f"  refused: {refusal}")
    check(lost == 0, f"0 acknowledged writes lost (deeds {deeds_found}/{len(deeds)}, volunteers {volunteers_found}/{registered}, "
                     f"activities {activities_found}/{len(acknowledged['activity'])}, brands {brands_found}/{len(acknowledged['brand'])})")
    check(doubled == 0, f"0 stored twice (new rows: deeds {deed_rows}, volunteers {volunteer_rows}, activities {activity_rows}, brands {brand_rows})")
    check(deeds_reported == len(deeds), f"the report counts each acknowledged deed once ({deeds_reported} of {len(deeds)})")
    check(registered_reported == registered, f"the report counts each registration once ({registered_reported} of {registered})")
    check(known_activity == registered and known_brand == registered,
          f"activity- and brand-service know each registered volunteer once ({known_activity}, {known_brand} of {registered})")
    check(lag == 0, f"no consumer lag left ({lag}, {lag_settled:.0f} s after the reports were complete)")
    check(not writes.refused, f"no write refused ({len(writes.refused)})")
    check(len(deeds) > 0 and len(acknowledged["activity"]) > 0 and len(acknowledged["brand"]) > 0,
          "every kind of write was acknowledged at least once")
    endpoints.stopped.set()
    say(f"load, faults and scaling took {time.monotonic() - began:.0f} s; {len(failures)} check(s) failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
