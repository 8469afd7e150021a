// Samples the process's resident memory (main thread and worker threads together) and main-thread busyness during a phase.
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

/** What a phase used. */
export interface PhaseUsage {
  /** Highest `process.memoryUsage().rss` seen, in MiB (worker threads share the process, so they are included). */
  peakRssMiB: number;
  /** Share of the phase the main thread's event loop was busy (0–1). */
  mainThreadUtilisation: number;
  /** CPU time of the whole process (all threads), in ms. */
  cpuMs: number;
}

/** A running sampler; {@link MemorySampler.stop} returns the phase's usage. */
export class MemorySampler {
  private peak = process.memoryUsage().rss;
  private readonly timer: NodeJS.Timeout;
  private readonly elu: EventLoopUtilization = performance.eventLoopUtilization();
  private readonly cpu = process.cpuUsage();

  /** Starts sampling every `intervalMs` (default 200). */
  constructor(intervalMs = 200) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  /** Stops sampling. */
  stop(): PhaseUsage {
    this.sample();
    clearInterval(this.timer);
    const cpu = process.cpuUsage(this.cpu);
    return {
      peakRssMiB: this.peak / 2 ** 20,
      mainThreadUtilisation: performance.eventLoopUtilization(this.elu).utilization,
      cpuMs: (cpu.user + cpu.system) / 1000,
    };
  }
}

/** Runs `task` while sampling; returns its value, its wall time and its usage. */
export async function measured<T>(task: () => Promise<T>): Promise<{ value: T; ms: number; usage: PhaseUsage }> {
  const sampler = new MemorySampler();
  const startedAt = performance.now();
  try {
    const value = await task();
    return { value, ms: performance.now() - startedAt, usage: sampler.stop() };
  } catch (error) {
    sampler.stop();
    throw error;
  }
}
