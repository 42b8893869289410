import { describe, expect, it } from 'vitest';
import { DesignerError, type DesignerErrorCode, type DesignerErrorDetails, isDesignerError } from '../errors';
import { expectDesignerError } from '../testing';
import { createFakeClock, settle } from './fakeClock.fixture';
import { createHttpAdapter } from './httpAdapter';
import type { FetchLike, HttpAdapterOptions } from './options';
import { ERROR_STATUS, errorBody } from './protocol';
import { UNAVAILABLE_MESSAGE } from './request';

function adapterAnswering(fetch: FetchLike, options: Partial<HttpAdapterOptions> = {}) {
  return createHttpAdapter({ baseUrl: 'http://api.test', getToken: () => 'tok', fetch, ...options });
}

const place = {
  callFlowId: 'f1',
  callFlowName: 'Main line',
  stepId: 's1',
  stepTitle: 'Sona',
  inDraft: true,
  inPublished: false,
};

/** One error of each code, with the details that code carries. */
const ERRORS: Array<[DesignerErrorCode, DesignerErrorDetails]> = [
  [
    'VALIDATION',
    {
      fieldErrors: { name: 'Name is required.' },
      problems: [{ path: '$.jobs[0].name', message: 'Required.' }],
    },
  ],
  ['JOB_LIMIT', { problems: [{ path: '$.steps[1].jobIds', message: 'At most 20 jobs.' }] }],
  ['CONFLICT', { current: { id: 'j1', name: 'Theirs', version: 4 } }],
  ['NOT_FOUND', {}],
  ['IN_USE', { places: [place] }],
  [
    'INVALID_GRAPH',
    { issues: [{ severity: 'error', code: 'NO_START', message: 'The flow has no incoming-call step.' }] },
  ],
  [
    'TESTS_FAILING',
    {
      testFailures: [
        { testCaseId: 't1', name: 'Christmas call', message: 'The call never reached “Voicemail”.' },
      ],
    },
  ],
  ['UNAVAILABLE', {}],
  ['FORBIDDEN', {}],
];

describe('createHttpAdapter errors', () => {
  it.each(ERRORS)('rebuilds a %s error with its details', async (code, details) => {
    const sent = new DesignerError(code, `Server says ${code}.`, details);
    const adapter = adapterAnswering(async () =>
      Response.json(errorBody(sent), { status: ERROR_STATUS[code] }),
    );
    const error = await expectDesignerError(adapter.updateJob('j1', { name: 'x' }, 3), code);
    expect(error).toBeInstanceOf(DesignerError);
    expect(error.message).toBe(sent.message);
    expect({
      fieldErrors: error.fieldErrors,
      problems: error.problems,
      current: error.current,
      places: error.places,
      issues: error.issues,
      testFailures: error.testFailures,
    }).toEqual({
      fieldErrors: sent.fieldErrors,
      problems: sent.problems,
      current: sent.current,
      places: sent.places,
      issues: sent.issues,
      testFailures: sent.testFailures,
    });
  });

  it('turns a rejected fetch into UNAVAILABLE, never a TypeError', async () => {
    const adapter = adapterAnswering(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await expectDesignerError(adapter.listJobs(), 'UNAVAILABLE');
    expect(error.message).toBe(UNAVAILABLE_MESSAGE);
    expect(error.retryable).toBe(true);
  });

  it('turns a fetch that throws synchronously into UNAVAILABLE', async () => {
    const adapter = adapterAnswering(() => {
      throw new TypeError('Invalid URL');
    });
    await expectDesignerError(adapter.listJobs(), 'UNAVAILABLE');
  });

  it('turns an unparseable base URL into UNAVAILABLE', async () => {
    const adapter = createHttpAdapter({
      baseUrl: 'not a url',
      getToken: () => null,
      fetch: async () => Response.json({}),
    });
    await expectDesignerError(adapter.listJobs(), 'UNAVAILABLE');
  });

  it('turns a proxy HTML 502, 503 or 504 into UNAVAILABLE', async () => {
    for (const status of [500, 502, 503, 504]) {
      const adapter = adapterAnswering(
        async () =>
          new Response('<html><body>Bad Gateway</body></html>', {
            status,
            headers: { 'Content-Type': 'text/html' },
          }),
      );
      await expectDesignerError(adapter.saveDraft('f1', { steps: [], edges: [] } as never, 1), 'UNAVAILABLE');
    }
  });

  it('turns an empty 502 into UNAVAILABLE', async () => {
    const adapter = adapterAnswering(async () => new Response(null, { status: 502 }));
    await expectDesignerError(adapter.deleteJob('j1', 1), 'UNAVAILABLE');
  });

  it('turns a 200 that is not JSON (a captive portal) into UNAVAILABLE', async () => {
    const adapter = adapterAnswering(
      async () => new Response('<html>Sign in to the Wi-Fi</html>', { status: 200 }),
    );
    await expectDesignerError(adapter.listCallFlows(), 'UNAVAILABLE');
  });

  it('turns a 401 or 403 without our body into FORBIDDEN', async () => {
    for (const status of [401, 403]) {
      const adapter = adapterAnswering(async () => new Response('Unauthorized', { status }));
      const error = await expectDesignerError(adapter.createJob({ name: 'x' } as never), 'FORBIDDEN');
      expect(error.retryable).toBe(false);
    }
  });

  it('turns a token that cannot be a header (a line break) into UNAVAILABLE, sending nothing', async () => {
    let called = false;
    const adapter = adapterAnswering(
      async () => {
        called = true;
        return Response.json([]);
      },
      { getToken: () => 'abc\ndef' },
    );
    await expectDesignerError(adapter.listCallFlows(), 'UNAVAILABLE');
    expect(called).toBe(false);
  });

  it('turns a failing getToken into UNAVAILABLE, and passes a DesignerError it throws through', async () => {
    const failing = adapterAnswering(async () => Response.json([]), {
      getToken: async () => {
        throw new TypeError('refresh failed');
      },
    });
    await expectDesignerError(failing.listCallFlows(), 'UNAVAILABLE');
    const signedOut = adapterAnswering(async () => Response.json([]), {
      getToken: () => {
        throw new DesignerError('FORBIDDEN', 'Signed out.');
      },
    });
    await expectDesignerError(signedOut.listCallFlows(), 'FORBIDDEN');
  });

  it('times out a request that gets no answer, after 30 s by default', async () => {
    const clock = createFakeClock();
    const adapter = adapterAnswering(
      (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
      { timers: clock },
    );
    let settled: unknown = 'pending';
    const call = adapter.listJobs().then(
      () => 'resolved',
      (error: unknown) => error,
    );
    void call.then((value) => {
      settled = value;
    });
    await settle();
    clock.advance(29_999);
    await settle();
    expect(settled).toBe('pending');
    clock.advance(1);
    await settle();
    expect(isDesignerError(settled, 'UNAVAILABLE')).toBe(true);
  });

  it('times out a body that stalls after the headers, with the timeout given', async () => {
    const clock = createFakeClock();
    const adapter = adapterAnswering(
      async (request) => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items":'));
            request.signal.addEventListener('abort', () => controller.error(request.signal.reason));
          },
        });
        return new Response(body, { status: 200 });
      },
      { timers: clock, timeoutMs: 5000 },
    );
    const call = adapter.listJobs().catch((error: unknown) => error);
    await settle();
    clock.advance(5000);
    expect(isDesignerError(await call, 'UNAVAILABLE')).toBe(true);
  });

  it('clears the timeout once answered', async () => {
    const clock = createFakeClock();
    const adapter = adapterAnswering(async () => Response.json([]), { timers: clock });
    await adapter.listCallFlows();
    expect(clock.pendingDelays()).toEqual([]);
  });

  it('turns a body cut by the network into UNAVAILABLE', async () => {
    const adapter = adapterAnswering(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"items":'));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { status: 200 });
    });
    await expectDesignerError(adapter.listJobs(), 'UNAVAILABLE');
  });
});
