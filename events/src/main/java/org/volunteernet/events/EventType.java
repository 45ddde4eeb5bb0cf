package org.volunteernet.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the network: its data record, schema version and topic. The CloudEvents
 * {@code type} is {@code org.volunteernet.<Name>.v<N>}; the JSON Schema of its data is
 * {@code schemas/<Name>.v<N>.json} on the classpath of this module.
 */
public enum EventType {
    /** Superseded by {@link #VOLUNTEER_REGISTERED} (v2, no volunteer number, community, gender, birth year); read, not published by default. */
    VOLUNTEER_REGISTERED_V1(VolunteerRegisteredV1.class, "VolunteerRegistered", 1, Topic.VOLUNTEER),
    VOLUNTEER_REGISTERED(VolunteerRegistered.class, 2, Topic.VOLUNTEER),
    VOLUNTEER_PROFILE_UPDATED(VolunteerProfileUpdated.class, 1, Topic.VOLUNTEER),
    VOLUNTEER_ACCOUNT_LINKED(VolunteerAccountLinked.class, 1, Topic.VOLUNTEER),
    DEED_RECORDED(DeedRecorded.class, 1, Topic.VOLUNTEER),
    DEED_WITHDRAWN(DeedWithdrawn.class, 1, Topic.VOLUNTEER),
    DIARY_ENTRY_WRITTEN(DiaryEntryWritten.class, 1, Topic.VOLUNTEER),
    SERVICE_RECORD_CREATED(ServiceRecordCreated.class, 1, Topic.VOLUNTEER),
    SERVICE_RECORD_CORRECTED(ServiceRecordCorrected.class, 1, Topic.VOLUNTEER),
    SERVICE_RECORD_CORRECTION_REJECTED(ServiceRecordCorrectionRejected.class, 1, Topic.VOLUNTEER),
    STAR_LEVEL_REACHED(StarLevelReached.class, 1, Topic.VOLUNTEER),
    /** Superseded by {@link #CERTIFICATE_ISSUED} (v2, no verification code); read, not published by default. */
    CERTIFICATE_ISSUED_V1(CertificateIssuedV1.class, "CertificateIssued", 1, Topic.VOLUNTEER),
    CERTIFICATE_ISSUED(CertificateIssued.class, 2, Topic.VOLUNTEER),
    ACTIVITY_SCHEDULED(ActivityScheduled.class, 1, Topic.ACTIVITY),
    SIGNUP_CONFIRMED(SignupConfirmed.class, 1, Topic.ACTIVITY),
    SIGNUP_WAITLISTED(SignupWaitlisted.class, 1, Topic.ACTIVITY),
    SIGNUP_WITHDRAWN(SignupWithdrawn.class, 1, Topic.ACTIVITY),
    VOLUNTEER_CHECKED_IN(VolunteerCheckedIn.class, 1, Topic.ACTIVITY),
    VOLUNTEER_CHECKED_OUT(VolunteerCheckedOut.class, 1, Topic.ACTIVITY),
    /** Superseded by {@link #ACTIVITY_COMPLETED} (v2, no person's name); read, not published by default. */
    ACTIVITY_COMPLETED_V1(ActivityCompletedV1.class, "ActivityCompleted", 1, Topic.ACTIVITY),
    ACTIVITY_COMPLETED(ActivityCompleted.class, 2, Topic.ACTIVITY),
    RECORD_DEADLINE_MISSED(RecordDeadlineMissed.class, 1, Topic.ACTIVITY),
    OCCURRENCE_CANCELLED(OccurrenceCancelled.class, 1, Topic.ACTIVITY),
    OCCURRENCE_CLOSED(OccurrenceClosed.class, 1, Topic.ACTIVITY),
    OCCURRENCE_RESCHEDULED(OccurrenceRescheduled.class, 1, Topic.ACTIVITY),
    ACTIVITY_SERIES_ENDED(ActivitySeriesEnded.class, 1, Topic.ACTIVITY),
    BRAND_CREATED(BrandCreated.class, 1, Topic.BRAND),
    BRAND_LEADER_APPOINTED(BrandLeaderAppointed.class, 1, Topic.BRAND),
    BRAND_LEADER_DISMISSED(BrandLeaderDismissed.class, 1, Topic.BRAND),
    GROUP_FORMED(GroupFormed.class, 1, Topic.BRAND),
    MEMBER_JOINED(MemberJoined.class, 1, Topic.BRAND),
    MEMBER_LEFT(MemberLeft.class, 1, Topic.BRAND),
    ORGANIZATION_JOINED(OrganizationJoined.class, 1, Topic.BRAND),
    WORK_UNIT_REGISTERED(WorkUnitRegistered.class, 1, Topic.BRAND);

    private static final String TYPE_PREFIX = "org.volunteernet.";
    private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private final Class<? extends DomainEvent> dataClass;
    private final String name;
    private final int version;
    private final Topic topic;

    EventType(Class<? extends DomainEvent> dataClass, int version, Topic topic) {
        this(dataClass, dataClass.getSimpleName(), version, topic);
    }

    /**
     * An older version of an event whose current version's record has the event's name: its record is
     * {@code <Name>V<N>}, its type still {@code org.volunteernet.<Name>.v<N>}.
     */
    EventType(Class<? extends DomainEvent> dataClass, String name, int version, Topic topic) {
        this.dataClass = dataClass;
        this.name = name;
        this.version = version;
        this.topic = topic;
    }

    public Class<? extends DomainEvent> dataClass() {
        return dataClass;
    }

    public int version() {
        return version;
    }

    public Topic topic() {
        return topic;
    }

    /** The event's name, e.g. {@code VolunteerRegistered}, the same for every version. */
    public String simpleName() {
        return name;
    }

    /**
     * The key of this type's message in {@code asyncapi.yaml}: the record's simple name, e.g.
     * {@code ActivityCompleted} (the current version) or {@code ActivityCompletedV1} (an older one).
     */
    public String messageName() {
        return dataClass.getSimpleName();
    }

    /** The CloudEvents type attribute, e.g. {@code org.volunteernet.VolunteerRegistered.v1}. */
    public String ceType() {
        return TYPE_PREFIX + simpleName() + ".v" + version;
    }

    /** Classpath location of the JSON Schema of this type's data. */
    public String schemaResource() {
        return "schemas/" + simpleName() + ".v" + version + ".json";
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    public static EventType of(DomainEvent event) {
        EventType type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Not a registered event type: " + event.getClass().getName());
        }
        return type;
    }
}
