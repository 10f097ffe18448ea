/**
 * The catalogue's boundary: providers write and map their courses, everyone signed in searches the
 * published ones, sees provision per competency and level, and a provider imports a catalogue from
 * CSV as a batch job. Every method asks the identity component's {@code AccessPolicy} first.
 */
package org.linkworker.trellis.catalogue.boundary;
