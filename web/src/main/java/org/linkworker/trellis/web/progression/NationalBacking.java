package org.linkworker.trellis.web.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;
import org.linkworker.trellis.progression.boundary.NationalPicture;
import org.linkworker.trellis.progression.boundary.ReportJob;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /progression/national.xhtml}, the steward's national picture: the latest completed
 * gap report of every organisation, with readiness by stage and the most common gaps as charts and
 * tables, readiness by organisation, and links to the whole report and its CSV ({@code
 * ?format=csv}). Before any such report, an empty state and the button that starts one (its
 * progress is followed on the gap reports page). Anyone but the steward gets the 403 page.
 */
@Named
@RequestScoped
public class NationalBacking {

  private GapSnapshotService snapshots;
  private CurrentCaller currentCaller;

  private String format;
  private NationalPicture picture;
  private boolean loaded;

  @Inject
  public NationalBacking(GapSnapshotService snapshots, CurrentCaller currentCaller) {
    this.snapshots = snapshots;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected NationalBacking() {}

  /** The page's view action; with {@code ?format=csv}, the report as CSV instead of the page. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      loaded = true;
      picture = snapshots.national(currentCaller.get()).orElse(null);
    } catch (AccessDeniedException refused) {
      Refusals.forbidden(context);
      return;
    }
    if ("csv".equals(Blank.orNull(format))) {
      if (picture == null) {
        Refusals.notFound(context);
        return;
      }
      Downloads.send(
          context,
          Csv.MEDIA_TYPE,
          "national-gap-report-" + picture.on() + ".csv",
          snapshots.csv(currentCaller.get(), picture.id()));
    }
  }

  /**
   * The start button: a new report of every organisation, followed on the gap reports page. It
   * becomes this page's picture once it completes.
   */
  public void start() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ReportJob started;
    try {
      started = snapshots.start(currentCaller.get(), null);
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, Texts.text("progression_national.start.refused"));
      return;
    }
    context
        .getExternalContext()
        .redirect(
            context.getExternalContext().getRequestContextPath()
                + "/progression/gap-reports.xhtml?id="
                + started.id());
  }

  /**
   * The picture, or null before any national report has completed. Read by the view action, or on
   * the start button's postback (where no view action runs) when first asked for.
   */
  public NationalPicture getPicture() {
    if (!loaded) {
      loaded = true;
      try {
        picture = snapshots.national(currentCaller.get()).orElse(null);
      } catch (AccessDeniedException refused) {
        picture = null;
      }
    }
    return picture;
  }

  /** The readiness chart's Chart.js configuration; the table beside it gives the same figures. */
  public String getStagesChart() {
    return stagesChart(getPicture());
  }

  /** The common gaps chart's Chart.js configuration; the table beside it gives the same figures. */
  public String getGapsChart() {
    return gapsChart(getPicture());
  }

  /**
   * Mean readiness, in whole per cent, of the workers reported against each stage, in the stages'
   * order: vertical bars from 0 to 100.
   */
  static String stagesChart(NationalPicture picture) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    if (picture != null) {
      for (NationalPicture.NationalStage stage : picture.byStage()) {
        labels.add(stage.title() == null ? stage.stage() : stage.title());
        values.add(wholePercent(stage.averageReadiness()));
      }
    }
    return chart(
        labels,
        values,
        Texts.text("progression_national.stages.chart.series"),
        Json.createObjectBuilder()
            .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)),
        false);
  }

  /**
   * How many workers have a gap in each of the most common competencies, the most common first:
   * horizontal bars, one per competency code, counted in whole workers.
   */
  static String gapsChart(NationalPicture picture) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    if (picture != null) {
      for (NationalPicture.NationalGap gap : picture.commonGaps()) {
        labels.add(gap.competency());
        values.add(gap.workers());
      }
    }
    return chart(
        labels,
        values,
        Texts.text("progression_national.gaps.chart.series"),
        Json.createObjectBuilder()
            .add(
                "x",
                Json.createObjectBuilder()
                    .add("min", 0)
                    .add("ticks", Json.createObjectBuilder().add("precision", 0))),
        true);
  }

  private static String chart(
      JsonArrayBuilder labels,
      JsonArrayBuilder values,
      String series,
      JsonObjectBuilder scales,
      boolean horizontal) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("maintainAspectRatio", false)
            .add("scales", scales);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", series)
                                .add("data", values)
                                .add("backgroundColor", "#005eb8"))))
        .add("options", options)
        .build()
        .toString();
  }

  /** A share as a whole percentage, rounded; 0 for none. */
  public long percent(Double share) {
    return wholePercent(share);
  }

  static long wholePercent(Double share) {
    return share == null ? 0 : Math.round(share * 100);
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
