/**
 * The application's own transactional edge: start-up ({@link
 * org.linkworker.trellis.platform.boundary.ApplicationStartup}), the schema migration and the
 * loading of the data set. It reaches components only through the interfaces of {@code
 * org.linkworker.trellis.platform.data}, so no component is below the platform.
 */
package org.linkworker.trellis.platform.boundary;
