package org.volunteernet.activity.demo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.volunteernet.activity.completion.service.CompletionService;
import org.volunteernet.activity.known.domain.KnownVolunteer;
import org.volunteernet.activity.schedule.domain.Activity;
import org.volunteernet.activity.schedule.domain.Occurrence;
import org.volunteernet.activity.schedule.domain.OccurrenceStatus;
import org.volunteernet.activity.signup.domain.Signup;
import org.volunteernet.activity.signup.domain.SignupStatus;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.ActivityCompleted;

/**
 * Gives the demo's past occurrences their attendance and completions: volunteers of the district
 * take seats (more of them in March), and the activity's organizer records the occurrence through
 * the completion code path, so ActivityCompleted reaches volunteer-service's service records and
 * the reports. Occurrences of the last two weeks stay unrecorded, for the overdue list. About one in
 * four has a walk-in, and about one in ten is a paper sheet back-entered today (late when past the
 * 10 working days of Decree 67 Art. 11); the others are recorded the day after.
 */
@ApplicationScoped
public class DemoAttendanceHistory {

    private static final Logger LOG = Logger.getLogger(DemoAttendanceHistory.class);
    static final Duration LEFT_UNRECORDED = Duration.ofDays(14);

    @Inject
    CompletionService completions;

    @Inject
    NetworkCalendar calendar;

    @Schema(name = "DemoAttendanceHistorySummary")
    public record Summary(int occurrences, int participations) {
    }

    public Summary generate() {
        Instant recordUntil = NetworkClock.now().minus(LEFT_UNRECORDED);
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> Occurrence.<Occurrence>list(
                "status = ?1 and end < ?2 order by start", OccurrenceStatus.SCHEDULED, recordUntil).stream()
                .map(o -> o.id).toList());
        int occurrences = 0;
        int participations = 0;
        for (UUID id : ids) {
            // locked as RecordDeadlines locks its candidates: the deadline watch (every 10 minutes, first 30 s after the
            // start, i.e. while the seed runs) marks these very occurrences; read unlocked, a row it marked meanwhile
            // failed this whole call with an optimistic-lock 409. Now one waits for the other, and its SKIP LOCKED
            // passes over the row held here.
            int recorded = QuarkusTransaction.requiringNew().call(() -> {
                Occurrence occurrence = Occurrence.findById(id, LockModeType.PESSIMISTIC_WRITE);
                return occurrence != null && occurrence.status == OccurrenceStatus.SCHEDULED ? attend(occurrence) : 0;
            });
            if (recorded > 0) {
                occurrences++;
                participations += recorded;
            }
        }
        LOG.infof("demo history: %d occurrences recorded with %d participations", occurrences, participations);
        return new Summary(occurrences, participations);
    }

    private int attend(Occurrence occurrence) {
        Activity activity = Activity.findById(occurrence.activityId);
        List<KnownVolunteer> district = new ArrayList<>(KnownVolunteer.list("district", activity.district));
        if (district.isEmpty()) {
            return 0;
        }
        Random random = new Random(occurrence.id.getMostSignificantBits());
        Collections.shuffle(district, random);
        Month month = calendar.dateOf(occurrence.start).getMonth();
        double share = month == Month.MARCH ? 0.9 : month == Month.APRIL ? 0.6 : 0.35;
        int count = Math.max(1, Math.min(occurrence.capacity, (int) Math.round(district.size() * share)));
        BigDecimal scheduled = BigDecimal.valueOf(Duration.between(occurrence.start, occurrence.end).toMinutes())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        List<ActivityCompleted.Participant> participants = new ArrayList<>();
        for (KnownVolunteer volunteer : district.subList(0, count)) {
            Signup signup = new Signup();
            signup.id = UUID.randomUUID();
            signup.occurrenceId = occurrence.id;
            signup.volunteerId = volunteer.volunteerId;
            signup.status = SignupStatus.CONFIRMED;
            signup.position = random.nextInt(Integer.MAX_VALUE);
            signup.signedUpAt = occurrence.start.minus(Duration.ofDays(2));
            signup.updatedAt = signup.signedUpAt;
            signup.checkedInAt = occurrence.start;
            signup.checkedOutAt = occurrence.end;
            signup.persist();
            occurrence.confirmed++;
            // some leave early: actual hours, travel excluded, never above the time on site
            BigDecimal hours = random.nextDouble() < 0.2 ? scheduled.subtract(new BigDecimal("0.5")).max(new BigDecimal("0.5")) : scheduled;
            participants.add(new ActivityCompleted.Participant(volunteer.volunteerId, hours));
        }
        // about one in four had a walk-in, a volunteer of the district who came without a seat
        if (district.size() > count && random.nextDouble() < 0.25) {
            participants.add(new ActivityCompleted.Participant(district.get(count).volunteerId, scheduled, true));
        }
        // recorded the day after, except about one in ten: a paper sheet back-entered today, late by Decree 67 Art. 11
        Instant recordedAt = random.nextDouble() < 0.1 ? NetworkClock.now() : occurrence.end.plus(Duration.ofDays(1));
        completions.record(occurrence, activity, participants, activity.organizerSubject, recordedAt);
        return participants.size();
    }
}
