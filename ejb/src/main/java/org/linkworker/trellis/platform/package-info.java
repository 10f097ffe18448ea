/**
 * Cross-cutting pieces every component may use: the business exception family and its messages.
 * Depends on no component.
 */
package org.linkworker.trellis.platform;
