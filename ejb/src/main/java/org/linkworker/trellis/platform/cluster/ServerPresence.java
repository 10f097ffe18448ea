package org.linkworker.trellis.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The servers that share the database, as the database knows them: each server, when the
 * application starts on it, takes its row of {@code server_presence} (named after the Payara
 * instance: {@code server} alone, {@code i1} and {@code i2} in the run command's cluster) with a
 * new boot identifier, and says it is still there every {@value #BEAT_SECONDS} seconds. A boot is
 * live while its row is and was seen within {@link #GONE_AFTER}.
 *
 * <p>Each beat also reads the {@link SharedRevisions} and announces those another server moved.
 *
 * <p>Jobs record the boot that runs them. A job is abandoned when that boot is no longer live: the
 * same server started again (its row has a new boot), or a server silent for longer than {@link
 * #GONE_AFTER} (killed, or its machine gone), which the next beat of any other server notices: it
 * tells the components ({@link ServerGone}) and removes the row. Starting a second server never
 * makes the first one's jobs abandoned.
 */
@Startup
@Singleton
@DependsOn("ApplicationStartup")
public class ServerPresence {

  static final int BEAT_SECONDS = 20;

  /** Three beats missed, and some: a server this long silent has gone. */
  static final Duration GONE_AFTER = Duration.ofSeconds(90);

  private static final System.Logger LOG = System.getLogger(ServerPresence.class.getName());

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Clock clock;

  @Inject Event<ServerGone> gone;

  @Inject Event<SharedRevisionMoved> moved;

  /** The shared revisions as this server last read them. */
  private Map<String, Long> revisions = Map.of();

  private final String boot = UUID.randomUUID().toString();

  String server = serverName();

  /** The Payara instance's name ({@code server} for a server on its own). */
  static String serverName() {
    String name = System.getProperty("com.sun.aas.instanceName");
    return name == null || name.isBlank() ? "server" : name;
  }

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void arrive() {
    Timestamp now = now();
    em.createNativeQuery("delete from server_presence where server_name = ?")
        .setParameter(1, server)
        .executeUpdate();
    em.createNativeQuery(
            "insert into server_presence (server_name, boot_id, started_utc, seen_utc)"
                + " values (?, ?, ?, ?)")
        .setParameter(1, server)
        .setParameter(2, boot)
        .setParameter(3, now)
        .setParameter(4, now)
        .executeUpdate();
    revisions = SharedRevisions.read(em);
    LOG.log(System.Logger.Level.INFO, "Server {0} is here (boot {1})", server, boot);
  }

  /** Says this server is still here, and lets go of the servers that have gone. */
  @Schedule(
      second = "*/" + BEAT_SECONDS,
      minute = "*",
      hour = "*",
      persistent = false,
      info = "server presence")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void beat() {
    Timestamp now = now();
    int seen =
        em.createNativeQuery(
                "update server_presence set seen_utc = ? where server_name = ? and boot_id = ?")
            .setParameter(1, now)
            .setParameter(2, server)
            .setParameter(3, boot)
            .executeUpdate();
    if (seen == 0) {
      // Taken for gone by another server after a long pause (a debugger, a full collection).
      arrive();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> silent =
        em.createNativeQuery("select server_name, boot_id from server_presence where seen_utc < ?")
            .setParameter(1, Timestamp.valueOf(utcNow().minus(GONE_AFTER)))
            .getResultList();
    for (Object[] row : silent) {
      ServerGone left = new ServerGone((String) row[0], (String) row[1]);
      LOG.log(
          System.Logger.Level.WARNING,
          "Server {0} (boot {1}) has not been seen for {2} s: what it was running is abandoned",
          left.serverName(),
          left.bootId(),
          GONE_AFTER.toSeconds());
      gone.fire(left);
      em.createNativeQuery("delete from server_presence where server_name = ? and boot_id = ?")
          .setParameter(1, left.serverName())
          .setParameter(2, left.bootId())
          .executeUpdate();
    }
    Map<String, Long> read = SharedRevisions.read(em);
    read.forEach(
        (name, revision) -> {
          if (!revision.equals(revisions.get(name))) {
            moved.fire(new SharedRevisionMoved(name));
          }
        });
    revisions = read;
  }

  /** This server's boot: what a job it starts records as its runner. */
  @Lock(LockType.READ)
  public String boot() {
    return boot;
  }

  @Lock(LockType.READ)
  public String server() {
    return server;
  }

  /** The boots of every server there now, this one's included. One statement. */
  @Lock(LockType.READ)
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Set<String> liveBoots() {
    @SuppressWarnings("unchecked")
    List<Object> boots =
        em.createNativeQuery("select boot_id from server_presence where seen_utc >= ?")
            .setParameter(1, Timestamp.valueOf(utcNow().minus(GONE_AFTER)))
            .getResultList();
    Set<String> live = new HashSet<>();
    boots.forEach(b -> live.add((String) b));
    live.add(boot);
    return live;
  }

  private LocalDateTime utcNow() {
    return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private Timestamp now() {
    return Timestamp.valueOf(utcNow());
  }
}
