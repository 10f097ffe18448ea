/**
 * The workforce's entities: requirement schemes (their window, parts and refresher items) and who
 * is under a scheme that applies to chosen people; and the reminders sent, each once.
 */
package org.linkworker.trellis.workforce.entity;
