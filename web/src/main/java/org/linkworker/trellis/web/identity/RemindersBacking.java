package org.linkworker.trellis.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.boundary.ReminderSettings;
import org.linkworker.trellis.identity.boundary.ReminderSettingsChange;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /account/reminders.xhtml}: a signed-in person gives the address their reminders are
 * emailed to, or none, and turns reminders by email on or off.
 */
@Named
@RequestScoped
public class RemindersBacking {

  /** The boundary's field names and the inputs of the page that hold them. */
  static final Map<String, String> INPUTS =
      Map.of("email", "email", "emailReminders", "email-reminders");

  private PeopleService people;
  private CurrentCaller currentCaller;

  private String email;
  private boolean emailReminders;
  private boolean saved;

  @Inject
  public RemindersBacking(PeopleService people, CurrentCaller currentCaller) {
    this.people = people;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected RemindersBacking() {}

  /** Fills the form with the settings as they are (not on the postback, which brings its own). */
  public void load() {
    if (!FacesContext.getCurrentInstance().isPostback()) {
      ReminderSettings settings = people.reminderSettings(currentCaller.get());
      email = settings.email();
      emailReminders = settings.emailReminders();
    }
  }

  /** The form's action; back to the page with a confirmation (POST, redirect, GET). */
  public String save() {
    return FieldMessages.attempt(
            FacesContext.getCurrentInstance(),
            INPUTS,
            () ->
                people.changeReminderSettings(
                    currentCaller.get(),
                    new ReminderSettingsChange(email == null ? "" : email, emailReminders)))
        .map(s -> "/account/reminders?faces-redirect=true&saved=true")
        .orElse(null);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEmailReminders() {
    return emailReminders;
  }

  public void setEmailReminders(boolean emailReminders) {
    this.emailReminders = emailReminders;
  }

  /** Whether the page follows a successful save ({@code ?saved=true}). */
  public boolean isSaved() {
    return saved;
  }

  public void setSaved(boolean saved) {
    this.saved = saved;
  }
}
