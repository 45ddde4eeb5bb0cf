package org.volunteernet.common.problem;

import jakarta.ws.rs.WebApplicationException;

/** For tests: the field a body-reading failure is answered with, as ProblemMappers picks it. */
public final class ProblemMappersPaths {

    private ProblemMappersPaths() {
    }

    /** The first errors[].field of the answer to {@code failure} met while reading a body. */
    public static String fieldOf(Throwable failure) {
        Problem problem = (Problem) new ProblemMappers()
                .webApplication(new WebApplicationException(failure, 400), null, null, null).getEntity();
        return problem.errors().get(0).field();
    }

    /** The first errors[].message of that answer. */
    public static String messageOf(Throwable failure) {
        Problem problem = (Problem) new ProblemMappers()
                .webApplication(new WebApplicationException(failure, 400), null, null, null).getEntity();
        return problem.errors().get(0).message();
    }

    public static String pathOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        return ProblemMappers.pathOf(e);
    }
}
