package org.volunteernet.common.ratelimit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource method whose callers are limited, each on their own: a signed-in caller by token
 * subject, an anonymous one by client address. Above the limit the answer is 429 problem+json with
 * {@code Retry-After}. The limit of operation {@code value} is {@code volunteernet.rate-limits.<value>.*}
 * (see {@link RateLimitConfig}).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface RateLimited {

    /** The operation's name in configuration, e.g. {@code certificate-issue}. */
    @Nonbinding
    String value();
}
