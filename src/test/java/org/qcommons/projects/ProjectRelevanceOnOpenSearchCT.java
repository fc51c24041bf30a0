package org.qcommons.projects;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * The relevance suite again, on OpenSearch (issue 22: it passes on both backends). Same mapping, same analysis
 * definition (SearchAnalysis), the cluster's OpenSearch server; indexing is synchronous here, as in the Lucene run,
 * and the test's index has its own name so that the cluster's is left alone. Run by the cluster profile only.
 */
@TestPropertySource(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
            "spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:${cluster.search.port:9201}",
            "spring.jpa.properties.hibernate.search.backend.protocol=http",
            "spring.jpa.properties.hibernate.search.backend.version=opensearch:2.19",
            "spring.jpa.properties.hibernate.search.backend.version_check.enabled=false",
            "spring.jpa.properties.hibernate.search.backend.analysis.configurer=class:org.qcommons.base.search.SearchAnalysisOpenSearch",
            "spring.jpa.properties.hibernate.search.backend.layout.strategy=class:org.qcommons.projects.ProjectRelevanceOnOpenSearchCT$TestIndexNames",
            "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
            "spring.jpa.properties.hibernate.search.configuration_property_checking.strategy=ignore"
        })
class ProjectRelevanceOnOpenSearchCT extends ProjectRelevanceIT {

    /** The cluster's index names with a "relevance-test-" prefix. */
    public static class TestIndexNames implements IndexLayoutStrategy {

        private static final String PREFIX = "relevance-test-";

        @Override
        public String createInitialElasticsearchIndexName(String name) {
            return PREFIX + name + "-000001";
        }

        @Override
        public String createWriteAlias(String name) {
            return PREFIX + name + "-write";
        }

        @Override
        public String createReadAlias(String name) {
            return PREFIX + name + "-read";
        }

        @Override
        public String extractUniqueKeyFromHibernateSearchIndexName(String name) {
            return PREFIX + name;
        }

        @Override
        public String extractUniqueKeyFromElasticsearchIndexName(String name) {
            return name.replaceFirst("-\\d{6}$", "");
        }
    }
}
