/**
 * The authoring boundary: what the steward does to a framework as a whole — importing a CASE
 * package written elsewhere as a draft, giving it stages, publishing it, and comparing two versions
 * ({@code VersionDiffService}: what changed, and how many workers, CPD entries and courses each
 * change touches, read from the portfolio's and the catalogue's entities). Every method asks the
 * identity component's {@code AccessPolicy} first and records what it changed in the audit log (a
 * comparison changes nothing, so records nothing); the framework component does the reading and
 * storing of frameworks.
 */
package org.linkworker.trellis.authoring.boundary;
