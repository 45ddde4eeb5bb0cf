package org.volunteernet.common.demo;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.volunteernet.common.config.LocalDevelopmentSecrets;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.problem.ProblemKind;

/**
 * The guard of every service's demo endpoints ({@code /api/v1/demo/...}, which stay in each service with
 * their own data): they answer only with {@code volunteernet.demo.enabled=true}, else 404 problem+json as
 * if absent. Never in production: a production start ({@link LaunchMode#NORMAL}) with the facility on is
 * refused unless it is the local stack ({@code volunteernet.local-development=true}, as deploy/local sets).
 */
@ApplicationScoped
public class DemoFacility {

    @Inject
    DemoConfig config;

    /** What a demo endpoint answers: {@code generate}'s result while the facility is on, else a 404. */
    public <T> T run(Supplier<T> generate) {
        if (!config.enabled()) {
            throw new ProblemException(ProblemKind.NOT_FOUND, "The demo facility is off", List.of());
        }
        return generate.get();
    }

    void refuseInProduction(@Observes StartupEvent started) {
        boolean localDevelopment = ConfigProvider.getConfig()
                .getOptionalValue(LocalDevelopmentSecrets.ALLOW, Boolean.class).orElse(false);
        if (!allowed(LaunchMode.current(), config.enabled(), localDevelopment)) {
            throw new IllegalStateException("Refusing to start: volunteernet.demo.enabled (VOLUNTEERNET_DEMO_ENABLED) is for "
                    + "the local stack only and writes made-up data; unset it in production");
        }
    }

    /** Whether a service may start: the facility off, or on outside production, or on the local stack. */
    static boolean allowed(LaunchMode mode, boolean demoEnabled, boolean localDevelopment) {
        return !demoEnabled || mode != LaunchMode.NORMAL || localDevelopment;
    }
}
