package org.qcommons.projects;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractPostDatabaseOperationEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns Hibernate's committed inserts, updates and deletes of what the register shows (projects, members, regions,
 * STPs, topics, methods) into {@link RegisterChanged} events. Every change to those rows goes through JPA, erasure
 * included, so a rename or an erasure shows in the very next search without the owning features knowing of the
 * register. A failed commit is reported too: what was read during it may be wrong.
 */
@Component
class RegisterChangeFeed
        implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

    private final ApplicationEventPublisher events;

    RegisterChangeFeed(EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
        this.events = events;
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, this);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, this);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, this);
    }

    private static RegisterChanged.What what(Class<?> type) {
        if (type == Project.class) return RegisterChanged.What.PROJECT;
        if (type == Member.class) return RegisterChanged.What.MEMBER;
        if (type == Region.class || type == Stp.class || type == Topic.class || type == QiMethod.class) {
            return RegisterChanged.What.REFERENCE;
        }
        return null;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return what(persister.getMappedClass()) != null;
    }

    private void changed(AbstractPostDatabaseOperationEvent event) {
        RegisterChanged.What what = what(event.getPersister().getMappedClass());
        if (what != null) {
            events.publishEvent(new RegisterChanged(what, event.getId()));
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event);
    }

    @Override
    public void onPostInsertCommitFailed(PostInsertEvent event) {
        changed(event);
    }

    @Override
    public void onPostUpdateCommitFailed(PostUpdateEvent event) {
        changed(event);
    }

    @Override
    public void onPostDeleteCommitFailed(PostDeleteEvent event) {
        changed(event);
    }
}
