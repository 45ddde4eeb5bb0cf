package org.volunteernet.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One realistic instance of every event type, as the services would publish it. */
@SuppressWarnings("deprecation")
final class SampleEvents {

    static final String XIANGFANG = "230110";
    private static final Instant AT = Instant.parse("2026-11-24T02:30:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-21");

    private SampleEvents() {
    }

    static List<DomainEvent> all() {
        UUID volunteer = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID occurrence = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        return List.of(
                new VolunteerRegistered(volunteer, XIANGFANG, List.of("first-aid"), List.of("ELDERLY_CARE"), unit,
                        "0b8f3c1e-account-subject", AT),
                new VolunteerRegisteredV1(volunteer, "VN-230110-000042", XIANGFANG, "Xiangfang Street", "MALE", 1990,
                        List.of("first-aid"), List.of("ELDERLY_CARE"), unit, "0b8f3c1e-account-subject", AT),
                new VolunteerProfileUpdated(volunteer, XIANGFANG, null, List.of("first-aid", "sign-language"),
                        List.of("ELDERLY_CARE"), unit, "bus driver", 2, AT),
                new VolunteerProfileUpdated(volunteer, XIANGFANG, null, List.of("first-aid"), List.of("ELDERLY_CARE"),
                        unit, "bus driver", 3, AT, List.of("name")),
                new VolunteerAccountLinked(volunteer, XIANGFANG, "0b8f3c1e-account-subject", AT),
                new DeedRecorded(UUID.randomUUID(), volunteer, XIANGFANG, DAY, "NEIGHBOURHOOD", 30, false, false, null, AT),
                new DeedWithdrawn(UUID.randomUUID(), volunteer, XIANGFANG, DAY, "NEIGHBOURHOOD", 30, false, false, null, AT),
                new DiaryEntryWritten(UUID.randomUUID(), volunteer, XIANGFANG, DAY, 2, 1, 1, true, AT),
                new ServiceRecordCreated(UUID.randomUUID(), volunteer, XIANGFANG, activity, occurrence, "Riverside clean-up",
                        DAY, "ENVIRONMENT", new BigDecimal("2.5"), "Xiangfang Youth League", brand, group, AT,
                        "Stayed to sort the litter", new BigDecimal("3.0")),
                new ServiceRecordCorrected(UUID.randomUUID(), UUID.randomUUID(), volunteer, XIANGFANG, DAY,
                        new BigDecimal("2.5"), new BigDecimal("3.0"), AT, DAY.minusDays(9)),
                new ServiceRecordCorrectionRejected(UUID.randomUUID(), UUID.randomUUID(), volunteer, XIANGFANG, AT),
                new StarLevelReached(volunteer, XIANGFANG, 1, new BigDecimal("100.5"), AT),
                new CertificateIssued(UUID.randomUUID(), volunteer, XIANGFANG, new BigDecimal("120"), AT),
                new CertificateIssuedV1(UUID.randomUUID(), volunteer, XIANGFANG, "K7Q2-M9XA-4TPE", new BigDecimal("120"), AT),
                new ActivityScheduled(activity, XIANGFANG, "Riverside clean-up", "ENVIRONMENT",
                        OffsetDateTime.parse("2026-11-28T09:00:00+08:00"), OffsetDateTime.parse("2026-11-28T11:30:00+08:00"),
                        20, "FREQ=WEEKLY;BYDAY=SA", "Xiangfang Youth League", brand, group, AT),
                new SignupConfirmed(UUID.randomUUID(), occurrence, activity, volunteer, XIANGFANG, false, AT),
                new SignupWaitlisted(UUID.randomUUID(), occurrence, activity, volunteer, XIANGFANG, 3, AT),
                new SignupWithdrawn(UUID.randomUUID(), occurrence, activity, volunteer, XIANGFANG, AT),
                new VolunteerCheckedIn(occurrence, activity, volunteer, XIANGFANG, AT),
                new VolunteerCheckedOut(occurrence, activity, volunteer, XIANGFANG, AT),
                new ActivityCompleted(occurrence, activity, XIANGFANG, "Riverside clean-up", DAY, "Songhua riverbank",
                        "Collected litter along 2 km of the bank", "ENVIRONMENT", "Xiangfang Youth League",
                        "s1.q3Zp0Xw9Lk2bYtR7vNcA1dEfGhJkMnOpQrStUvWxYz0",
                        brand, null, List.of(new ActivityCompleted.Participant(volunteer, new BigDecimal("2.5"), true, "Stayed to sort the litter")),
                        "6f1c2d3e-organizer-subject", AT, true, LocalDate.parse("2026-12-08")),
                new ActivityCompletedV1(occurrence, activity, XIANGFANG, "Riverside clean-up", DAY, "Songhua riverbank",
                        "Collected litter along 2 km of the bank", "ENVIRONMENT", "Xiangfang Youth League", "Wang Fang",
                        brand, null, List.of(new ActivityCompleted.Participant(volunteer, new BigDecimal("2.5"), true, "Stayed to sort the litter")),
                        "6f1c2d3e-organizer-subject", AT, true, LocalDate.parse("2026-12-08")),
                new RecordDeadlineMissed(occurrence, activity, XIANGFANG, AT, LocalDate.parse("2026-12-08")),
                new OccurrenceCancelled(occurrence, activity, XIANGFANG, volunteer, "Blizzard warning", AT),
                new OccurrenceClosed(occurrence, activity, XIANGFANG, brand, OccurrenceClosed.Outcome.HELD_WITH_NOBODY, AT),
                new OccurrenceRescheduled(occurrence, activity, XIANGFANG, volunteer,
                        OffsetDateTime.parse("2026-11-29T09:00:00+08:00"), OffsetDateTime.parse("2026-11-29T11:30:00+08:00"),
                        "Xiangfang community centre (indoors)", AT),
                new ActivitySeriesEnded(activity, XIANGFANG, brand, Instant.parse("2026-12-05T01:00:00Z"), "The riverbank is frozen", AT),
                new BrandCreated(brand, XIANGFANG, "Volunteer Service Saturday", "Every Saturday, a good deed", volunteer, AT),
                new BrandLeaderAppointed(brand, XIANGFANG, volunteer, AT),
                new BrandLeaderDismissed(brand, XIANGFANG, UUID.randomUUID(), AT),
                new GroupFormed(group, brand, XIANGFANG, "Riverside Guardians", volunteer, AT),
                new MemberJoined(group, brand, XIANGFANG, UUID.randomUUID(), AT),
                new MemberLeft(group, brand, XIANGFANG, UUID.randomUUID(), true, AT),
                new OrganizationJoined(UUID.randomUUID(), brand, XIANGFANG, "Xiangfang Red Cross Volunteers", AT),
                new WorkUnitRegistered(unit, XIANGFANG, "Harbin Bus Company No. 3 Depot", "ENTERPRISE", AT));
    }
}
