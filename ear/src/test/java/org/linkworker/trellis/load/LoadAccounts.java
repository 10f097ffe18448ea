package org.linkworker.trellis.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts the virtual users sign in as: a text file, one account a line, {@code role username
 * password [supervisor]} separated by whitespace ({@code #} starts a comment), the role one of
 * {@link Role}'s names, and for a worker the username of their supervisor. Workers, supervisors and
 * providers write, so each is given to one virtual user only (a run needs as many as its users of
 * that role); employers and stewards only read and are shared round-robin.
 *
 * <p>The supervisors chosen are those with the most workers in the file, and the workers chosen are
 * theirs first (taken in turn from each), so that what the workers submit reaches the queues the
 * supervisors clear.
 */
public final class LoadAccounts {

  /** A journey's role, its share of the users, and whether its accounts may be shared. */
  public enum Role {
    WORKER("worker", 0.5, false),
    SUPERVISOR("supervisor", 0.2, false),
    EMPLOYER("employer", 0.1, true),
    PROVIDER("provider", 0.1, false),
    STEWARD("steward", 0.1, true);

    private final String label;
    private final double share;
    private final boolean shared;

    Role(String label, double share, boolean shared) {
      this.label = label;
      this.share = share;
      this.shared = shared;
    }

    public String label() {
      return label;
    }

    double share() {
      return share;
    }
  }

  /** One account; a worker's supervisor, or null. */
  public record Account(Role role, String username, String password, String supervisor) {

    public Account(Role role, String username, String password) {
      this(role, username, password, null);
    }
  }

  private final Map<Role, List<Account>> byRole = new EnumMap<>(Role.class);

  private LoadAccounts(List<Account> accounts) {
    for (Role role : Role.values()) {
      byRole.put(role, new ArrayList<>());
    }
    accounts.forEach(a -> byRole.get(a.role()).add(a));
  }

  public static LoadAccounts read(Path file) {
    try {
      List<Account> accounts = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] parts = text.split("\\s+");
        if (parts.length != 3 && parts.length != 4) {
          throw new IllegalArgumentException("not 'role username password [supervisor]': " + line);
        }
        accounts.add(
            new Account(
                Role.valueOf(parts[0]), parts[1], parts[2], parts.length == 4 ? parts[3] : null));
      }
      return new LoadAccounts(accounts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes accounts in the file's form. */
  public static void write(Path file, List<Account> accounts) {
    StringBuilder text = new StringBuilder("# role username password [supervisor]\n");
    for (Account a : accounts) {
      text.append(a.role()).append(' ').append(a.username()).append(' ').append(a.password());
      if (a.supervisor() != null) {
        text.append(' ').append(a.supervisor());
      }
      text.append('\n');
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The accounts for the users of each role: supervisors with the most workers in the file first,
   * and their workers taken in turn from each before any other worker.
   */
  public Map<Role, List<Account>> plan(Map<Role, Integer> mix) {
    Map<Role, List<Account>> plan = new EnumMap<>(byRole);
    Map<String, List<Account>> teams = new LinkedHashMap<>();
    for (Account worker : byRole.get(Role.WORKER)) {
      if (worker.supervisor() != null) {
        teams.computeIfAbsent(worker.supervisor(), k -> new ArrayList<>()).add(worker);
      }
    }
    List<Account> supervisors = new ArrayList<>(byRole.get(Role.SUPERVISOR));
    supervisors.sort(
        Comparator.comparingInt((Account a) -> teams.getOrDefault(a.username(), List.of()).size())
            .reversed());
    supervisors =
        supervisors.subList(0, Math.min(supervisors.size(), mix.getOrDefault(Role.SUPERVISOR, 0)));
    List<Account> workers = new ArrayList<>();
    List<Iterator<Account>> theirs = new ArrayList<>();
    supervisors.forEach(s -> theirs.add(teams.getOrDefault(s.username(), List.of()).iterator()));
    boolean more = true;
    while (more) {
      more = false;
      for (Iterator<Account> team : theirs) {
        if (team.hasNext()) {
          workers.add(team.next());
          more = true;
        }
      }
    }
    Set<Account> chosen = new HashSet<>(workers);
    byRole.get(Role.WORKER).stream().filter(w -> !chosen.contains(w)).forEach(workers::add);
    plan.put(Role.SUPERVISOR, supervisors);
    plan.put(Role.WORKER, workers);
    return plan;
  }

  /**
   * The accounts for {@code users} virtual users of a role, one each from {@code accounts} (see
   * {@link #plan}); a role whose accounts write needs as many accounts as users.
   */
  public static Iterator<Map<String, Object>> feeder(Role role, int users, List<Account> accounts) {
    if (accounts.isEmpty() || (!role.shared && accounts.size() < users)) {
      throw new IllegalStateException(
          users
              + " "
              + role.label()
              + " users need "
              + (role.shared ? 1 : users)
              + " accounts; the file has "
              + accounts.size());
    }
    AtomicInteger next = new AtomicInteger();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Map<String, Object> next() {
        Account a = accounts.get(next.getAndIncrement() % accounts.size());
        return Map.of("username", a.username(), "password", a.password());
      }
    };
  }
}
