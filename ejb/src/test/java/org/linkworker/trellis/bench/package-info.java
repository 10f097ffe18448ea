/**
 * The national benchmark dataset (issue 10): a seeded generator that loads a database the size of
 * the profession (organisations, link workers at every stage with their supervisors, a course
 * catalogue, five years of CPD with claims, assessments, declarations) in JDBC batches, so that the
 * reports can be measured at scale. {@code bench/national-dataset.sh} runs it; {@link
 * org.linkworker.trellis.bench.NationalDatasetTest} keeps a small version of it honest.
 */
package org.linkworker.trellis.bench;
