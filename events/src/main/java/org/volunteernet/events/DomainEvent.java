package org.volunteernet.events;

/**
 * The data of one event. Every event belongs to a district and to an aggregate whose id is the
 * Kafka key, so that one aggregate's events stay in order on one partition.
 */
public interface DomainEvent {

    /** The Kafka key and the CloudEvents {@code subject}. */
    String aggregateId();

    /** GB/T 2260 district code, carried as the CloudEvents {@code district} extension. */
    String district();
}
