/**
 * The imports' entities: a file someone uploaded to be read by a batch job (kept with it, so that
 * the job can be restarted on any server), what became of its rows, and why each refused row was
 * refused.
 */
package org.linkworker.trellis.imports.entity;
