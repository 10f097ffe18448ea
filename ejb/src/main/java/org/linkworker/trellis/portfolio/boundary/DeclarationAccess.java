package org.linkworker.trellis.portfolio.boundary;

import java.time.LocalDate;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CodeOfPracticeView;

/**
 * A worker's declarations as their page needs them: the current membership year, whether it is
 * declared for, whether the caller may declare, and the code of practice to declare against.
 *
 * @param owner the worker's display name
 * @param username the worker's username
 * @param year the current membership year, by the year it starts in
 * @param from its first day
 * @param to its last day
 * @param due a link worker who has not declared for the current membership year
 * @param mayDeclare the worker themself, while due and while there is a code to declare against
 * @param current the declaration for the current year, or null
 * @param framework the code of the worker's framework, or null when there is none
 * @param version its version, or null
 * @param codeOfPractice its code of practice, or null when it has none
 */
public record DeclarationAccess(
    String owner,
    String username,
    int year,
    LocalDate from,
    LocalDate to,
    boolean due,
    boolean mayDeclare,
    DeclarationView current,
    String framework,
    String version,
    CodeOfPracticeView codeOfPractice) {}
