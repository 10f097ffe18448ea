/**
 * MicroProfile health checks the server publishes under {@code /health}: the {@code
 * trellis-framework} check is ready once a current framework is loaded; its liveness side stays up
 * (restarting cannot load a framework or mend a database) and reports what it found.
 */
package org.linkworker.trellis.web.health;
