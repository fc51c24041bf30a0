package org.qcommons.base.push;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the cluster profile.
 *
 * @param indexLag how long a save may take to reach the search index on every node (outbox polling indexes in the
 *     background); caches of search results are evicted again this long after a change, so that a page read before
 *     the index caught up is not kept. Zero with one node, whose index is updated before the save returns.
 */
@ConfigurationProperties("qcommons.cluster")
public record ClusterProperties(@DefaultValue("0s") Duration indexLag) {}
