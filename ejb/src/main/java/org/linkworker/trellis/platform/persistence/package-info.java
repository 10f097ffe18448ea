/**
 * The database: the application-defined data source and the versioned schema migrations (Liquibase
 * changelog under {@code db/changelog}). The schema is never generated from the entities: every
 * change is a new change set. Rows written in bulk take time-ordered identifiers ({@link
 * org.linkworker.trellis.platform.persistence.TimeOrderedIds}).
 */
package org.linkworker.trellis.platform.persistence;
