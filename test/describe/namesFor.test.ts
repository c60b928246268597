import { describe as group, expect, it } from 'vitest';
import { describe, namesFor, parseDataset, reconcile } from '../../src/index.js';
import { deepFreeze, loadFixture } from '../helpers.js';

group('namesFor(dataset, lang)', () => {
  it('takes names and place phrases in the language asked, else the dataset name', () => {
    const data = parseDataset(loadFixture('syria-coast-2025-03.json'));
    const fr = namesFor(data, 'fr');
    expect(fr.sourceNames.sohr).toBe("l'Observatoire syrien des droits de l'homme");
    expect(fr.placePhrases.coast).toBe('sur la côte syrienne');
    expect(fr.categoryNames.civilians).toBe('civils');
    expect(namesFor(data, 'en').sourceNames.aljazeera).toBe('Al Jazeera');
    expect(namesFor(data).placeNames.banias).toBe('Banias');
  });

  it('lets describe write the Syria line in each language with the dataset names', () => {
    const data = deepFreeze(parseDataset(loadFixture('syria-coast-2025-03.json')));
    const [coast] = reconcile(data, { scope: 'coast' });
    expect(describe(coast!, { lang: 'es' }, namesFor(data, 'es'))).toBe(
      'Más de 130 personas han muerto en la costa siria, según el Observatorio Sirio de Derechos Humanos, una cifra que no ha podido ser verificada de forma independiente. No hay un balance de las autoridades sirias.',
    );
  });

  it('treats ids like __proto__ as plain keys', () => {
    const data = parseDataset({
      sources: [{ id: '__proto__', name: 'P', type: 'media', names: { fr: 'Le P' } }],
      places: { id: 'constructor', names: { fr: 'Lieu' } },
      records: [],
    });
    const names = namesFor(data, 'fr');
    expect(Object.hasOwn(names.sourceNames, '__proto__')).toBe(true);
    expect(names.sourceNames['__proto__']).toBe('Le P');
    expect(names.placeNames['constructor']).toBe('Lieu');
  });
});
