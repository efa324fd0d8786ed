import { describe, expect, it } from 'vitest';
import { locateMention, segmentParagraph, storyProblems, type Paragraph } from '../../../src/story/model.ts';

const paragraph: Paragraph = {
  n: 1,
  text: 'Armenia and Azerbaijan: Armenia again.',
  mentions: [
    { text: 'Azerbaijan', target: 'countries/AZ' },
    { text: 'Armenia', target: 'countries/AM', nth: 1 },
    { text: 'Armenia', target: 'countries/AM' },
  ],
};

describe('segmentParagraph', () => {
  it('segmentParagraph splits text and mentions in reading order and loses no text', () => {
    const segments = segmentParagraph(paragraph);
    expect(segments.map((s) => s.text).join('')).toBe(paragraph.text);
    expect(segments.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['Armenia', 'Azerbaijan', 'Armenia']);
  });

  it('segmentParagraph keeps markup-like text as plain text', () => {
    const p: Paragraph = { n: 1, text: 'x <img src=x onerror=alert(1)> y', mentions: [{ text: '<img src=x onerror=alert(1)>', target: 'places/x' }] };
    expect(segmentParagraph(p).map((s) => s.text)).toEqual(['x ', '<img src=x onerror=alert(1)>', ' y']);
  });

  it('segmentParagraph leaves missing or overlapping mentions as text', () => {
    const p: Paragraph = {
      n: 1,
      text: 'swathes of territory near Nagorno-Karabkah',
      mentions: [
        { text: 'territory near Nagorno', target: 'a' },
        { text: 'swathes of territory', target: 'b' },
        { text: 'Atlantis', target: 'c' },
      ],
    };
    const segments = segmentParagraph(p);
    expect(segments.filter((s) => s.kind === 'mention').map((s) => s.text)).toEqual(['swathes of territory']);
    expect(segments.map((s) => s.text).join('')).toBe(p.text);
  });
});

describe('locateMention', () => {
  it('locateMention finds the nth occurrence', () => {
    expect(locateMention(paragraph, { text: 'Armenia', target: 'x', nth: 1 })).toEqual({ start: 24, end: 31 });
  });
  it('locateMention returns null for empty or absent words', () => {
    expect(locateMention(paragraph, { text: '', target: 'x' })).toBeNull();
    expect(locateMention(paragraph, { text: 'Armenia', target: 'x', nth: 2 })).toBeNull();
  });
});

describe('storyProblems', () => {
  it('storyProblems reports a non-object and missing fields', () => {
    expect(storyProblems(null)).toEqual(['the story is not a JSON object']);
    expect(storyProblems({ title: 1, paragraphs: [{ n: 2, text: 'x', mentions: [{}] }] })).toEqual([
      '"id" must be a string',
      '"title" must be a string',
      '"outlet" must be a string',
      '"date" must be a string',
      '"agencies" must be a list of strings',
      'paragraph 1 has n=2',
      'paragraph 1, mention 1 needs "text" and "target" strings',
    ]);
  });

  it('storyProblems names the paragraph that is not an object or has no text, and a paragraphs key that is not a list', () => {
    const head = { id: 'a', title: 't', outlet: 'o', date: '2022-09-13', agencies: [] };
    expect(storyProblems({ ...head, paragraphs: [null, { n: 2, mentions: [] }] })).toEqual(['paragraph 1 is not an object', 'paragraph 2 has no text']);
    expect(storyProblems({ ...head, paragraphs: 'p' })).toEqual(['"paragraphs" must be a list']);
    expect(storyProblems({ ...head, paragraphs: [{ n: 1, text: 'x', mentions: [{ text: 'x', target: 'places/x', confidence: 'high' }] }] })).toEqual([
      'paragraph 1, mention 1: "confidence" must be a number',
    ]);
  });
});
