#!/usr/bin/env python3
"""The Strimzi KafkaUsers and KafkaTopics say what deploy/local/kafka/KafkaAdmin.java does on the local
broker, for the network's own topics: the same principals (less the local test-harness), exactly the
same ACLs, the same topics, event topics kept for ever and dead-letter topics as long as
DEAD_LETTER_RETENTION_MS. Reads KafkaAdmin.java's tables (EVENT_TOPICS, CONSUMES, PUBLISHES) as text."""
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[3]
java = (ROOT / "deploy" / "local" / "kafka" / "KafkaAdmin.java").read_text(encoding="utf-8")


def strings(text):
    return re.findall(r'"([^"]*)"', text)


events = strings(re.search(r"EVENT_TOPICS\s*=\s*List\.of\(([^)]*)\)", java).group(1))
consumes_block = re.search(r"CONSUMES\s*=\s*Map\.of\((.*?)\);", java, re.S).group(1)
consumes = {}
for service, topics in re.findall(r'"([^"]+)",\s*(List\.of\([^)]*\)|EVENT_TOPICS)', consumes_block):
    consumes[service] = events if topics == "EVENT_TOPICS" else strings(topics)
publishes = dict(zip(*[iter(strings(re.search(r"PUBLISHES\s*=\s*Map\.of\((.*?)\);", java, re.S).group(1)))] * 2))
retention = re.search(r"DEAD_LETTER_RETENTION_MS\s*=\s*([0-9L\s*]+);", java).group(1)
dlq_retention = eval(retention.replace("L", ""))  # a product of integer literals

expected = {}
for service, topic in publishes.items():
    expected.setdefault(service, set()).update({("topic", topic, "literal", "Write"), ("topic", topic, "literal", "Describe")})
for service, topics in consumes.items():
    for topic in topics:
        expected.setdefault(service, set()).update({
            ("topic", topic, "literal", "Read"), ("topic", topic, "literal", "Describe"),
            ("topic", topic + ".dlq", "literal", "Write"), ("topic", topic + ".dlq", "literal", "Describe")})
    expected[service].add(("group", service, "prefix", "Read"))
expected["analyst"] = {("topic", t, "literal", op) for t in events for op in ("Read", "Describe")} | {("group", "analyst", "prefix", "Read")}

base = ROOT / "deploy" / "k8s" / "base" / "kafka"
actual = {}
for user in yaml.safe_load_all((base / "users.yaml").read_text(encoding="utf-8")):
    acls = actual.setdefault(user["metadata"]["name"], set())
    for acl in user["spec"]["authorization"]["acls"]:
        r = acl["resource"]
        for op in acl["operations"]:
            acls.add((r["type"], r["name"], r.get("patternType", "literal"), op))
problems = []
for principal in sorted(set(expected) | set(actual)):
    missing, extra = expected.get(principal, set()) - actual.get(principal, set()), actual.get(principal, set()) - expected.get(principal, set())
    if missing:
        problems.append(f"KafkaUser {principal} lacks {sorted(missing)}")
    if extra:
        problems.append(f"KafkaUser {principal} has more than KafkaAdmin.java gives: {sorted(extra)}")

topics = {t["spec"]["topicName"]: t["spec"] for t in yaml.safe_load_all((base / "topics.yaml").read_text(encoding="utf-8"))}
for topic in events:
    for name, keep in ((topic, -1), (topic + ".dlq", dlq_retention)):
        if name not in topics:
            problems.append(f"no KafkaTopic {name}")
        elif int(topics[name]["config"]["retention.ms"]) != keep:
            problems.append(f"KafkaTopic {name} keeps {topics[name]['config']['retention.ms']} ms, KafkaAdmin.java {keep}")
for name in sorted(set(topics) - {t for e in events for t in (e, e + '.dlq')}):
    problems.append(f"KafkaTopic {name} is not one of KafkaAdmin.java's")
if problems:
    sys.exit("Strimzi objects and KafkaAdmin.java disagree:\n  " + "\n  ".join(problems))
print(f"Kafka: {len(actual)} KafkaUsers with exactly KafkaAdmin.java's {sum(map(len, expected.values()))} ACLs, "
      f"{len(topics)} KafkaTopics with its retention")
