package org.volunteernet.common.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.volunteernet.common.problem.ProblemException;

/**
 * Refuses a query parameter the operation does not declare with a 400 naming it, as unknown JSON
 * fields are refused: a misspelt or unsupported filter ({@code ?idNumber=...} on a search that has no
 * such filter) must not silently answer the unfiltered list. A parameter given twice is refused the
 * same way ({@code ?year=2026&year=2025} would otherwise answer for the first and look like the second),
 * as a JSON key given twice is: no operation here takes a list in its query.
 */
public class KnownQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!declared.contains(name)) {
                throw ProblemException.invalid(name, "is not a parameter of this operation"
                        + (declared.isEmpty() ? " (it takes none)" : "; it takes " + String.join(", ", declared)));
            }
            if (parameter.getValue().size() > 1) {
                throw ProblemException.invalid(name, "must be given once, not " + parameter.getValue().size() + " times");
            }
        }
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
            }
        }
        return names;
    }
}
