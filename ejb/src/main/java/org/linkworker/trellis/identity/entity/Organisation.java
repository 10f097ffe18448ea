package org.linkworker.trellis.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.UUID;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * An employer of link workers or a training provider; people belong to one (the steward to none).
 */
@Entity
@Table(name = "organisation")
@NamedQuery(
    name = Organisation.FIND_ALL,
    query = "select o from Organisation o order by o.name, o.id")
public class Organisation {

  public static final String FIND_ALL = "Organisation.findAll";

  /** The supervision interval of an organisation that has set none, in weeks. */
  public static final int DEFAULT_SUPERVISION_WEEKS = 6;

  /** The shortest and the longest supervision interval an organisation may set, in weeks. */
  public static final int MIN_SUPERVISION_WEEKS = 1;

  public static final int MAX_SUPERVISION_WEEKS = 52;

  @Id
  @Size(max = Lengths.IDENTIFIER, message = "{organisation.id.size}")
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotBlank(message = "{organisation.name.required}")
  @Size(max = Lengths.ORGANISATION_NAME, message = "{organisation.name.size}")
  @SingleLine
  @Column(name = "name", nullable = false, length = Lengths.ORGANISATION_NAME)
  private String name;

  @NotNull(message = "{organisation.kind.required}")
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = Lengths.ENUM)
  private OrganisationKind kind;

  /**
   * How many weeks may pass between a link worker's supervision sessions before they are overdue
   * (PRODUCT.md: Supervision record).
   */
  @Min(value = MIN_SUPERVISION_WEEKS, message = "{organisation.supervisionWeeks.range}")
  @Max(value = MAX_SUPERVISION_WEEKS, message = "{organisation.supervisionWeeks.range}")
  @Column(name = "supervision_weeks", nullable = false)
  private int supervisionWeeks = DEFAULT_SUPERVISION_WEEKS;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Organisation() {}

  /**
   * @param id a lower-case UUID: fixed for data-set organisations, random for new ones
   */
  public Organisation(String id, String name, OrganisationKind kind) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** A new organisation with a random identifier. */
  public static Organisation create(String name, OrganisationKind kind) {
    return new Organisation(UUID.randomUUID().toString(), name, kind);
  }

  /** Whether a person of this organisation may hold the role (the steward belongs to none). */
  public boolean admits(Role role) {
    return switch (role) {
      case LINK_WORKER, SUPERVISOR, EMPLOYER -> kind == OrganisationKind.EMPLOYER;
      case PROVIDER -> kind == OrganisationKind.PROVIDER;
      case STEWARD -> false;
    };
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public OrganisationKind getKind() {
    return kind;
  }

  /** The target interval between a link worker's supervision sessions, in weeks. */
  public int getSupervisionWeeks() {
    return supervisionWeeks;
  }

  /** Sets the target interval between supervision sessions; the caller has checked its range. */
  public void targetSupervisionEvery(int weeks) {
    if (weeks < MIN_SUPERVISION_WEEKS || weeks > MAX_SUPERVISION_WEEKS) {
      throw new IllegalArgumentException("weeks " + weeks);
    }
    this.supervisionWeeks = weeks;
  }

  public long getLockVersion() {
    return lockVersion;
  }

  @Override
  public String toString() {
    return "Organisation[" + id + "]";
  }
}
