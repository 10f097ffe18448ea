/**
 * The portfolio's entities: a link worker's CPD entries with their reflection, claims and evidence,
 * supervisors' direct assessments, supervision records, and annual declarations against the code of
 * practice.
 */
package org.linkworker.trellis.portfolio.entity;
