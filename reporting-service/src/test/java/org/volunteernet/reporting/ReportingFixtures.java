package org.volunteernet.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.volunteernet.common.testing.TestEvents;
import org.volunteernet.events.DomainEvent;
import org.volunteernet.events.EventType;

/** Fresh districts, dates in the network's zone and publishing known events onto the test topics. */
public final class ReportingFixtures {

    public static final ZoneId HARBIN = ZoneId.of("Asia/Shanghai");

    private ReportingFixtures() {
    }

    /** A district code no other test uses (see TestDistricts). */
    public static String freshDistrict() {
        return org.volunteernet.common.testing.TestDistricts.fresh();
    }

    /** 10:00 network time on that day. */
    public static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(HARBIN).toInstant();
    }

    public static String topicOf(DomainEvent event) {
        return "test." + EventType.of(event).topic().topicName();
    }

    /** Publishes the events in order, each on its own topic keyed by its aggregate, as the services would. */
    public static void publish(List<? extends DomainEvent> events) {
        try (TestEvents publish = new TestEvents()) {
            for (DomainEvent event : events) {
                publish.send(topicOf(event), event, "/test");
            }
        }
    }
}
