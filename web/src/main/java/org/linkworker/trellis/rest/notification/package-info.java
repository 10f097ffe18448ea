/** The signed-in person's notifications: listed, counted and marked read. */
package org.linkworker.trellis.rest.notification;
