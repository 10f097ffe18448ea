/** Where backups are written: the server's settings for operations. */
package org.linkworker.trellis.operations.control;
