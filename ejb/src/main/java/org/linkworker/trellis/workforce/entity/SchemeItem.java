package org.linkworker.trellis.workforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One item of an employer's mandatory training: a competency that a counted entry must claim within
 * the refresher interval before the day asked about.
 */
@Embeddable
public class SchemeItem {

  /** The longest refresher interval: ten years. */
  public static final int MAX_MONTHS = 120;

  @NotBlank(message = "{scheme.item.competency.required}")
  @Size(max = Lengths.CODE)
  @Column(name = "competency_code", nullable = false, length = Lengths.CODE)
  private String competencyCode;

  @Min(value = 1, message = "{scheme.item.months.range}")
  @Max(value = MAX_MONTHS, message = "{scheme.item.months.range}")
  @Column(name = "refresher_months", nullable = false)
  private int refresherMonths;

  protected SchemeItem() {}

  public SchemeItem(String competencyCode, int refresherMonths) {
    this.competencyCode = Objects.requireNonNull(competencyCode, "competencyCode");
    this.refresherMonths = refresherMonths;
  }

  public String getCompetencyCode() {
    return competencyCode;
  }

  public int getRefresherMonths() {
    return refresherMonths;
  }
}
