package org.volunteernet.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.volunteernet.common.problem.Problem;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * One SmallRye Fault Tolerance rate-limit guard (rolling window) per operation and caller, kept in a
 * bounded Caffeine cache so that a flood of distinct callers cannot exhaust memory.
 */
@ApplicationScoped
public class RateLimits {

    private final RateLimitConfig config;
    private final Cache<String, Guard> guards;

    public RateLimits(RateLimitConfig config) {
        this.config = config;
        Duration longest = config.operations().values().stream().map(RateLimitConfig.Limit::per)
                .max(Duration::compareTo).orElse(Duration.ofHours(1));
        this.guards = Caffeine.newBuilder().maximumSize(config.trackedCallers()).expireAfterAccess(longest.multipliedBy(2)).build();
    }

    /**
     * Runs {@code call} if {@code caller} is within the limit of {@code operation}, else throws a
     * 429 {@link TooManyRequests} that says when to retry.
     */
    @SuppressWarnings("unchecked")
    public <T> T within(String operation, String caller, Callable<T> call) throws Exception {
        RateLimitConfig.Limit limit = limitOf(operation);
        Guard guard = guards.get(operation + "\u0000" + caller, key -> Guard.create()
                .withRateLimit().limit(limit.requests()).window(limit.per().toMillis(), ChronoUnit.MILLIS)
                .type(RateLimitType.ROLLING).done()
                .build());
        try {
            return (T) guard.call((Callable<Object>) call, Object.class);
        } catch (RateLimitException e) {
            throw new TooManyRequests(operation, limit, Math.max(1, (e.getRetryAfterMillis() + 999) / 1000));
        }
    }

    /**
     * Counts one call of {@code operation} by {@code caller}, for a limit that applies to only some answers of a
     * method (e.g. its PDF form, not its JSON), where {@link RateLimited} would limit them all: a 429
     * {@link TooManyRequests} above the limit.
     */
    public void acquire(String operation, String caller) {
        try {
            within(operation, caller, () -> null);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    RateLimitConfig.Limit limitOf(String operation) {
        RateLimitConfig.Limit limit = config.operations().get(operation);
        if (limit == null) {
            limit = config.operations().get("default");
        }
        if (limit == null) {
            throw new IllegalStateException("no rate limit configured for " + operation + " and no volunteernet.rate-limits.default");
        }
        return limit;
    }

    /** 429: this caller made too many calls of one operation; {@code Retry-After} says when to try again. */
    public static class TooManyRequests extends ProblemException {

        private final long retryAfterSeconds;

        TooManyRequests(String operation, RateLimitConfig.Limit limit, long retryAfterSeconds) {
            super(ProblemKind.TOO_MANY_REQUESTS, "At most " + limit.requests() + " calls of " + operation + " per " + limit.per().toString().substring(2).toLowerCase()
                            + " for one caller; retry after " + retryAfterSeconds + " s",
                    List.<Problem.FieldError>of());
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
