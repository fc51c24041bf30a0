package org.qcommons.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.HashMap;
import java.util.Map;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({AccountsProperties.class, SecondFactorProperties.class})
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
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            QcommonsProperties settings,
            SecondFactorStep secondFactorStep)
            throws Exception {
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
                        "/unsubscribe",
                        "/public/**",
                        // The load balancer's checks and the metrics scraper; neither is routed from outside.
                        "/actuator/health/**",
                        "/actuator/prometheus")
                .permitAll());
        // Headers are written by base.SecurityHeadersFilter, which also covers responses outside this chain.
        http.headers(headers -> headers.disable());
        // One-click unsubscribe (RFC 8058) is a POST from a mail client: its signed token is the proof.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/unsubscribe"));
        // Login CSRF (decision 087): a sign-in posted from another site is refused before it is checked.
        http.addFilterBefore(new LoginOriginFilter(settings.baseUrl()), UsernamePasswordAuthenticationFilter.class);
        // Every signed-in session is in the registry, so ending a member's access can find and expire them all.
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessionRegistry));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
        // A right password on an enrolled account goes on to the code page instead of signing in (decision 111). Set
        // on the filter itself, after Vaadin's login-view setup (which must come first) has chosen its failure URL.
        http.formLogin(
                form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(secondFactorStep);
                        return filter;
                    }
                }));
        return http.build();
    }

    /** Makes method-security and request denials visible to the security event log. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * Argon2id for every new hash (no 72-byte limit, unlike bcrypt); bcrypt hashes still verify and are replaced at
     * the next sign-in (decision 085). {noop} only matches the unusable random hash an erased account is given.
     */
    @Bean
    @SuppressWarnings("deprecation")
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put("noop", NoOpPasswordEncoder.getInstance());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends or changes its id. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }
}
