package org.qcommons.notifications;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.qcommons.base.config.OncePerCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The outbox's schedule (decision 077): every {@code qcommons.outbox.retry-every} the incomplete publications older
 * than {@code retry-after} are resubmitted, whichever module's listener they are for; each night the completed
 * publications and old sent-mail records are deleted. Start-up resubmits the rest
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final SentMailPurge purge;
    private final OutboxProperties settings;
    private final Clock clock;
    private final OncePerCluster once;
    /** One resubmission at a time in this node: two would hand the same publication to its listener twice. */
    private final ReentrantLock resubmitting = new ReentrantLock();

    OutboxSchedule(
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            SentMailPurge purge,
            OutboxProperties settings,
            Clock clock,
            OncePerCluster once) {
        this.once = once;
        this.incomplete = incomplete;
        this.completed = completed;
        this.purge = purge;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(
                new FixedDelayTask(this::retryIncomplete, settings.retryEvery(), settings.retryEvery()));
        registrar.addCronTask(new CronTask(this::purgeCompleted, settings.purgeCron()));
    }

    /** Once per cluster (decision 084): another node's retry would hand the same publication over again. */
    void retryIncomplete() {
        // Held for most of a period, so that another node whose timer fires later in the same period finds it taken.
        Duration atLeast = settings.retryEvery().multipliedBy(9).dividedBy(10);
        once.run("outbox-retry", atLeast, atLeast.plus(Duration.ofMinutes(10)), this::retryHere);
    }

    private void retryHere() {
        if (!resubmitting.tryLock()) {
            return;
        }
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
        } catch (RuntimeException e) {
            log.warn(
                    "Resubmitting incomplete event publications failed: {}",
                    e.getClass().getSimpleName());
        } finally {
            resubmitting.unlock();
        }
    }

    void purgeCompleted() {
        once.run("outbox-purge", Duration.ofMinutes(5), Duration.ofHours(1), this::purgeHere);
    }

    private void purgeHere() {
        completed.deletePublicationsOlderThan(settings.keepCompleted());
        int deleted = purge.deleteOlderThan(clock.instant().minus(settings.keepSentMail()));
        if (deleted > 0) {
            log.info("Deleted {} sent-mail records older than {}", deleted, settings.keepSentMail());
        }
    }
}
