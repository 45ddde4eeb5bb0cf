import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The local broker's administration, as kafka-admin, in one JVM per call:
 * <ul>
 * <li>{@code topics PARTITIONS PREFIX...}: the event topics and their dead-letter topics under each
 * prefix ("" is the network's own, "test." the services' tests', "aot-training." the AOT training
 * run's), created if missing: event topics keep everything (reporting replays them to rebuild),
 * dead-letter topics 30 days; then the principals and their ACLs for those topics.</li>
 * <li>{@code delete-topics PREFIX}: every topic whose name starts with PREFIX (never "" or "test.").</li>
 * </ul>
 * Principals (SASL/SCRAM-SHA-512): one per service, which may write its own topic, read the topics it
 * consumes and write their dead-letter topics, in consumer groups named after itself; {@code analyst},
 * which may only read the event topics (groups "analyst*"); {@code test-harness}, which the services'
 * tests use to publish and watch "test." topics. Passwords come from the environment
 * (VOLUNTEERNET_KAFKA_PASSWORD_&lt;PRINCIPAL&gt;, e.g. ..._VOLUNTEER_SERVICE), else the local-development
 * default "&lt;principal&gt;-local-dev-only".
 * Run as: java -cp 'libs/*' KafkaAdmin.java BOOTSTRAP COMMAND ARGS... (admin password: VOLUNTEERNET_KAFKA_ADMIN_PASSWORD)
 */
public class KafkaAdmin {

    static final List<String> EVENT_TOPICS = List.of("volunteer.events", "activity.events", "brand.events");
    static final long DEAD_LETTER_RETENTION_MS = 30L * 24 * 3600 * 1000;
    /**
     * The services' test topics ("test.") keep a day: a test reads what its own run wrote, and a
     * rebuild test replays the whole topic, which would otherwise grow with every run on the machine.
     */
    static final long TEST_RETENTION_MS = 24L * 3600 * 1000;
    static final String TEST_SEGMENT_MS = Long.toString(3600L * 1000);

    /** Each service: the topic it publishes, the topics it consumes. */
    static final Map<String, List<String>> CONSUMES = Map.of(
            "volunteer-service", List.of("activity.events", "brand.events"), // service records; known work units
            "activity-service", List.of("volunteer.events", "brand.events"),
            "brand-service", List.of("volunteer.events"),
            "reporting-service", EVENT_TOPICS);
    static final Map<String, String> PUBLISHES = Map.of(
            "volunteer-service", "volunteer.events", "activity-service", "activity.events", "brand-service", "brand.events");

    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(asAdmin(args[0]))) {
            switch (args[1]) {
                case "topics" -> {
                    int partitions = Integer.parseInt(args[2]);
                    List<String> prefixes = List.of(args).subList(3, args.length);
                    topics(admin, partitions, prefixes);
                    principals(admin);
                    acls(admin, prefixes);
                }
                case "delete-topics" -> deleteTopics(admin, args[2]);
                default -> throw new IllegalArgumentException("unknown command " + args[1]);
            }
        }
    }

    static Properties asAdmin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        props.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"kafka-admin\" password=\""
                + System.getenv().getOrDefault("VOLUNTEERNET_KAFKA_ADMIN_PASSWORD", "kafka-admin-local-dev-only") + "\";");
        return props;
    }

    static void topics(Admin admin, int partitions, List<String> prefixes) throws Exception {
        List<String> names = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String topic : EVENT_TOPICS) {
                names.add(prefix + topic);
                names.add(prefix + topic + ".dlq");
            }
        }
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (String name : names) {
            if (!existing.contains(name)) {
                Map<String, String> configs = new java.util.HashMap<>(Map.of("min.insync.replicas", "1", "retention.ms", retentionOf(name)));
                if (name.startsWith("test.")) {
                    configs.put("segment.ms", TEST_SEGMENT_MS); // retention deletes whole segments: roll them hourly
                }
                missing.add(new NewTopic(name, partitions, (short) 1).configs(configs));
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get();
        }
        // test topics made before they had a retention of their own get it now (setting it again changes nothing)
        Map<ConfigResource, java.util.Collection<AlterConfigOp>> testRetention = new java.util.HashMap<>();
        for (String name : names) {
            if (name.startsWith("test.") && existing.contains(name)) {
                testRetention.put(new ConfigResource(ConfigResource.Type.TOPIC, name),
                        List.of(new AlterConfigOp(new ConfigEntry("retention.ms", retentionOf(name)), AlterConfigOp.OpType.SET),
                                new AlterConfigOp(new ConfigEntry("segment.ms", TEST_SEGMENT_MS), AlterConfigOp.OpType.SET)));
            }
        }
        if (!testRetention.isEmpty()) {
            admin.incrementalAlterConfigs(testRetention).all().get();
        }
        for (String name : names) {
            System.out.println((existing.contains(name) ? "exists   " : "created  ") + name);
        }
    }

    /** Events are kept for ever (the reports are rebuilt from them), dead letters 30 days, test topics a day. */
    static String retentionOf(String topic) {
        if (topic.startsWith("test.")) {
            return Long.toString(TEST_RETENTION_MS);
        }
        return topic.endsWith(".dlq") ? Long.toString(DEAD_LETTER_RETENTION_MS) : "-1";
    }

    static List<String> principals() {
        List<String> all = new ArrayList<>(CONSUMES.keySet());
        all.addAll(List.of("analyst", "test-harness"));
        return all.stream().sorted().toList();
    }

    static String passwordOf(String principal) {
        String variable = "VOLUNTEERNET_KAFKA_PASSWORD_" + principal.toUpperCase().replace('-', '_');
        return System.getenv().getOrDefault(variable, principal + "-local-dev-only");
    }

    /** Creates or updates each principal's SCRAM credential (idempotent). */
    static void principals(Admin admin) throws Exception {
        List<org.apache.kafka.clients.admin.UserScramCredentialAlteration> upserts = new ArrayList<>();
        for (String principal : principals()) {
            upserts.add(new UserScramCredentialUpsertion(principal,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), passwordOf(principal)));
        }
        admin.alterUserScramCredentials(upserts).all().get();
        System.out.println("principals " + String.join(", ", principals()));
    }

    /** Every principal's ACLs for the topics under {@code prefixes} (creating an existing ACL changes nothing). */
    static void acls(Admin admin, List<String> prefixes) throws Exception {
        List<AclBinding> acls = new ArrayList<>();
        for (String prefix : prefixes) {
            PUBLISHES.forEach((service, topic) -> {
                acls.add(allow(service, ResourceType.TOPIC, prefix + topic, PatternType.LITERAL, AclOperation.WRITE));
                acls.add(allow(service, ResourceType.TOPIC, prefix + topic, PatternType.LITERAL, AclOperation.DESCRIBE));
            });
            CONSUMES.forEach((service, topics) -> {
                for (String topic : topics) {
                    acls.add(allow(service, ResourceType.TOPIC, prefix + topic, PatternType.LITERAL, AclOperation.READ));
                    acls.add(allow(service, ResourceType.TOPIC, prefix + topic, PatternType.LITERAL, AclOperation.DESCRIBE));
                    acls.add(allow(service, ResourceType.TOPIC, prefix + topic + ".dlq", PatternType.LITERAL, AclOperation.WRITE));
                    acls.add(allow(service, ResourceType.TOPIC, prefix + topic + ".dlq", PatternType.LITERAL, AclOperation.DESCRIBE));
                }
            });
        }
        for (String service : CONSUMES.keySet()) {
            // its consumer groups: "<service>", "<service>-test", "<service>-aot-training", rebuilds
            acls.add(allow(service, ResourceType.GROUP, service, PatternType.PREFIXED, AclOperation.READ));
        }
        for (String topic : EVENT_TOPICS) {
            acls.add(allow("analyst", ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ));
            acls.add(allow("analyst", ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        acls.add(allow("analyst", ResourceType.GROUP, "analyst", PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow("test-harness", ResourceType.TOPIC, "test.", PatternType.PREFIXED, AclOperation.ALL));
        acls.add(allow("test-harness", ResourceType.GROUP, "test-harness", PatternType.PREFIXED, AclOperation.READ));
        admin.createAcls(acls).all().get();
        System.out.println("acls       " + acls.size() + " for prefixes " + prefixes);
    }

    static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }

    static void deleteTopics(Admin admin, String prefix) throws Exception {
        if (prefix.isBlank() || prefix.equals("test.")) {
            throw new IllegalArgumentException("refusing to delete the topics of prefix '" + prefix + "'");
        }
        List<String> doomed = admin.listTopics().names().get().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
        if (!doomed.isEmpty()) {
            admin.deleteTopics(doomed).all().get();
        }
        doomed.forEach(name -> System.out.println("deleted  " + name));
    }
}
