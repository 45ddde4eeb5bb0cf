package org.volunteernet.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * District codes for tests, from one counter that every test JVM on the machine shares (a locked
 * file), so that no two tests, no two modules and no two runs get the same code until 100,000 have
 * been handed out. The test topics outlive a run: a district drawn at random could meet an earlier
 * run's events there and count them. Codes are 900000-999999: GB/T 2260 has no province 9x (8x are
 * Hong Kong, Macao and Taiwan, which the ID-number rules treat apart).
 */
public final class TestDistricts {

    static final int FIRST = 900_000;
    static final int COUNT = 100_000;
    private static final Path COUNTER = Path.of(System.getProperty("java.io.tmpdir"), "volunteernet-test-districts.counter");

    private TestDistricts() {
    }

    /** A six-digit district code no other test on this machine has had recently. */
    public static synchronized String fresh() {
        return String.valueOf(FIRST + next(COUNTER));
    }

    /** The counter's next value in [0, COUNT): read, increment and write under an exclusive file lock. */
    static int next(Path counter) {
        try (FileChannel file = FileChannel.open(counter, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = file.lock()) {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            file.read(buffer, 0);
            String stored = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            // a new machine (or an emptied tmp) starts anywhere, so that it does not replay an old run's codes first
            int value = stored.isEmpty() ? ThreadLocalRandom.current().nextInt(COUNT) : Math.floorMod(Integer.parseInt(stored), COUNT);
            byte[] after = String.valueOf((value + 1) % COUNT).getBytes(StandardCharsets.US_ASCII);
            file.truncate(0);
            file.write(ByteBuffer.wrap(after), 0);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("test district counter " + counter, e);
        }
    }
}
