package org.linkworker.trellis.framework.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.linkworker.trellis.framework.control.FrameworkProfile.StageDefinition;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.framework.entity.Lengths;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.JsonFields;

/**
 * Reads a framework profile ({@code *.trellis.json}, format {@value FrameworkProfile#FORMAT}): the
 * framework's code, currency, evidence rules and career stages. It is read after the CASE packages
 * it completes, and checked against them: it must name their documents, and every requirement a
 * competency code of the framework at one of its levels. Required levels never decrease from one
 * stage to the next, since a stage builds on the one before it.
 *
 * <pre>{@code
 * {"format": "trellis-framework-profile/1",
 *  "framework": {"document": "<CFDocument id>", "code": "LWCF", "current": true,
 *                "default": true, "currencyYears": 3, "evidenceThreshold": 2},
 *  "codeOfPractice": {"document": "<CFDocument id>"},
 *  "stages": [{"identifier": "<uuid>", "code": "TRAINEE", "title": "Trainee link worker",
 *              "order": 1, "requirements": {"PC.1": 1}}]}
 * }</pre>
 */
public class FrameworkProfileReader {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * Reads a profile.
   *
   * @param codeOfPractice the code of practice read with it, or null when there is none
   * @throws DataFileException naming the file and the item of the first problem
   */
  public FrameworkProfile read(
      DataFile file, FrameworkDefinition framework, CodeOfPracticeDefinition codeOfPractice) {
    CaseChecks check = new CaseChecks(file.name());
    JsonFields top = JsonFields.of(file);
    String format = top.string("format");
    if (!FrameworkProfile.FORMAT.equals(format)) {
      throw top.problem(
          "format is \"" + format + "\"; this version of Trellis reads " + FrameworkProfile.FORMAT);
    }
    JsonFields about = top.object("framework", "framework");
    String document = about.string("document");
    if (!document.equals(framework.id())) {
      throw about.problem(
          "document is "
              + document
              + ", but the framework package's CFDocument is "
              + framework.id());
    }
    String code = code(about, "code");
    boolean current = about.optionalBoolean("current", false);
    if (current && framework.document().status() != FrameworkStatus.PUBLISHED) {
      throw about.problem(
          "current is true, but the framework is "
              + framework.document().status()
              + "; only an adopted (published) framework can be current");
    }
    // The default framework is the data's to name (one profession's profile says so), never ours.
    boolean defaultFramework = about.optionalBoolean("default", false);
    int currencyYears =
        about.integer(
            "currencyYears", 1, Framework.MAX_CURRENCY_YEARS, Framework.DEFAULT_CURRENCY_YEARS);
    int evidenceThreshold =
        about.integer(
            "evidenceThreshold",
            1,
            Framework.MAX_EVIDENCE_THRESHOLD,
            Framework.DEFAULT_EVIDENCE_THRESHOLD);

    String codeOfPracticeId = codeOfPracticeId(top, codeOfPractice);
    List<StageDefinition> stages = stages(top, check, framework);
    return new FrameworkProfile(
        document,
        code,
        current,
        defaultFramework,
        currencyYears,
        evidenceThreshold,
        codeOfPracticeId,
        stages);
  }

  private static String codeOfPracticeId(JsonFields top, CodeOfPracticeDefinition codeOfPractice) {
    Optional<JsonFields> about = top.optionalObject("codeOfPractice", "codeOfPractice");
    if (about.isEmpty()) {
      if (codeOfPractice != null) {
        throw top.problem(
            "codeOfPractice is missing, but a code of practice ("
                + codeOfPractice.id()
                + ") is loaded with this framework");
      }
      return null;
    }
    String document = about.get().string("document");
    if (codeOfPractice == null) {
      throw about
          .get()
          .problem("names code of practice " + document + ", but none is loaded with it");
    }
    if (!document.equals(codeOfPractice.id())) {
      throw about
          .get()
          .problem(
              "document is "
                  + document
                  + ", but the code of practice package's CFDocument is "
                  + codeOfPractice.id());
    }
    return document;
  }

  private static List<StageDefinition> stages(
      JsonFields top, CaseChecks check, FrameworkDefinition framework) {
    List<JsonFields> entries = top.objects("stages");
    if (entries.isEmpty()) {
      throw top.problem("stages is missing or empty: a framework needs at least one career stage");
    }
    int levels = framework.levels().size();
    List<StageDefinition> stages = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    Map<String, String> seenCodes = new HashMap<>();
    Map<Integer, String> seenOrders = new HashMap<>();
    for (JsonFields entry : entries) {
      String code = code(entry, "code");
      JsonFields stage = entry.as("stage " + code);
      String id = stage.string("identifier");
      check.uuid(stage.item(), "identifier", id);
      String title = check.fits(stage.item(), "title", stage.string("title"), Lengths.TITLE);
      int order = stage.integer("order", 1, 1000);
      if (seenIds.putIfAbsent(id, code) != null) {
        throw stage.problem("identifier " + id + " is also stage " + seenIds.get(id) + "'s");
      }
      if (seenCodes.putIfAbsent(code, code) != null) {
        throw stage.problem("code " + code + " is used by two stages");
      }
      if (seenOrders.putIfAbsent(order, code) != null) {
        throw stage.problem("order " + order + " is also stage " + seenOrders.get(order) + "'s");
      }
      Map<String, Integer> requirements = new LinkedHashMap<>();
      stage
          .integerMembers("requirements")
          .forEach(
              (competency, level) -> {
                if (framework.findCompetencyByCode(competency).isEmpty()) {
                  throw stage.problem(
                      "requirements name competency "
                          + competency
                          + ", which is not in framework "
                          + framework.id());
                }
                if (level < 0 || level > levels) {
                  throw stage.problem(
                      "requirements."
                          + competency
                          + " is "
                          + level
                          + "; a required level is 1 to "
                          + levels
                          + " (or 0 or absent when not required)");
                }
                if (level > 0) {
                  requirements.put(competency, level);
                }
              });
      stages.add(new StageDefinition(id, code, title, order, requirements));
    }
    stages.sort(Comparator.comparingInt(StageDefinition::order));
    neverDecreasing(top, stages, framework);
    return stages;
  }

  private static void neverDecreasing(
      JsonFields top, List<StageDefinition> stages, FrameworkDefinition framework) {
    for (int index = 1; index < stages.size(); index++) {
      StageDefinition before = stages.get(index - 1);
      StageDefinition after = stages.get(index);
      framework
          .competencies()
          .forEach(
              competency -> {
                int earlier = before.requirements().getOrDefault(competency.code(), 0);
                int later = after.requirements().getOrDefault(competency.code(), 0);
                if (later < earlier) {
                  throw top.as("stage " + after.code())
                      .problem(
                          "requires "
                              + competency.code()
                              + " at level "
                              + later
                              + ", below the "
                              + earlier
                              + " that the stage before it ("
                              + before.code()
                              + ") requires; required levels never decrease along the stages");
                }
              });
    }
  }

  private static String code(JsonFields fields, String key) {
    String code = fields.string(key);
    if (code.length() > Lengths.CODE || !CODE.matcher(code).matches()) {
      throw fields.problem(
          key
              + " \""
              + code
              + "\" must be at most "
              + Lengths.CODE
              + " letters, digits, '.', '_' or '-'");
    }
    return code;
  }
}
