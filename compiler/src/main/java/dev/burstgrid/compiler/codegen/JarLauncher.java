package dev.burstgrid.compiler.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The shell script at the head of a grid's jar, so {@code ./grid.jar} runs it with the JVM
 * options a load generator wants: the JVM otherwise starts its heap at a sixty-fourth of
 * physical memory and a load run's young generation fills all of it (380–415 MB resident on a
 * 24 GiB machine for a run whose live heap is ~10 MB). {@code -Xms32m} starts small and leaves
 * the heap free to grow. The inlining limits are for the JIT: on a small machine its one
 * optimising compiler thread is busy for the first tens of seconds of a load run, and a request's
 * path, inlined whole, makes compilations of seconds each while the code they replace runs slow;
 * smaller units reach full speed sooner (50 VUs for 10 s on 2 cores: +17% requests on Java 17,
 * +40% on Java 25; level after a minute). {@code BGGO_JAVA_OPTS}, when set (even empty), replaces those options;
 * {@code JAVA_HOME} picks the JVM, else {@code java} on the PATH. Zip readers find the archive
 * from its end, so {@code java -jar grid.jar} still runs the same jar, with the JVM's own
 * defaults.
 */
public final class JarLauncher {
  /** The JVM options {@code ./grid.jar} passes when {@code BGGO_JAVA_OPTS} is unset. */
  public static final String DEFAULT_JAVA_OPTS =
      "-Xms32m -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -XX:MaxInlineLevel=6";

  private JarLauncher() {}

  static byte[] script() {
    String text = "#!/bin/sh\n"
        + "# A grid built by bggoc: ./THIS.jar [options], or java -jar THIS.jar [options].\n"
        + "# BGGO_JAVA_OPTS, when set, replaces the JVM options given here.\n"
        + "exec \"${JAVA_HOME:+$JAVA_HOME/bin/}java\" ${BGGO_JAVA_OPTS-" + DEFAULT_JAVA_OPTS
        + "} -jar \"$0\" \"$@\"\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Adds execute permission wherever there is read permission (where the file system has them). */
  static void markExecutable(Path jar) throws IOException {
    if (!Files.getFileStore(jar).supportsFileAttributeView("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(jar));
    if (permissions.contains(PosixFilePermission.OWNER_READ)) {
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
    }
    if (permissions.contains(PosixFilePermission.GROUP_READ)) {
      permissions.add(PosixFilePermission.GROUP_EXECUTE);
    }
    if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
      permissions.add(PosixFilePermission.OTHERS_EXECUTE);
    }
    Files.setPosixFilePermissions(jar, permissions);
  }
}
