import { describe, expect, it } from 'vitest';
import { MARKER } from '../../src/shared/protocol.ts';
import { type FirstRequestApi, startFirstRequest, takeFirstRequest } from '../../src/ui/first-request.ts';

/** A fake of the two browser calls, recording what was asked. */
function fakeApi(tabs: Array<{ id?: number; url?: string }>, answer: () => Promise<unknown>) {
  const calls = { queries: 0, sent: [] as unknown[] };
  const api: FirstRequestApi = {
    tabs: {
      query: async () => {
        calls.queries++;
        return tabs;
      },
    },
    runtime: {
      sendMessage: (message) => {
        calls.sent.push(message);
        return answer();
      },
    },
  };
  return { api, calls };
}

describe('the first request of a view', () => {
  it('asks for the active tab with its address, and hands the answer over once', async () => {
    const { api, calls } = fakeApi([{ id: 7, url: 'https://news.example/a' }], async () => 'answer');
    const holder = {};
    startFirstRequest(api, '', holder);
    const first = await takeFirstRequest(holder);
    expect(first).toMatchObject({ tabId: 7, url: 'https://news.example/a' });
    expect(await first!.answer).toBe('answer');
    expect(calls.sent).toEqual([
      { marker: MARKER, type: 'summarize', payload: { tabId: 7, url: 'https://news.example/a' } },
    ]);
    expect(takeFirstRequest(holder)).toBeUndefined();
  });

  it('asks for the tab of ?tabId=N without a query, and for no tab when there is none', async () => {
    const withParam = fakeApi([], async () => 'answer');
    const holder = {};
    startFirstRequest(withParam.api, '?tabId=12', holder);
    expect(await takeFirstRequest(holder)).toMatchObject({ tabId: 12, url: undefined });
    expect(withParam.calls.queries).toBe(0);

    const noTab = fakeApi([{}], async () => 'answer');
    startFirstRequest(noTab.api, '', holder);
    expect(await takeFirstRequest(holder)).toBeUndefined();
    expect(noTab.calls.sent).toEqual([]);
  });

  it('leaves the backend to ask again when the worker drops the message or the query fails', async () => {
    const dropped = fakeApi([{ id: 3 }], () => Promise.reject(new Error('Receiving end does not exist.')));
    const holder = {};
    startFirstRequest(dropped.api, '', holder);
    const first = await takeFirstRequest(holder);
    await expect(first!.answer).rejects.toThrow('Receiving end');

    const failing: FirstRequestApi = {
      tabs: { query: () => Promise.reject(new Error('no window')) },
      runtime: { sendMessage: async () => 'never' },
    };
    startFirstRequest(failing, '', holder);
    expect(await takeFirstRequest(holder)).toBeUndefined();
    expect(takeFirstRequest({})).toBeUndefined(); // a page without the script
  });
});
