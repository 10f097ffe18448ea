/**
 * The framework component's REST resources ({@code /api/frameworks}) and their payload records
 * ({@code *View}), which fix the field names API.md promises independently of the boundary's
 * records.
 */
package org.linkworker.trellis.rest.framework;
