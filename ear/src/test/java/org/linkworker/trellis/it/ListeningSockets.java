package org.linkworker.trellis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sockets a process listens on, read from Linux's {@code /proc} as the kernel sees them (the
 * tests run on the machine that runs the server). Nothing the server reports about itself is
 * trusted: a socket is the process's if one of its file descriptors is that socket.
 */
final class ListeningSockets {

  /** One listening socket: TCP in LISTEN state, or a bound UDP socket. */
  record Socket(String protocol, InetAddress address, int port) {

    /** Whether only this machine can reach it (127.0.0.0/8, ::1, or ::ffff:127.x.x.x). */
    boolean isLocalOnly() {
      return address.isLoopbackAddress();
    }

    @Override
    public String toString() {
      return protocol + " " + address.getHostAddress() + ":" + port;
    }
  }

  private static final String TCP_LISTEN = "0A";
  private static final String UDP_UNCONNECTED = "07";
  private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");

  private ListeningSockets() {}

  /** Every socket the process listens on. */
  static List<Socket> of(long pid) {
    Set<String> inodes = socketInodes(pid);
    List<Socket> sockets = new ArrayList<>();
    read("tcp", "tcp", TCP_LISTEN, inodes, sockets);
    read("tcp6", "tcp", TCP_LISTEN, inodes, sockets);
    read("udp", "udp", UDP_UNCONNECTED, inodes, sockets);
    read("udp6", "udp", UDP_UNCONNECTED, inodes, sockets);
    return sockets;
  }

  private static Set<String> socketInodes(long pid) {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          Matcher link = SOCKET_LINK.matcher(Files.readSymbolicLink(fd).toString());
          if (link.matches()) {
            inodes.add(link.group(1));
          }
        } catch (IOException closedMeanwhile) {
          // A descriptor closed while we looked is not listening.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inodes;
  }

  // Lines of /proc/net/{tcp,udp}[6]: "sl local rem st tx:rx tr:when retrnsmt uid timeout inode
  // ...",
  // the local address in hex as the kernel stores it (each 32-bit word in host order).
  private static void read(
      String table, String protocol, String state, Set<String> inodes, List<Socket> into) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of("/proc/net", table));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.trim().split("\\s+");
      if (fields[3].equals(state) && inodes.contains(fields[9])) {
        String[] local = fields[1].split(":");
        into.add(new Socket(protocol, address(local[0]), Integer.parseInt(local[1], 16)));
      }
    }
  }

  private static InetAddress address(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int from = (word * 4 + 3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(from, from + 2), 16);
      }
    }
    try {
      // An IPv4-mapped IPv6 address comes back as the IPv4 address it maps.
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
