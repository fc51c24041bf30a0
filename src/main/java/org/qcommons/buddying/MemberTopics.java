package org.qcommons.buddying;

import java.util.Set;

/**
 * The project topics (medical conditions or issues) a member has worked on. The project register provides the
 * real implementation; until it is wired in, {@link BuddyingConfig} supplies one that knows no topics.
 */
public interface MemberTopics {

    Set<String> topicsOf(Long memberId);
}
