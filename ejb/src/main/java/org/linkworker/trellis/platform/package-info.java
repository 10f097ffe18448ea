/**
 * Cross-cutting pieces every component may use: the business exception family and its messages,
 * paging, and the injectable clock. Depends on no component.
 */
package org.linkworker.trellis.platform;
