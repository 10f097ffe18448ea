package org.linkworker.trellis.web.progression;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.progression.boundary.NationalPicture;
import org.linkworker.trellis.progression.boundary.NationalPicture.NationalGap;
import org.linkworker.trellis.progression.boundary.NationalPicture.NationalStage;

/** The national picture's two charts, as the Chart.js configurations the page hands PrimeFaces. */
class NationalBackingTest {

  private static final NationalPicture PICTURE =
      new NationalPicture(
          "s1",
          LocalDate.of(2026, 11, 25),
          "COMPLETED",
          Instant.parse("2026-11-25T10:00:00Z"),
          Instant.parse("2026-11-25T10:01:00Z"),
          3,
          1,
          0.5,
          List.of(
              new NationalStage("LINK_WORKER", "Link worker", 2, 1, 0.666),
              new NationalStage("GONE", null, 1, 0, null)),
          List.of(
              new NationalGap("PC.3", "Listens", "PC", "Person-centred", 3, 5),
              new NationalGap("CC.1", "Connects", "CC", "Community", 1, 1)),
          List.of(),
          "/api/reports/gap-reports/s1");

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void theReadinessChartHasABarPerStageInWholePerCentNamedByTitle() {
    JsonObject chart = json(NationalBacking.stagesChart(PICTURE));

    assertThat(chart.getString("type")).isEqualTo("bar");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("Link worker", "GONE");
    assertThat(
            data.getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getValuesAs(jakarta.json.JsonNumber::intValue))
        .containsExactly(67, 0);
    JsonObject options = chart.getJsonObject("options");
    assertThat(options.containsKey("indexAxis")).isFalse();
    assertThat(options.getJsonObject("scales").getJsonObject("y").getInt("max")).isEqualTo(100);
  }

  @Test
  void theGapsChartLaysABarPerCompetencyOnItsSideCountingWorkers() {
    JsonObject chart = json(NationalBacking.gapsChart(PICTURE));

    assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("PC.3", "CC.1");
    assertThat(
            data.getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getValuesAs(jakarta.json.JsonNumber::intValue))
        .containsExactly(3, 1);
    assertThat(data.getJsonArray("datasets").getJsonObject(0).getString("label"))
        .isEqualTo("Link workers with a gap");
  }

  @Test
  void withoutAPictureBothChartsAreEmpty() {
    assertThat(json(NationalBacking.stagesChart(null)).getJsonObject("data").getJsonArray("labels"))
        .isEmpty();
    assertThat(json(NationalBacking.gapsChart(null)).getJsonObject("data").getJsonArray("labels"))
        .isEmpty();
  }
}
