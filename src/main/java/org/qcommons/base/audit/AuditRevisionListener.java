package org.qcommons.base.audit;

import org.hibernate.envers.RevisionListener;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "system" for start-up and scheduled work. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setUsername(auth == null ? "system" : auth.getName());
        revision.setMemberId(CurrentUser.memberId().orElse(null));
    }
}
