package org.linkworker.trellis.web.identity;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.IssuedToken;
import org.linkworker.trellis.identity.boundary.TokenView;
import org.linkworker.trellis.identity.entity.AccessToken;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /account/tokens.xhtml}: the signed-in person's personal access tokens for the API,
 * issuing a new one and revoking one.
 *
 * <p>View scoped, so that a revoke button acts on the token of the row the person saw, even if a
 * token was issued in another tab meanwhile; the rows are this class's own serialisable records, so
 * that holds too after another server restored the session. A new token's secret is shown once, in
 * the answer to the request that issued it: it lives in that request only, never in the view or the
 * session.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How long a token lasts unless the person says otherwise. */
  static final int DEFAULT_DAYS = 90;

  /** The boundary's field names and the inputs of the page that hold them. */
  static final Map<String, String> INPUTS = Map.of("name", "token-name", "days", "token-days");

  /** Where the new token waits for the page, for the one request that shows it. */
  static final String ISSUED = TokensBacking.class.getName() + ".issued";

  private AccountService accounts;
  private CurrentCaller currentCaller;

  private List<TokenRow> tokens;
  private String name;
  private Integer days = DEFAULT_DAYS;
  private boolean revoked;

  @Inject
  public TokensBacking(AccountService accounts, CurrentCaller currentCaller) {
    this.accounts = accounts;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected TokensBacking() {}

  /** The page's view action. */
  public void load() {
    tokens = rows(accounts.tokens(currentCaller.get()), Clock.systemUTC().instant());
  }

  /** The create form's action: the page again, showing the secret once. */
  public String issue() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      IssuedToken issued =
          accounts.issueToken(currentCaller.get(), name, days == null ? DEFAULT_DAYS : days);
      context.getExternalContext().getRequestMap().put(ISSUED, issued);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(context, InvalidInputException.of(invalid), INPUTS);
      return null;
    }
    name = null;
    days = DEFAULT_DAYS;
    load();
    return null;
  }

  /** A row's revoke button. */
  public String revoke(TokenRow row) {
    try {
      accounts.revokeToken(currentCaller.get(), row.id());
    } catch (NotVisibleException gone) {
      FieldMessages.error(
          FacesContext.getCurrentInstance(), null, Texts.text("account_tokens.revoke.gone"));
      load();
      return null;
    }
    return "/account/tokens?faces-redirect=true&revoked=true";
  }

  /** Rows for the tokens, in the boundary's order (newest first). */
  static List<TokenRow> rows(List<TokenView> tokens, Instant now) {
    return tokens.stream().map(token -> TokenRow.of(token, now)).toList();
  }

  public List<TokenRow> getTokens() {
    if (tokens == null) {
      load();
    }
    return tokens;
  }

  /** The token issued by this request, with its secret, or null. */
  public IssuedToken getIssued() {
    return (IssuedToken)
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(ISSUED);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  /** Whether the page follows a revocation ({@code ?revoked=true}). */
  public boolean isRevoked() {
    return revoked;
  }

  public void setRevoked(boolean revoked) {
    this.revoked = revoked;
  }

  /** The largest number of days a token may last, for the form's bound and its messages. */
  public int getMaxDays() {
    return AccessToken.MAX_DAYS;
  }

  /** A token as a table row, and whether it can still be used. */
  public record TokenRow(
      String id,
      String name,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      boolean revoked,
      boolean expired,
      String elementId)
      implements Serializable {

    private static final long serialVersionUID = 1L;

    static TokenRow of(TokenView token, Instant now) {
      boolean revoked = token.revokedAt() != null;
      boolean expired = !revoked && token.expiresAt() != null && !token.expiresAt().isAfter(now);
      return new TokenRow(
          token.id(),
          token.name(),
          token.createdAt(),
          token.expiresAt(),
          token.revokedAt(),
          revoked,
          expired,
          RowIds.of("token", token.id()));
    }

    public boolean isActive() {
      return !revoked && !expired;
    }
  }
}
