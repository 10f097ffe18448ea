package org.linkworker.trellis.catalogue.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * How one provider's published courses cover a framework: the share of its competency × level pairs
 * with at least one of them, whole and per domain.
 */
@JsonbPropertyOrder({"provider", "framework", "pairs", "covered", "share", "domains"})
public record ProviderCoverage(
    String provider, String framework, int pairs, int covered, double share, List<Domain> domains)
    implements Serializable {

  public ProviderCoverage {
    domains = List.copyOf(domains);
  }

  /** One domain's part: its pairs and how many are covered. */
  @JsonbPropertyOrder({"code", "title", "pairs", "covered", "share"})
  public record Domain(String code, String title, int pairs, int covered, double share)
      implements Serializable {}

  static double share(int covered, int pairs) {
    return pairs == 0 ? 0 : (double) covered / pairs;
  }
}
