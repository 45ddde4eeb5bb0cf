package org.volunteernet.system;

import static org.volunteernet.system.BenchmarkTable.progress;
import static org.volunteernet.system.BenchmarkTable.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures 1 and 2 as the network's history grows (issue 8, goal 6; figure 3's growth is in
 * CityScaleBenchmark). The tables a deed grows on its way are the volunteer database's deeds and
 * reporting's inbox (one row per event applied): they are topped up with marked history rows to
 * 100,000 deeds times 1, 10 and 100 (-Dbench.growth=1,10,100), the write path and the event-to-report
 * time measured at each, and the history rows removed at the end.
 */
class GrowthBenchmark {

    static final List<Integer> FACTORS = Arrays.stream(System.getProperty("bench.growth", "1,10,100").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    static final long BASE_DEEDS = 100_000;
    static final int SECONDS = Integer.getInteger("bench.growth.seconds", 20);
    /** Marks the history rows, so that they and only they are removed afterwards. */
    static final String HISTORY = "benchmark-history";

    @BeforeAll
    static void volunteersToWriteFor() throws Exception {
        NetworkBenchmark.volunteersToWriteFor();
    }

    @AfterAll
    static void removeTheHistory() throws Exception {
        progress("growth: removing the history rows");
        try (Connection volunteer = Network.database("volunteer"); Statement s = volunteer.createStatement()) {
            s.execute("DELETE FROM deed WHERE recorded_by = '" + HISTORY + "'");
        }
        try (Connection reporting = Network.database("reporting"); Statement s = reporting.createStatement()) {
            s.execute("DELETE FROM processed_event WHERE event_type = '" + HISTORY + "'");
        }
        BenchmarkTable.print();
    }

    @Test
    void writePathAndEventToReportAsTheHistoryGrows() throws Exception {
        for (int factor : FACTORS) {
            long deeds = BASE_DEEDS * factor;
            long[] held = topUp(deeds);
            String label = String.format(Locale.ROOT, "growth %dx (%,d deeds, %,d inbox rows): ", factor, held[0], held[1]);
            double saturation = NetworkBenchmark.writePath(label, SECONDS);
            NetworkBenchmark.eventToReport(label, (int) Math.round(0.7 * saturation), SECONDS, true);
        }
    }

    /**
     * Adds history rows until the deeds table and reporting's inbox each hold {@code rows}: deeds of the
     * benchmark's volunteers from past years, and inbox rows of events that never were. Returns what they hold.
     */
    static long[] topUp(long rows) throws Exception {
        long started = System.nanoTime();
        long[] held = new long[2];
        try (Connection volunteer = Network.database("volunteer"); Statement s = volunteer.createStatement()) {
            long now = count(s, "SELECT count(*) FROM deed");
            if (now < rows) {
                progress("growth: adding %,d history deeds (to %,d)", rows - now, rows);
                try (PreparedStatement insert = volunteer.prepareStatement("""
                        INSERT INTO deed (id, volunteer_id, deed_date, category, description, minutes, at_post, verified, recorded_by, recorded_at)
                        SELECT gen_random_uuid(), v.ids[1 + n % cardinality(v.ids)], DATE '2020-01-01' + (n % 1500)::int,
                               'NEIGHBOURHOOD', 'History', 15, false, true, ?, now()
                        FROM (SELECT ?::uuid[] AS ids) AS v, generate_series(1, ?) AS n""")) {
                    insert.setString(1, HISTORY);
                    insert.setArray(2, volunteer.createArrayOf("text", NetworkBenchmark.volunteers.toArray()));
                    insert.setLong(3, rows - now);
                    insert.executeUpdate();
                }
                s.execute("ANALYZE deed");
            }
            held[0] = Math.max(now, rows);
        }
        try (Connection reporting = Network.database("reporting"); Statement s = reporting.createStatement()) {
            long now = count(s, "SELECT count(*) FROM processed_event");
            if (now < rows) {
                progress("growth: adding %,d history inbox rows to reporting (to %,d)", rows - now, rows);
                s.execute("INSERT INTO processed_event (consumer, event_id, event_type) SELECT 'reporting.district', gen_random_uuid(), '"
                        + HISTORY + "' FROM generate_series(1, " + (rows - now) + ")");
                s.execute("ANALYZE processed_event");
            }
            held[1] = Math.max(now, rows);
        }
        progress("growth: history in place after %.0f s", (System.nanoTime() - started) / 1e9);
        return held;
    }

    static long count(Statement s, String query) throws Exception {
        try (ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
