import { expect } from 'vitest';
import { type DesignerError, type DesignerErrorCode, isDesignerError } from '../errors';

/** Awaits a call that must reject with a `DesignerError` of `code`, and returns the error for further checks. */
export async function expectDesignerError(
  call: Promise<unknown>,
  code: DesignerErrorCode,
): Promise<DesignerError> {
  let settled: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    settled = { ok: true, value: await call };
  } catch (error) {
    settled = { ok: false, error };
  }
  if (settled.ok) {
    expect.fail(
      `Expected the call to fail with ${code}, but it succeeded with ${JSON.stringify(settled.value)}.`,
    );
  }
  const { error } = settled;
  if (!isDesignerError(error)) {
    expect.fail(
      `Expected a DesignerError ${code}, but got ${error instanceof Error ? error.stack : String(error)}.`,
    );
  }
  expect(error.code, `wrong error code; message: ${error.message}`).toBe(code);
  return error;
}
