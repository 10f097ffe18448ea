package org.linkworker.trellis.load;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many of the virtual users take each role's journey: half link workers, a fifth supervisors, a
 * tenth each employers, providers and stewards (100 users: 50, 20, 10, 10, 10); with fewer users
 * every role keeps at least one while there are five.
 */
public final class LoadMix {

  private LoadMix() {}

  public static Map<LoadAccounts.Role, Integer> of(int users) {
    Map<LoadAccounts.Role, Integer> mix = new EnumMap<>(LoadAccounts.Role.class);
    int given = 0;
    for (LoadAccounts.Role role : LoadAccounts.Role.values()) {
      int n = (int) Math.floor(users * role.share());
      if (users >= LoadAccounts.Role.values().length) {
        n = Math.max(1, n);
      }
      mix.put(role, n);
      given += n;
    }
    // What rounding left over goes to the workers; what it took too much from them.
    mix.merge(LoadAccounts.Role.WORKER, users - given, Integer::sum);
    return mix;
  }
}
