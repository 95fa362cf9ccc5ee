import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../src/conversation/small-talk.js';

describe('conversation: small talk', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['!!', 'empty'],
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['hey bot', 'greeting'],
    ['good morning everyone', 'greeting'],
    ["what's up", 'greeting'],
    ['thanks!', 'thanks'],
    ['thank you so much', 'thanks'],
    ['ok thx', 'thanks'],
    ['cheers mate', 'thanks'],
    ['help', 'help'],
    ['hi, what can you do?', 'help'],
    ['help me please', 'help'],
  ] as const)('%j is %s', (text, kind) => {
    expect(smallTalk(text)).toBe(kind);
  });

  it.each([
    'hi! does linkedin read my DMs?',
    'thanks, and what about Canada?',
    'help me turn it off',
    'tell me a joke',
    'hello, how do I opt out on my phone',
  ])('%j is a question, not small talk', (text) => {
    expect(smallTalk(text)).toBeNull();
  });
});
