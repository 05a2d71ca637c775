package dev.burstgrid.runtime;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/** How a {@link GridRun} runs: streams, environment, threads, logging. Immutable. */
public final class RunOptions {

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final ExecutorKind executor;
  private final int maxPlatformThreads;
  private final Verbosity verbosity;
  private final LongSupplier nanoClock;
  private final Duration cancelGrace;
  private final boolean cancelOnShutdown;
  private final Path gridDirectory;
  private final int maxConcurrency;
  private final Path cacheDir;
  private final StepListener stepListener;
  private final Redactor redactor;

  private RunOptions(Builder b) {
    this.out = b.out;
    this.err = b.err;
    this.environment = Map.copyOf(b.environment);
    this.executor = b.executor;
    this.maxPlatformThreads = b.maxPlatformThreads;
    this.verbosity = b.verbosity;
    this.nanoClock = b.nanoClock;
    this.cancelGrace = b.cancelGrace;
    this.cancelOnShutdown = b.cancelOnShutdown;
    this.gridDirectory = b.gridDirectory;
    this.maxConcurrency = b.maxConcurrency;
    this.cacheDir = b.cacheDir;
    this.stepListener = b.stepListener;
    this.redactor = b.redactor;
  }

  /** Defaults: System.out/err, the process environment, AUTO threads, NORMAL verbosity. */
  public static RunOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Where {@code print}-like runners write (RunContext.out). */
  public PrintStream out() {
    return out;
  }

  /** Where progress lines and the summary go. */
  public PrintStream err() {
    return err;
  }

  public Map<String, String> environment() {
    return environment;
  }

  public ExecutorKind executor() {
    return executor;
  }

  /** Size cap of the platform pool (JDK 17–20 or {@link ExecutorKind#PLATFORM}). */
  public int maxPlatformThreads() {
    return maxPlatformThreads;
  }

  public Verbosity verbosity() {
    return verbosity;
  }

  /** Monotonic nanosecond clock for timestamps and durations ({@code System::nanoTime}). */
  public LongSupplier nanoClock() {
    return nanoClock;
  }

  /**
   * How long a stopping run waits for interrupted steps to return before it closes resources
   * anyway and abandons them.
   */
  public Duration cancelGrace() {
    return cancelGrace;
  }

  /** Whether JVM shutdown (Ctrl-C, SIGTERM) cancels the run and waits for its cleanup. */
  public boolean cancelOnShutdown() {
    return cancelOnShutdown;
  }

  /** The grid's directory, absolute ({@code RunContext.gridDirectory}); the working directory by default. */
  public Path gridDirectory() {
    return gridDirectory;
  }

  /** Where {@code cache = true} steps keep their outputs across runs ({@code --cache-dir}); null for this run only. */
  public Path cacheDir() {
    return cacheDir;
  }

  /** The most step instances running at once in the whole run ({@code --max-concurrency}); 0 for no limit. */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /** Who hears each step instance end; null for nobody (the default). */
  public StepListener stepListener() {
    return stepListener;
  }

  /** What hides the run's secrets in its streams and reports; {@link Redactor#NONE} by default. */
  public Redactor redactor() {
    return redactor;
  }

  /** Builds {@link RunOptions}. */
  public static final class Builder {
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private Map<String, String> environment = System.getenv();
    private ExecutorKind executor = ExecutorKind.AUTO;
    private int maxPlatformThreads = 256;
    private Verbosity verbosity = Verbosity.NORMAL;
    private LongSupplier nanoClock = System::nanoTime;
    private Duration cancelGrace = Duration.ofSeconds(10);
    private boolean cancelOnShutdown;
    private Path gridDirectory = Path.of("").toAbsolutePath();
    private int maxConcurrency;
    private Path cacheDir;
    private StepListener stepListener;
    private Redactor redactor = Redactor.NONE;

    private Builder() {}

    private Builder(RunOptions o) {
      out = o.out;
      err = o.err;
      environment = o.environment;
      executor = o.executor;
      maxPlatformThreads = o.maxPlatformThreads;
      verbosity = o.verbosity;
      nanoClock = o.nanoClock;
      cancelGrace = o.cancelGrace;
      cancelOnShutdown = o.cancelOnShutdown;
      gridDirectory = o.gridDirectory;
      maxConcurrency = o.maxConcurrency;
      cacheDir = o.cacheDir;
      stepListener = o.stepListener;
      redactor = o.redactor;
    }

    /** Keeps the outputs of {@code cache = true} steps in {@code dir} across runs; null: this run only. */
    public Builder cacheDir(Path dir) {
      this.cacheDir = dir == null ? null : dir.toAbsolutePath().normalize();
      return this;
    }

    public Builder out(PrintStream out) {
      this.out = Objects.requireNonNull(out);
      return this;
    }

    public Builder err(PrintStream err) {
      this.err = Objects.requireNonNull(err);
      return this;
    }

    public Builder environment(Map<String, String> environment) {
      this.environment = Objects.requireNonNull(environment);
      return this;
    }

    public Builder executor(ExecutorKind executor) {
      this.executor = Objects.requireNonNull(executor);
      return this;
    }

    public Builder maxPlatformThreads(int maxPlatformThreads) {
      if (maxPlatformThreads < 1) {
        throw new IllegalArgumentException("maxPlatformThreads must be ≥ 1");
      }
      this.maxPlatformThreads = maxPlatformThreads;
      return this;
    }

    public Builder verbosity(Verbosity verbosity) {
      this.verbosity = Objects.requireNonNull(verbosity);
      return this;
    }

    public Builder nanoClock(LongSupplier nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock);
      return this;
    }

    public Builder cancelGrace(Duration cancelGrace) {
      if (cancelGrace.isNegative()) {
        throw new IllegalArgumentException("cancelGrace must not be negative");
      }
      this.cancelGrace = cancelGrace;
      return this;
    }

    public Builder cancelOnShutdown(boolean cancelOnShutdown) {
      this.cancelOnShutdown = cancelOnShutdown;
      return this;
    }

    public Builder gridDirectory(Path gridDirectory) {
      this.gridDirectory = gridDirectory.toAbsolutePath().normalize();
      return this;
    }

    /** At most {@code n} step instances at once, started in scheduling order; 0 for no limit. */
    public Builder maxConcurrency(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxConcurrency must be ≥ 0");
      }
      this.maxConcurrency = n;
      return this;
    }

    /** Tells {@code listener} how each step instance ended; null for nobody. */
    public Builder stepListener(StepListener listener) {
      this.stepListener = listener;
      return this;
    }

    /**
     * Hides secrets with {@code redactor}: the run's reports pass through it, and its runners'
     * contexts add the secrets they learn to it. The streams {@link #out} and {@link #err} are
     * the caller's to wrap with it.
     */
    public Builder redactor(Redactor redactor) {
      this.redactor = Objects.requireNonNull(redactor);
      return this;
    }

    public RunOptions build() {
      return new RunOptions(this);
    }
  }
}
