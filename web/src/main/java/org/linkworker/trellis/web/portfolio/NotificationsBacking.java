package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.notification.boundary.NotificationView;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /notifications.xhtml}: the signed-in person's notifications, newest first, a page at
 * a time, unread ones marked. Each links to what it is about; opening that marks it read. One
 * button marks them all read.
 */
@Named
@RequestScoped
public class NotificationsBacking {

  /** Notifications on one page. */
  static final int PAGE_SIZE = 25;

  private NotificationService notifications;
  private CurrentCaller currentCaller;

  private String offset;
  private boolean loaded;
  private List<NotificationView> items = List.of();
  private PageWindow window;

  @Inject
  public NotificationsBacking(NotificationService notifications, CurrentCaller currentCaller) {
    this.notifications = notifications;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected NotificationsBacking() {}

  /** The page's view action. */
  public void load() {
    read();
  }

  /** Read on first use too: a postback decodes the mark-all form, which shows only with items. */
  private void read() {
    loaded = true;
    int start = PageWindow.offsetOf(offset);
    Page<NotificationView> page = notifications.list(currentCaller.get(), false, start, PAGE_SIZE);
    items = page.items();
    window = new PageWindow(start, PAGE_SIZE, items.size(), page.total());
  }

  /** The "mark all read" button. */
  public void markAllRead() throws IOException {
    notifications.markAllRead(currentCaller.get());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/notifications.xhtml");
  }

  public List<NotificationView> getItems() {
    if (!loaded) {
      read();
    }
    return items;
  }

  public PageWindow getWindow() {
    if (!loaded) {
      read();
    }
    return window;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }
}
