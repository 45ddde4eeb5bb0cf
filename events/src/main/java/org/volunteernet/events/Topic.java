package org.volunteernet.events;

/** The event topics. Each has a dead-letter topic named {@code <topic>.dlq}. */
public enum Topic {
    VOLUNTEER("volunteer.events"),
    ACTIVITY("activity.events"),
    BRAND("brand.events");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    /** The topic name without any environment prefix. */
    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + ".dlq";
    }
}
