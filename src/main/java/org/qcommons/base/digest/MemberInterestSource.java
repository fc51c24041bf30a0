package org.qcommons.base.digest;

import java.util.Collection;
import java.util.Map;

/**
 * A feature's part of what members are interested in, for the digest's "near you": the projects module knows their
 * topics, the skills module their skills. Asked once per page of members, so a run costs one query per page.
 */
public interface MemberInterestSource {

    /** The interests this feature knows for each of these members; members it knows nothing of may be left out. */
    Map<Long, MemberInterests> interestsOf(Collection<Long> memberIds);
}
