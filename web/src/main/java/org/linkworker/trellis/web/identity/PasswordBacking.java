package org.linkworker.trellis.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Objects;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /account/password.xhtml}: a signed-in person changes their own password. The
 * boundary checks the current password and the rules for the new one; the page only checks that the
 * new password was typed the same twice.
 */
@Named
@RequestScoped
public class PasswordBacking {

  /** The boundary's field names and the inputs of the page that hold them. */
  static final Map<String, String> INPUTS =
      Map.of(
          "currentPassword", "current-password",
          "newPassword", "new-password");

  private AccountService accounts;
  private CurrentCaller currentCaller;

  private String currentPassword;
  private String newPassword;
  private String confirmation;
  private boolean changed;

  @Inject
  public PasswordBacking(AccountService accounts, CurrentCaller currentCaller) {
    this.accounts = accounts;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected PasswordBacking() {}

  /** The form's action; back to the page with a confirmation (POST, redirect, GET). */
  public String change() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!Objects.equals(newPassword, confirmation)) {
      forget();
      FieldMessages.error(
          context, "confirm-password", Texts.text("account_password.confirm.mismatch"));
      return null;
    }
    try {
      accounts.changePassword(currentCaller.get(), currentPassword, newPassword);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
      return null;
    } finally {
      forget();
    }
    return "/account/password?faces-redirect=true&changed=true";
  }

  /** Passwords are never shown again, and kept no longer than the request needs them. */
  private void forget() {
    currentPassword = null;
    newPassword = null;
    confirmation = null;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  /** Whether the page follows a successful change ({@code ?changed=true}). */
  public boolean isChanged() {
    return changed;
  }

  public void setChanged(boolean changed) {
    this.changed = changed;
  }
}
