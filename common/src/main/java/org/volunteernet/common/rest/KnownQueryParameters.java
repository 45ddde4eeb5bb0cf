package org.volunteernet.common.rest;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.volunteernet.common.problem.ProblemException;

/**
 * Refuses a query parameter the operation does not declare with a 400 naming it, as unknown JSON
 * fields are refused: a misspelt or unsupported filter ({@code ?idNumber=...} on a search that has no
 * such filter) must not silently answer the unfiltered list.
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
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!declared.contains(name)) {
                throw ProblemException.invalid(name, "is not a parameter of this operation"
                        + (declared.isEmpty() ? " (it takes none)" : "; it takes " + String.join(", ", declared)));
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
