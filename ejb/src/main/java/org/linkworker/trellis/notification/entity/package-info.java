/**
 * What the application tells a person: a notification about something that concerns them (an entry
 * submitted to them, their entry verified or returned), read or not yet read.
 */
package org.linkworker.trellis.notification.entity;
