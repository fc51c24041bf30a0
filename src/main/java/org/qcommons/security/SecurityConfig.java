package org.qcommons.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.qcommons.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The open-data API is read-only and anonymous: a chain of its own that never creates a session, saves a
     * request or evaluates Vaadin's matchers, so a request costs the search and little else.
     */
    @Bean
    @Order(1)
    SecurityFilterChain openDataApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                // Nothing under /api changes state (other methods get 405 from MVC), so no CSRF token is needed.
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // An error dispatch (a 405 from the API, say) renders Boot's error document instead of a sign-in redirect.
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers(
                        "/api/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/styles/**",
                        "/images/**",
                        "/webjars/**",
                        "/calendar/**",
                        "/public/**",
                        // The load balancer's checks and the metrics scraper; neither is routed from outside.
                        "/actuator/health/**",
                        "/actuator/prometheus")
                .permitAll());
        // Headers are written by base.SecurityHeadersFilter, which also covers responses outside this chain.
        http.headers(headers -> headers.disable());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }

    /** Makes method-security and request denials visible to the security event log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /** bcrypt today, with the algorithm id stored beside each hash so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
