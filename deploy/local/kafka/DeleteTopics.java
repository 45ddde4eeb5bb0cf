import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Deletes every topic whose name starts with the prefix, in one JVM: the AOT training run's
 * throw-away topics. Refuses an empty prefix, which would name the network's own topics.
 * Run as: java -cp 'libs/*' DeleteTopics.java BOOTSTRAP PREFIX
 */
public class DeleteTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String prefix = args[1];
        if (prefix.isBlank() || prefix.equals("test.")) {
            throw new IllegalArgumentException("refusing to delete the topics of prefix '" + prefix + "'");
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            List<String> doomed = admin.listTopics().names().get().stream().filter(n -> n.startsWith(prefix)).sorted().toList();
            if (!doomed.isEmpty()) {
                admin.deleteTopics(doomed).all().get();
            }
            doomed.forEach(name -> System.out.println("deleted  " + name));
        }
    }
}
