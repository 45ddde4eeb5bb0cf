package org.volunteernet.volunteer.demo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.volunteernet.common.time.NetworkCalendar;
import org.volunteernet.volunteer.diary.domain.DiaryEntry;
import org.volunteernet.volunteer.diary.service.DiaryService;
import org.volunteernet.volunteer.diary.service.WriteDiaryEntry;
import org.volunteernet.volunteer.registration.domain.Volunteer;

/**
 * Gives the demo volunteers a year of diary: entries written through the diary's own code path
 * (so their DeedRecorded and DiaryEntryWritten events reach the reports), with more activity in
 * March than in other months but not only then, and some volunteers steadier than others.
 * Deterministic per volunteer; a volunteer who already has older entries is left alone.
 */
@ApplicationScoped
public class DemoDiaryHistory {

    private static final Logger LOG = Logger.getLogger(DemoDiaryHistory.class);

    private static final String[][] DEEDS = {
            {"NEIGHBOURHOOD", "Carried groceries upstairs for an elderly neighbour", "20"},
            {"NEIGHBOURHOOD", "Cleared snow from the courtyard path", "40"},
            {"ELDERLY_CARE", "Read the newspaper aloud at the day-care centre", "60"},
            {"ENVIRONMENT", "Picked up litter along the Songhua riverbank", "45"},
            {"TRAFFIC_SAFETY", "Helped children cross at the school gate", "30"},
            {"COMMUNITY", "Repaired a broken bench in the community garden", "50"},
            {"EDUCATION", "Tutored a neighbour's child in mathematics", "60"},
            {"AT_POST", "Stayed after my shift to help a lost passenger", "25"},
    };
    private static final String[][] SHORTCOMINGS = {
            {"Was impatient with a slow queue", "Took a breath and apologised"},
            {"Forgot a promise to call my grandmother", "Called her the next morning"},
            {"Left work tasks half done", null},
    };

    @Inject
    DiaryService diary;

    @Inject
    NetworkCalendar calendar;

    @Schema(name = "DemoDiaryHistorySummary")
    public record Summary(int volunteers, int entries) {
    }

    public Summary generate() {
        LocalDate today = calendar.today();
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> Volunteer.<Volunteer>listAll().stream()
                .map(v -> v.id).toList());
        int volunteers = 0;
        int entries = 0;
        for (UUID id : ids) {
            int written = QuarkusTransaction.requiringNew().call(() -> historyFor(Volunteer.findById(id), today));
            if (written > 0) {
                volunteers++;
                entries += written;
                LOG.infof("demo history: %d diary entries for volunteer %s", written, id);
            }
        }
        return new Summary(volunteers, entries);
    }

    private int historyFor(Volunteer volunteer, LocalDate today) {
        LocalDate windowStart = today.minusDays(DiaryEntry.EDITABLE_DAYS_AFTER + 1);
        if (DiaryEntry.count("volunteerId = ?1 and date < ?2", volunteer.id, windowStart) > 0) {
            return 0;
        }
        Random random = new Random(volunteer.id.getMostSignificantBits());
        double steadiness = 0.25 + random.nextDouble() * 0.45; // how often this volunteer writes outside March
        int written = 0;
        for (LocalDate day = today.minusDays(365); day.isBefore(windowStart); day = day.plusDays(1)) {
            double chance = day.getMonth() == Month.MARCH ? 0.85 : day.getMonth() == Month.APRIL ? 0.6 : steadiness;
            if (random.nextDouble() >= chance) {
                continue;
            }
            List<WriteDiaryEntry.DeedLine> deeds = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                String[] deed = DEEDS[random.nextInt(DEEDS.length)];
                deeds.add(new WriteDiaryEntry.DeedLine(deed[0], deed[1], Integer.parseInt(deed[2]), "AT_POST".equals(deed[0])));
            }
            List<WriteDiaryEntry.ShortcomingLine> shortcomings = new ArrayList<>();
            if (random.nextDouble() < 0.2) {
                String[] shortcoming = SHORTCOMINGS[random.nextInt(SHORTCOMINGS.length)];
                shortcomings.add(new WriteDiaryEntry.ShortcomingLine(shortcoming[0], shortcoming[1]));
            }
            String reflection = random.nextDouble() < 0.3 ? "A small deed, done every day, is what lasts." : null;
            diary.record(volunteer, new WriteDiaryEntry(day, deeds, shortcomings, reflection), "demo-history", today);
            written++;
        }
        return written;
    }
}
