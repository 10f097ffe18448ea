package org.linkworker.trellis.framework.control;

/**
 * The three files that make one framework in Trellis, read and checked against each other.
 *
 * @param codeOfPractice null when the framework comes without one
 */
public record FrameworkBundle(
    FrameworkDefinition framework,
    CodeOfPracticeDefinition codeOfPractice,
    FrameworkProfile profile) {}
