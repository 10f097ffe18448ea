/**
 * The portfolio's entities: a link worker's CPD entries with their reflection, claims and evidence,
 * supervisors' direct assessments, and supervision records.
 */
package org.linkworker.trellis.portfolio.entity;
