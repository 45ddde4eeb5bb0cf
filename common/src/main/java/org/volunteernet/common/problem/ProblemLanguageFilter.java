package org.volunteernet.common.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts every problem+json answer in the client's language ({@link ProblemLanguage}: zh-CN by default, en
 * by {@code Accept-Language}) and says which in {@code Content-Language}, whichever mapper or filter made it.
 */
public class ProblemLanguageFilter {

    @ServerResponseFilter
    public void localize(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        ProblemLanguage language;
        try {
            language = ProblemLanguage.negotiate(request.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            language = ProblemLanguage.ZH_CN;
        }
        response.setEntity(language.localize(problem));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
