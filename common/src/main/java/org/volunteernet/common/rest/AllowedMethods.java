package org.volunteernet.common.rest;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's endpoints as its resource classes declare them (class and method {@code @Path}, the HTTP
 * method, {@code @Consumes}, {@code @Produces}), read once from the CDI beans that Quarkus REST makes of the
 * resources. Quarkus REST's own 405, 415 and 406 say neither which methods a path supports (no
 * {@code Allow} header, RFC 9110 §15.5.6) nor what it accepts; the refusals take both from here.
 */
public final class AllowedMethods {

    /** One resource method: its path as a regular expression, its HTTP method and media types. */
    record Endpoint(Pattern path, String method, List<String> consumes, List<String> produces) {
    }

    private static volatile List<Endpoint> endpoints;

    private AllowedMethods() {
    }

    /** The {@code Allow} header for {@code path}: its methods, HEAD with GET, OPTIONS; empty for an unknown path. */
    public static String allow(String path) {
        Set<String> methods = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                methods.add(endpoint.method());
                if (endpoint.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return String.join(", ", methods);
    }

    /** The media types {@code method} on {@code path} accepts as its body (application/json when it declares none). */
    public static Set<String> consumes(String path, String method) {
        return mediaTypes(path, method, Endpoint::consumes);
    }

    /** The media types {@code method} on {@code path} answers with (application/json when it declares none). */
    public static Set<String> produces(String path, String method) {
        return mediaTypes(path, method, Endpoint::produces);
    }

    private static Set<String> mediaTypes(String path, String method,
            java.util.function.Function<Endpoint, List<String>> types) {
        Set<String> found = new LinkedHashSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.method().equalsIgnoreCase(method) && endpoint.path().matcher(path).matches()) {
                found.addAll(types.apply(endpoint).isEmpty() ? List.of("application/json") : types.apply(endpoint));
            }
        }
        return found.isEmpty() ? Set.of("application/json") : found;
    }

    private static List<Endpoint> endpoints() {
        List<Endpoint> known = endpoints;
        if (known == null) {
            ArcContainer container = Arc.container();
            if (container == null) {
                return List.of();
            }
            known = new ArrayList<>();
            for (Bean<?> bean : container.beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                if (type.isAnnotationPresent(Path.class)) {
                    known.addAll(endpointsOf(type));
                }
            }
            endpoints = known = List.copyOf(known);
        }
        return known;
    }

    static List<Endpoint> endpointsOf(Class<?> resource) {
        List<Endpoint> found = new ArrayList<>();
        String root = resource.getAnnotation(Path.class).value();
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = join(root, sub == null ? "" : sub.value());
            found.add(new Endpoint(pattern(template), httpMethod,
                    types(method.getAnnotation(Consumes.class), resource.getAnnotation(Consumes.class)),
                    types(method.getAnnotation(Produces.class), resource.getAnnotation(Produces.class))));
        }
        return found;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> types(Annotation onMethod, Annotation onClass) {
        Annotation declared = onMethod != null ? onMethod : onClass;
        if (declared instanceof Consumes consumes) {
            return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
        }
        if (declared instanceof Produces produces) {
            return Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
        }
        return List.of();
    }

    static String join(String root, String sub) {
        String path = "/" + root.replaceAll("^/+|/+$", "") + (sub.isEmpty() ? "" : "/" + sub.replaceAll("^/+|/+$", ""));
        return path.equals("/") ? path : path.replaceAll("/+$", "");
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    /** A JAX-RS path template as a regular expression: {@code {id}} is one segment, {@code {x: re}} is re. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).strip()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
