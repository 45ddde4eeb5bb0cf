import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the network's topics if missing, in one JVM: the event topics, their dead-letter topics,
 * and the same with the "test." prefix that the services' tests publish to (or with the prefixes
 * given, e.g. the AOT training run's "aot-training.").
 * Run as: java -cp 'libs/*' CreateTopics.java BOOTSTRAP PARTITIONS [PREFIX...]
 */
public class CreateTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        List<String> names = new ArrayList<>();
        List<String> prefixes = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("", "test.");
        for (String prefix : prefixes) {
            for (String topic : List.of("volunteer.events", "activity.events", "brand.events")) {
                names.add(prefix + topic);
                names.add(prefix + topic + ".dlq");
            }
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1)
                            .configs(Map.of("min.insync.replicas", "1")));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            for (String name : names) {
                System.out.println((existing.contains(name) ? "exists   " : "created  ") + name);
            }
        }
    }
}
