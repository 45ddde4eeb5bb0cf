package org.volunteernet.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import org.volunteernet.events.Topic;

/** Where events go. */
@ConfigMapping(prefix = "volunteernet.messaging")
public interface MessagingConfig {

    /** Prepended to every topic name; tests use {@code test.} to stay apart from the running network. */
    Optional<String> topicPrefix();

    /** The CloudEvents source of this service's events; defaults to {@code /<application name>}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    default String topicName(Topic topic) {
        return topicPrefix().orElse("") + topic.topicName();
    }
}
