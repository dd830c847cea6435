import { describe, expect, it } from 'vitest';
import { areCognates, cognateForm, cognateSets } from './cognates.js';

describe('cognates', () => {
  it('finds cognates across Latin-script languages', () => {
    expect(areCognates('stratégique', 'fr', 'strategic', 'en')).toBe(true);
    expect(areCognates('compétition', 'fr', 'competition', 'en')).toBe(true);
    expect(areCognates('ressources', 'fr', 'resources', 'en')).toBe(true);
    expect(areCognates('Organisation', 'de', 'organization', 'en')).toBe(true);
    expect(areCognates('qualité', 'fr', 'quality', 'en')).toBe(true);
  });

  it('leaves short words and unrelated words alone', () => {
    expect(cognateForm('est', 'fr')).toBeNull();
    expect(areCognates('rouge', 'fr', 'route', 'en')).toBe(false);
    expect(areCognates('concurrence', 'fr', 'competition', 'en')).toBe(false);
    expect(cognateForm('אלטמן', 'he')).toBeNull();
  });

  it('groups words of several languages into sets, only across languages', () => {
    const sets = cognateSets([
      { word: 'stratégique', language: 'fr' },
      { word: 'strategic', language: 'en' },
      { word: 'strategy', language: 'en' },
      { word: 'ressources', language: 'fr' },
      { word: 'resources', language: 'en' },
      { word: 'keyboard', language: 'en' },
    ]);
    expect(sets[0]).not.toBeNull();
    expect(sets[0]).toBe(sets[1]);
    expect(sets[1]).toBe(sets[2]);
    expect(sets[3]).toBe(sets[4]);
    expect(sets[3]).not.toBe(sets[0]);
    expect(sets[5]).toBeNull();
  });
});
