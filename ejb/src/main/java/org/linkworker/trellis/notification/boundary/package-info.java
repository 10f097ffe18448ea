/**
 * Notifications: other components' boundaries send them in their own transaction; a person reads
 * and marks their own, and nobody else's.
 */
package org.linkworker.trellis.notification.boundary;
