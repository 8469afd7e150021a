// readServeConfig: flags over environment over defaults, and one-line errors for bad values.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_PORT, readServeConfig } from '../../src/config/serve-config.js';

describe('readServeConfig', () => {
  it('defaults the port to 3000 and honours PORT', () => {
    expect(readServeConfig({ data: 'd' }, {}).port).toBe(DEFAULT_PORT);
    expect(readServeConfig({ data: 'd' }, { PORT: '8080' }).port).toBe(8080);
    expect(readServeConfig({ data: 'd', port: '9000' }, { PORT: '8080' }).port).toBe(9000);
  });
  it('reads limits and log level from the environment', () => {
    const config = readServeConfig({ data: 'd' }, { SPARQL_TIMEOUT_MS: '500', LOG_LEVEL: 'warn', MAX_BODY_BYTES: '100' });
    expect(config).toMatchObject({ dataDir: 'd', queryTimeoutMs: 500, logLevel: 'warn', maxBodyBytes: 100, host: '0.0.0.0' });
  });
  it('refuses bad values with a one-line ConfigError', () => {
    expect(() => readServeConfig({ data: 'd', port: '80a' }, {})).toThrow(ConfigError);
    expect(() => readServeConfig({ data: 'd' }, { PORT: '70000' })).toThrow(/port must be an integer/);
    expect(() => readServeConfig({ data: 'd' }, { LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
