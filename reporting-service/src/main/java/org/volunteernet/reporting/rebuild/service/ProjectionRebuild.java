package org.volunteernet.reporting.rebuild.service;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.volunteernet.common.config.KafkaConnection;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.Topic;
import org.volunteernet.reporting.projection.service.ProjectionGate;
import org.volunteernet.reporting.projection.service.ProjectionTables;
import org.volunteernet.reporting.projection.service.Projections;

/**
 * Empties the report tables and replays volunteer.events, activity.events and brand.events from
 * their beginning through the same projections, in batches, with progress in the log and on the
 * API. Live consumption waits meanwhile (ProjectionGate) and afterwards skips, through the inbox,
 * what the replay already applied. One rebuild at a time per instance.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final int KEPT = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    /** "test." in tests; none in production (an empty default would count as missing, hence Optional). */
    @ConfigProperty(name = "volunteernet.messaging.topic-prefix")
    Optional<String> topicPrefix;

    @ConfigProperty(name = "volunteernet.reporting.rebuild.batch-size", defaultValue = "2000")
    int batchSize;

    @Inject
    ProjectionGate gate;

    @Inject
    ProjectionTables tables;

    @Inject
    Projections projections;

    private final AtomicReference<Job> running = new AtomicReference<>();
    private final Map<UUID, Job> recent = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Job> eldest) {
            return size() > KEPT;
        }
    };

    /** Starts a rebuild in the background; 409 while one is running. */
    public RebuildProgress start() {
        Job job = new Job();
        if (!running.compareAndSet(null, job)) {
            throw ProblemException.conflict("A rebuild is running: " + running.get().id);
        }
        synchronized (recent) {
            recent.put(job.id, job);
        }
        Thread worker = new Thread(() -> {
            try {
                run(job);
            } finally {
                running.set(null);
            }
        }, "reporting-rebuild");
        worker.setDaemon(true);
        worker.start();
        return job.progress();
    }

    public Optional<RebuildProgress> find(UUID id) {
        synchronized (recent) {
            return Optional.ofNullable(recent.get(id)).map(Job::progress);
        }
    }

    private void run(Job job) {
        Properties config = new Properties();
        config.putAll(KafkaConnection.of(kafkaConfig)); // as reporting-service's own principal
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(batchSize));
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild-" + job.id);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topicPrefix.orElse("") + topic.topicName());
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // Reaching Kafka and fixing the end before anything is emptied: a broker that is down fails the rebuild here.
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            job.total = partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
            LOG.infof("rebuild %s: replaying %,d events from %d partitions of %s", job.id, job.total, partitions.size(),
                    String.join(", ", partitions.stream().map(TopicPartition::topic).distinct().toList()));
            gate.exclusive(() -> {
                long emptying = System.nanoTime();
                tables.empty();
                job.emptyingNanos = System.nanoTime() - emptying;
                replay(job, consumer, end);
                return null;
            });
            job.finish(null);
            LOG.infof("rebuild %s: done, %,d events in %.1f s (%,d events/s), %,d not valid events passed over; "
                    + "emptying the tables %d ms, reading %d ms, parsing %d ms, applying %d ms (the reader waited for the applier %d ms); "
                    + "CPU of the reader %d ms, of the applier %d ms",
                    job.id, job.replayed, job.seconds(), job.rate(), job.invalid, job.emptyingNanos / 1_000_000,
                    job.readingNanos / 1_000_000, job.parsingNanos / 1_000_000, job.applyingNanos / 1_000_000,
                    job.readerWaitNanos / 1_000_000, job.readerCpuNanos / 1_000_000, job.applierCpuNanos / 1_000_000);
        } catch (RuntimeException e) {
            job.finish(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.errorf(e, "rebuild %s failed after %,d of %,d events; the reports are incomplete until a rebuild succeeds",
                    job.id, job.replayed, job.total);
        }
    }

    /**
     * Reads and parses batches on this thread while the batch before is applied on another, so that
     * the JSON work and the database work overlap (two cores). Batches are applied strictly in the
     * order they were read, one at a time; at most two wait. A batch that fails ends the replay.
     */
    private void replay(Job job, KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        BlockingQueue<Projections.ReplayBatch> parsed = new ArrayBlockingQueue<>(2);
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Projections.ReplayBatch last = new Projections.ReplayBatch(List.of(), 0);
        Thread applier = new Thread(() -> {
            try {
                for (Projections.ReplayBatch batch = parsed.take(); batch != last; batch = parsed.take()) {
                    if (failed.get() == null) {
                        long applying = System.nanoTime();
                        projections.applyReplayed(batch.events());
                        job.applyingNanos += System.nanoTime() - applying;
                        job.replayed += batch.events().size() + batch.invalid();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failed.set(e);
                parsed.clear(); // unblocks the reader; what remains is never applied
            } finally {
                job.applierCpuNanos = THREADS.getCurrentThreadCpuTime();
            }
        }, "reporting-rebuild-apply");
        applier.start();
        long readerCpu = THREADS.getCurrentThreadCpuTime();
        try {
            Instant nextProgress = NetworkClock.now().plus(PROGRESS_EVERY);
            while (failed.get() == null && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                List<byte[]> batch = new ArrayList<>();
                long reading = System.nanoTime();
                var records = consumer.poll(Duration.ofMillis(500));
                job.readingNanos += System.nanoTime() - reading;
                for (ConsumerRecord<String, byte[]> record : records) {
                    // what arrived after the start is left to live consumption
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record.value());
                    }
                }
                if (!batch.isEmpty()) {
                    long parsing = System.nanoTime();
                    Projections.ReplayBatch replayBatch = Projections.ReplayBatch.parse(batch);
                    job.parsingNanos += System.nanoTime() - parsing;
                    job.invalid += replayBatch.invalid();
                    long waiting = System.nanoTime();
                    while (failed.get() == null && !parsed.offer(replayBatch, 100, TimeUnit.MILLISECONDS)) {
                        // the applier is behind: wait for room
                    }
                    job.readerWaitNanos += System.nanoTime() - waiting;
                }
                if (NetworkClock.now().isAfter(nextProgress)) {
                    nextProgress = NetworkClock.now().plus(PROGRESS_EVERY);
                    LOG.infof("rebuild %s: %,d of %,d events (%d%%), %,d events/s", job.id, job.replayed, job.total,
                            job.total == 0 ? 100 : job.replayed * 100 / job.total, job.rate());
                }
            }
            while (failed.get() == null && !parsed.offer(last, 100, TimeUnit.MILLISECONDS)) {
                // wait for room for the end marker
            }
            job.readerCpuNanos = THREADS.getCurrentThreadCpuTime() - readerCpu;
            applier.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            applier.interrupt();
            throw new IllegalStateException("rebuild interrupted", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        long flushing = System.nanoTime();
        projections.flushReplayed(); // before live consumption resumes and commits its offsets past what was replayed
        job.applyingNanos += System.nanoTime() - flushing;
    }

    /** One rebuild's counters, written by its worker and read by the API. */
    private static final class Job {
        final UUID id = UUID.randomUUID();
        final Instant startedAt = NetworkClock.now();
        volatile long total;
        volatile long replayed;
        volatile long invalid;
        volatile Instant finishedAt;
        volatile String failure;
        // where the time went, for the log line at the end (each written by one thread only)
        volatile long emptyingNanos;
        volatile long readingNanos;
        volatile long parsingNanos;
        volatile long applyingNanos;
        volatile long readerWaitNanos;
        volatile long readerCpuNanos;
        volatile long applierCpuNanos;

        void finish(String failure) {
            this.failure = failure;
            this.finishedAt = NetworkClock.now();
        }

        double seconds() {
            return Duration.between(startedAt, finishedAt != null ? finishedAt : NetworkClock.now()).toMillis() / 1000.0;
        }

        long rate() {
            double seconds = seconds();
            return seconds <= 0 ? 0 : Math.round(replayed / seconds);
        }

        RebuildProgress progress() {
            RebuildProgress.State state = finishedAt == null ? RebuildProgress.State.RUNNING
                    : failure == null ? RebuildProgress.State.DONE : RebuildProgress.State.FAILED;
            return new RebuildProgress(id, state, total, replayed, invalid, rate(), startedAt, finishedAt, failure);
        }
    }
}
