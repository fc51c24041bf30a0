package org.qcommons.projects;

import java.util.Optional;
import org.qcommons.base.ErrorIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** ETags for the open-data API, and RFC 9457 problem documents for its errors. */
@Configuration
class ProjectApiConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> projectApiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/api/projects", "/api/projects/*");
        bean.setName("projectApiEtags");
        return bean;
    }

    /**
     * Spring's handler turns binding errors (page=abc) and ResponseStatusExceptions into problem details; anything
     * unexpected becomes a 500 problem without internals, logged with an id.
     */
    @RestControllerAdvice(assignableTypes = ProjectApiController.class)
    static class Problems extends ResponseEntityExceptionHandler {

        private static final Logger log = LoggerFactory.getLogger(Problems.class);

        @ExceptionHandler(RuntimeException.class)
        ResponseEntity<Object> unexpected(RuntimeException e, WebRequest request) {
            if (e instanceof ResponseStatusException rse) {
                return handleErrorResponseException(rse, new HttpHeaders(), rse.getStatusCode(), request);
            }
            String id = ErrorIds.next();
            log.error("Open-data API error {}", id, e);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Quote error id " + id + ".");
            return ResponseEntity.status(500).body(problem);
        }

        @Override
        protected ResponseEntity<Object> handleExceptionInternal(
                Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
            ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
            return Optional.ofNullable(response)
                    .orElseGet(() -> ResponseEntity.status(statusCode).build());
        }
    }
}
