import { describe, expect, it } from 'vitest';
import { happeningKinds } from '../../src/resolution/event-forms.js';
import { principalParticipants } from '../../src/resolution/event-roles.js';
import { evaluateEvents } from '../../scripts/evaluate-events.js';

describe('happening kinds', () => {
  it('reads an appeal hearing as an appeal, a hearing alone as a trial', () => {
    expect([...happeningKinds('Appeal hearing of Aidar Livabayev on 24 July 1996')]).toEqual(['appeal']);
    expect([...happeningKinds('Court hearing in the case of Zhanna Peposotov')]).toEqual(['trial']);
    expect([...happeningKinds('Trial, conviction and sentencing of Sergei Duvanov')]).toEqual(['trial', 'verdict']);
  });
});

describe('principal participants', () => {
  it('are those the event happened to, not the court, the ministry or the police', () => {
    const trial = [
      { id: 'person:zhanna-peposotov', role: 'defendant' },
      { id: 'organisation:ladian-court', role: 'court' },
      { id: 'person:judge', role: 'presiding judge' },
    ];
    expect(principalParticipants(trial)).toEqual(new Set(['person:zhanna-peposotov']));
    expect(principalParticipants([{ id: 'organisation:police', role: 'detaining authority' }])).toEqual(new Set());
  });

  it('are, failing a principal role word, the people not on the side', () => {
    const request = [
      { id: 'person:sergei-duvanov', role: 'refused' },
      { id: 'person:nursultan-nazarbaev', role: 'intended addressee' },
      { id: 'organisation:government', role: 'requester' },
    ];
    expect(principalParticipants(request)).toEqual(new Set(['person:sergei-duvanov']));
  });
});

describe('the labelled event pairs (scripts/evaluate-events.ts)', () => {
  it('merges no two happenings, and every mention of one happening', () => {
    const result = evaluateEvents();
    expect(result.wrongMerges.map((p) => p.note)).toEqual([]);
    expect(result.missed.map((p) => p.note)).toEqual([]);
    expect(result.precision).toBe(1);
  });
});
