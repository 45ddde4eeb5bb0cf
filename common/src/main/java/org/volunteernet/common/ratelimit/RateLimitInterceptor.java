package org.volunteernet.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Applies {@link RateLimited}: the caller is the token's subject, or for an anonymous call the client
 * address (behind a proxy, configure {@code quarkus.http.proxy.*} so that this is the client's).
 */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RateLimitInterceptor {

    @Inject
    RateLimits limits;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        RateLimited limited = invocation.getMethod().getAnnotation(RateLimited.class);
        if (limited == null) {
            limited = invocation.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
        }
        String caller = identity.isAnonymous()
                ? "address:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress())
                : "subject:" + identity.getPrincipal().getName();
        return limits.within(limited.value(), caller, invocation::proceed);
    }
}
