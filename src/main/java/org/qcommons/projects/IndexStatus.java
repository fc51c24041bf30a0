package org.qcommons.projects;

/** Documents in the search index against rows in the database. */
public record IndexStatus(long indexedDocuments, long databaseRows) {
    public boolean inStep() {
        return indexedDocuments == databaseRows;
    }
}
