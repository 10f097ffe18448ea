package org.linkworker.trellis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CodeOfPracticeView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StandardView;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/**
 * A small framework for tests: two domains, three competencies (PC.1 and PC.10 so that code
 * prefixes can be told apart), three levels, two stages listed out of order, and a code of practice
 * with one standard that names a competency the framework does not hold.
 */
public final class SampleFramework {

  private SampleFramework() {}

  public static FrameworkOutline outline() {
    return outline(true, codeOfPractice());
  }

  public static FrameworkOutline outline(boolean current, CodeOfPracticeView codeOfPractice) {
    return new FrameworkOutline(
        "doc-1",
        "TEST",
        "2",
        "Test framework",
        "A framework for tests.",
        FrameworkStatus.PUBLISHED,
        current,
        List.of(
            new LevelView(1, "Foundation"),
            new LevelView(2, "Practitioner"),
            new LevelView(3, "Experienced")),
        List.of(
            new DomainView(
                "d-pc",
                "PC",
                "Person-centred practice",
                List.of(
                    competency(
                        "PC.1",
                        "Listens to what matters to the person",
                        "Listens with guidance in routine conversations.",
                        "Listens independently across a normal caseload.",
                        "Listens well in complex situations and coaches others."),
                    competency(
                        "PC.10",
                        "Agrees goals with the person",
                        "Agrees simple goals with support.",
                        "Agrees goals independently.",
                        "Agrees goals when circumstances are complex."))),
            new DomainView(
                "d-cc",
                "CC",
                "Community connection",
                List.of(
                    competency(
                        "CC.1",
                        "Connects people to community groups",
                        "Knows the local café and lunch clubs.",
                        "Keeps a current map of community groups.",
                        "Helps groups that are missing come into being.")))),
        List.of(
            new StageView(
                "s-2",
                "LINK_WORKER",
                "Link worker",
                2,
                requirements("PC.1", 2, "PC.10", 1, "CC.1", 2)),
            new StageView(
                "s-1", "TRAINEE", "Trainee link worker", 1, requirements("PC.1", 1, "CC.1", 1))),
        codeOfPractice);
  }

  public static CodeOfPracticeView codeOfPractice() {
    return new CodeOfPracticeView(
        "cop-1",
        "Code of practice",
        "1",
        List.of(
            new StandardView(
                "st-1",
                "CP.1",
                "Listening to what matters",
                List.of("Gives people time to say what matters to them.", "Checks understanding."),
                List.of("PC.1", "XX.9"))));
  }

  private static CompetencyView competency(String code, String statement, String... descriptors) {
    TreeMap<Integer, String> byLevel = new TreeMap<>();
    for (int i = 0; i < descriptors.length; i++) {
      byLevel.put(i + 1, descriptors[i]);
    }
    return new CompetencyView("c-" + code, code, statement, byLevel);
  }

  private static Map<String, Integer> requirements(Object... codeThenLevel) {
    Map<String, Integer> requirements = new LinkedHashMap<>();
    for (int i = 0; i < codeThenLevel.length; i += 2) {
      requirements.put((String) codeThenLevel[i], (Integer) codeThenLevel[i + 1]);
    }
    return requirements;
  }
}
