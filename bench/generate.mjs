// A seeded generator of realistic synthetic casualty-claim logs, for the benchmarks.
//
// Plain Node ESM, no build step. `generateDataset({records, seed})` returns a
// dataset object; `writeDataset(path, {records, seed, format})` streams the same
// dataset to disk as JSON or NDJSON, one record at a time; `cachedDataset(...)`
// writes it once under bench/.cache/ (gitignored), keyed by size, seed and format.
//
// What a log holds (the shapes follow SPEC.md; the wordings follow COUNT-SEMANTICS.md):
// - one country as the places root, its 14 governorates, then a district for each
//   violent event and, for most events, one to three villages under it: three
//   levels below the root;
// - the categories tree all → civilians (→ children), security-forces, fighters;
// - about 250 sources: a government group (ministries and their state media), a
//   health directorate and governor per governorate in the same group, opposition
//   monitors, UN agencies and NGOs, hospitals, local councils, armed groups with
//   their media wings, and media that mostly relay others; alignments and
//   Admiralty grades A–F (some ungraded);
// - per event 2 to 50 sources (a heavy tail, as in the UCDP GED sample, where
//   most events have 2 sources and a few have 10 to 38), each origin publishing
//   a running total that rises with revisions (now and then revised down),
//   sometimes for a village or a category; relays (`relayedBy`, and later claims
//   by an outlet repeating an origin's figure, stale ones included); status
//   changes (verified, disputed, back to unverified, retracted by the source or
//   its group); silences of the authorities; wordings with no figure;
// - national and governorate running totals from monitors and the health
//   ministry, superseding their previous ones;
// - about a third of the records dated by a date alone, the rest timed, with
//   the zone's offset or in UTC;
// - the count as an integer, as {min, max}, or as wording in English, Arabic,
//   French and Spanish.
//
// Records of one event are written in the order they happened; events follow
// each other in time and overlap, so the log as a whole is nearly in time order,
// as an append-only log is. Everything depends on the seed alone: the same
// `{records, seed}` gives byte-identical output, in memory and on disk.

import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The time zone of generated datasets: date-only records start their day there. */
export const TIMEZONE = 'Asia/Damascus';

/** Where generated files are cached (gitignored). */
export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The log starts on 1 January 2023 (Damascus has been UTC+3 all year since October 2022). */
const PERIOD_START = Date.UTC(2023, 0, 1) - 3 * HOUR;
/** Events are spread over about three years, whatever the size. */
const PERIOD_DAYS = 3 * 365;
/** Records per event on average, measured on this generator; used to spread events over the period. */
const RECORDS_PER_EVENT = 7;

// ---------------------------------------------------------------------------
// Randomness: mulberry32, seeded; one stream per event so an event depends only on (seed, index).

/**
 * mulberry32: a small 32-bit PRNG (Tommy Ettinger's), good enough for test data.
 * @param {number} seed
 * @returns {() => number} uniform in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of two integers (the splitmix32 finaliser), to derive one stream per event. */
function mix(a, b) {
  let h = (Math.imul(a | 0, 0x9e3779b1) ^ (b | 0)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Random {
  /** @param {number} seed */
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  /** An integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** Picks from `[[weight, value], ...]`. */
  weighted(table) {
    let total = 0;
    for (const [w] of table) total += w;
    let r = this.next() * total;
    for (const [w, value] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1][1];
  }
  normal() {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Failures before a success of probability p (mean (1-p)/p). */
  geometric(p) {
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }
  /** `k` distinct items of `list` (k ≤ list.length), in random order. */
  sample(list, k) {
    const copy = list.slice();
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  }
}

// ---------------------------------------------------------------------------
// Names: synthetic, so that nobody mistakes a generated claim for a real one.

const SYLLABLES = ['al', 'ba', 'dar', 'fa', 'ha', 'jab', 'ka', 'lat', 'ma', 'nab', 'qa', 'ra', 'sha', 'tal', 'wa', 'za', 'bir', 'din', 'kafr', 'mir', 'sal', 'tar', 'hum', 'rif'];
const PREFIXES = ['Tal', 'Kafr', 'Ain', 'Deir', 'Beit', 'Khirbet', 'Jisr', 'Ras', 'Tell', 'Umm'];

function placeName(random) {
  const word = () => {
    let text = '';
    const n = random.int(2, 3);
    for (let i = 0; i < n; i++) text += random.pick(SYLLABLES);
    return text[0].toUpperCase() + text.slice(1);
  };
  return random.chance(0.5) ? `${random.pick(PREFIXES)} ${word()}` : word();
}

// ---------------------------------------------------------------------------
// Sources.

const GOVERNORATES = 14;
const LANGS_GOV = ['ar'];
const LANGS_MONITOR = ['ar', 'en'];
const LANGS_INTERNATIONAL = ['en', 'en', 'en', 'fr', 'es'];

/**
 * The sources of a generated dataset. Each carries, beside its schema fields,
 * hidden traits the generator uses (`bias`, `langs`, `role`), stripped on output.
 */
function makeSources(random) {
  const sources = [];
  const add = (source, traits) => sources.push({ source, ...traits });
  const gov = { group: 'government', alignment: 'government' };

  add({ id: 'interior-ministry', name: 'Ministry of the Interior', type: 'government', ...gov, reliability: 'C' }, { role: 'authority', bias: 0.7, langs: LANGS_GOV });
  add({ id: 'health-ministry', name: 'Ministry of Health', type: 'government', ...gov, reliability: 'C' }, { role: 'authority', bias: 0.85, langs: LANGS_GOV });
  add({ id: 'defence-ministry', name: 'Ministry of Defence', type: 'government', ...gov, reliability: 'D' }, { role: 'authority', bias: 0.6, langs: LANGS_GOV });
  add({ id: 'state-news-agency', name: 'State News Agency', type: 'state-media', ...gov, reliability: 'D' }, { role: 'authority', bias: 0.7, langs: LANGS_GOV });
  add({ id: 'state-tv', name: 'State Television', type: 'state-media', ...gov }, { role: 'authority', bias: 0.65, langs: LANGS_GOV });
  add({ id: 'observatory', name: 'Observatory for Human Rights', type: 'monitor', alignment: 'opposition', reliability: 'B' }, { role: 'monitor', bias: 1.05, langs: LANGS_MONITOR });
  add({ id: 'rights-network', name: 'Network for Human Rights', type: 'monitor', alignment: 'opposition', reliability: 'B' }, { role: 'monitor', bias: 0.95, langs: LANGS_MONITOR });
  add({ id: 'documentation-center', name: 'Violations Documentation Center', type: 'monitor', alignment: 'opposition', reliability: 'C' }, { role: 'monitor', bias: 0.9, langs: LANGS_MONITOR });
  add({ id: 'un-human-rights', name: 'UN human rights office', type: 'un-agency', group: 'united-nations', alignment: 'international', reliability: 'A' }, { role: 'verifier', bias: 0.8, langs: ['en', 'fr'] });
  add({ id: 'un-humanitarian', name: 'UN humanitarian office', type: 'un-agency', group: 'united-nations', alignment: 'international', reliability: 'A' }, { role: 'verifier', bias: 0.85, langs: ['en'] });
  add({ id: 'red-cross', name: 'International Committee of the Red Cross', type: 'ngo', alignment: 'neutral', reliability: 'B' }, { role: 'verifier', bias: 0.9, langs: ['en', 'fr'] });
  add({ id: 'medecins', name: 'Médecins humanitaires', type: 'ngo', alignment: 'neutral', reliability: 'B' }, { role: 'origin', bias: 0.9, langs: ['fr', 'en'] });
  add({ id: 'rights-watch', name: 'Rights Watch', type: 'ngo', alignment: 'independent', reliability: 'B' }, { role: 'verifier', bias: 0.9, langs: ['en'] });
  add({ id: 'foreign-intelligence', name: 'Foreign intelligence service', type: 'intelligence', alignment: 'foreign', reliability: 'E' }, { role: 'origin', bias: 1.3, langs: ['en'] });
  for (const [key, name] of [['a', 'Liberation Front'], ['b', 'Army of the Coast']]) {
    const group = { group: `armed-group-${key}`, alignment: 'armed opposition' };
    add({ id: `armed-group-${key}`, name, type: 'armed-group', ...group, reliability: 'E' }, { role: 'origin', bias: 1.4, langs: ['ar'] });
    add({ id: `armed-group-${key}-media`, name: `${name} media office`, type: 'media', ...group, reliability: 'F' }, { role: 'origin', bias: 1.5, langs: ['ar'] });
  }
  const mediaAlignments = [undefined, undefined, 'independent', 'pro-government', 'opposition', 'Gulf-funded', 'Western'];
  for (let i = 1; i <= 24; i++) {
    const id = `news-${String(i).padStart(2, '0')}`;
    const alignment = random.pick(mediaAlignments);
    const reliability = random.pick([undefined, 'B', 'C', 'C', 'D']);
    add(
      { id, name: `${placeName(random)} ${random.pick(['News', 'TV', 'Post', 'Radio', 'Times', 'Agency'])}`, type: 'media', ...(alignment ? { alignment } : {}), ...(reliability ? { reliability } : {}) },
      { role: 'media', bias: 1, langs: i <= 14 ? LANGS_INTERNATIONAL : ['ar'] },
    );
  }
  for (let g = 1; g <= GOVERNORATES; g++) {
    const key = `g${String(g).padStart(2, '0')}`;
    add({ id: `${key}-health`, name: `Health directorate of governorate ${g}`, type: 'government', ...gov, reliability: 'C' }, { role: 'authority', bias: 0.85, langs: LANGS_GOV, gov: g });
    add({ id: `${key}-governor`, name: `Governor of governorate ${g}`, type: 'local-official', ...gov, reliability: 'D' }, { role: 'authority', bias: 0.7, langs: LANGS_GOV, gov: g });
    add({ id: `${key}-council`, name: `Local council of governorate ${g}`, type: 'local-official', alignment: 'opposition', reliability: 'C' }, { role: 'origin', bias: 1.1, langs: ['ar'], gov: g });
    add({ id: `${key}-civil-defence`, name: `Civil defence teams, governorate ${g}`, type: 'ngo', alignment: 'opposition', reliability: 'B' }, { role: 'origin', bias: 1, langs: ['ar', 'en'], gov: g });
    add({ id: `${key}-activists`, name: `Activists in governorate ${g}`, type: 'other', alignment: 'opposition' }, { role: 'origin', bias: 1.2, langs: ['ar'], gov: g });
    for (let h = 1; h <= 3; h++) {
      add({ id: `${key}-hospital-${h}`, name: `${placeName(random)} hospital`, type: 'hospital', reliability: random.pick(['B', 'C']) }, { role: 'origin', bias: 0.9, langs: ['ar', 'en'], gov: g });
    }
    for (let m = 1; m <= 6; m++) {
      add({ id: `${key}-media-${m}`, name: `${placeName(random)} ${random.pick(['Network', 'Voice', 'Echo', 'Today'])}`, type: 'media', alignment: random.pick(['opposition', 'pro-government', 'local']), ...(random.chance(0.5) ? { reliability: random.pick(['C', 'D', 'E', 'F']) } : {}) }, { role: 'media', bias: 1, langs: ['ar'], gov: g });
    }
  }
  return sources;
}

// ---------------------------------------------------------------------------
// Time: instants (epoch ms) written as a date alone in the zone, or as a
// date-time with the zone's offset, or in UTC. Offsets come from the time-zone
// database (Intl), cached by hour.

function zoneClock(timezone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const offsets = new Map();
  /** Offset of the zone from UTC at `instant`, in ms. */
  const offsetAt = (instant) => {
    const hour = Math.floor(instant / HOUR);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const at = hour * HOUR;
      const parts = {};
      for (const { type, value } of format.formatToParts(new Date(at))) parts[type] = value;
      const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
      offset = wall - at;
      offsets.set(hour, offset);
    }
    return offset;
  };
  const pad = (n) => String(n).padStart(2, '0');
  return {
    /** The day `instant` falls on in the zone. */
    date(instant) {
      return new Date(instant + offsetAt(instant)).toISOString().slice(0, 10);
    },
    /** `instant` with the zone's offset (`2025-03-07T14:00:00+03:00`), in UTC, or with a fraction. */
    dateTime(instant, random) {
      const style = random.next();
      if (style < 0.15) return new Date(instant).toISOString().slice(0, 19) + 'Z';
      if (style < 0.18) return new Date(instant).toISOString();
      const offset = offsetAt(instant);
      const minutes = Math.abs(offset) / MINUTE;
      const sign = offset < 0 ? '-' : '+';
      return `${new Date(instant + offset).toISOString().slice(0, 19)}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    },
  };
}

// ---------------------------------------------------------------------------
// Wording: the forms of COUNT-SEMANTICS.md, in four languages.

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Writes `n` with the thousands separator a language's press uses. */
function figure(n, lang, random) {
  if (n < 1000) {
    if (lang === 'ar' && random.chance(0.3)) return String(n).replace(/\d/g, (d) => ARABIC_DIGITS[+d]);
    return String(n);
  }
  const digits = String(n);
  const separator = lang === 'fr' ? ' ' : lang === 'es' ? '.' : ',';
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Rounds down to a figure a source would say ("more than 130" for 137). */
function roundDown(value) {
  const n = Math.floor(value);
  if (n < 20) return n;
  const step = n < 100 ? 5 : n < 1000 ? 10 : n < 10000 ? 100 : 1000;
  return Math.floor(n / step) * step;
}

/** Rounds to a figure a source would say "about". */
function roundNear(value) {
  const n = Math.round(value);
  if (n < 20) return n;
  const step = n < 100 ? 10 : n < 1000 ? 50 : n < 10000 ? 100 : 1000;
  return Math.max(step, Math.round(n / step) * step);
}

/** Templates by language: `{n}` is a figure, `{a}`/`{b}` the ends of a range. */
const WORDING = {
  en: {
    bare: ['{n}', '{n} killed', '{n} people killed', '{n} dead'],
    'more-than': ['more than {n}', 'more than {n} people', 'over {n}', 'more than {n} killed'],
    'at-least': ['at least {n}', 'at least {n} people', 'at least {n} killed', 'no fewer than {n}'],
    about: ['about {n}', 'around {n}', 'some {n}', 'approximately {n}'],
    nearly: ['nearly {n}', 'almost {n}'],
    'at-most': ['up to {n}', 'as many as {n}'],
    between: ['between {a} and {b}', 'between {a} and {b} people'],
    dozen: ['a dozen'],
    several: ['several'],
    dozens: ['dozens', 'dozens of people'],
    tens: ['dozens of people'],
    hundreds: ['hundreds'],
    none: ['did not give a toll'],
  },
  ar: {
    bare: ['{n} قتيلاً', '{n} قتيلا'],
    'more-than': ['أكثر من {n} قتيلاً', 'أكثر من {n} شخصاً'],
    'at-least': ['ما لا يقل عن {n} قتيلاً', 'على الأقل {n} قتيلاً'],
    about: ['نحو {n} قتيل', 'حوالي {n} قتيل'],
    nearly: ['قرابة {n} قتيل'],
    'at-most': ['ما يصل إلى {n} قتيلاً'],
    between: ['بين {a} و{b} قتيلاً'],
    dozen: ['{n} قتيلاً'],
    several: ['عدة قتلى'],
    dozens: ['عشرات القتلى'],
    tens: ['عشرات القتلى'],
    hundreds: ['مئات القتلى'],
  },
  fr: {
    bare: ['{n} morts', '{n} tués'],
    'more-than': ['plus de {n} morts', 'plus de {n} personnes tuées'],
    'at-least': ['au moins {n} morts', 'au moins {n} personnes tuées'],
    about: ['environ {n} morts', 'quelque {n} morts'],
    nearly: ['près de {n} morts'],
    'at-most': ["jusqu'à {n} morts"],
    between: ['entre {a} et {b} morts'],
    dozen: ['une douzaine de morts'],
    several: ['plusieurs morts'],
    dozens: ['des dizaines de morts'],
    tens: ['des dizaines de morts', 'plusieurs dizaines de morts'],
    hundreds: ['des centaines de morts'],
    hundred: ['une centaine de morts'],
  },
  es: {
    bare: ['{n} muertos'],
    'more-than': ['más de {n} muertos', 'más de {n} personas muertas'],
    'at-least': ['al menos {n} muertos', 'por lo menos {n} muertos'],
    about: ['unos {n} muertos', 'alrededor de {n} muertos'],
    nearly: ['casi {n} muertos'],
    'at-most': ['hasta {n} muertos'],
    between: ['entre {a} y {b} muertos'],
    dozen: ['una docena de muertos'],
    several: ['varios muertos'],
    dozens: ['decenas de muertos'],
    tens: ['decenas de muertos', 'varias decenas de muertos'],
    hundreds: ['cientos de muertos'],
    hundred: ['un centenar de muertos'],
  },
};

/**
 * The count a source publishes for a running total `value`: an integer, a
 * `{min, max}`, or wording in `lang`. Returns `{count, lang?}`.
 */
function wordCount(value, lang, random) {
  const form = random.weighted([
    [22, 'integer'],
    [14, 'bare'],
    [16, 'more-than'],
    [14, 'at-least'],
    [9, 'about'],
    [2, 'nearly'],
    [1, 'at-most'],
    [5, 'between'],
    [4, 'range'],
    [8, 'vague'],
  ]);
  if (form === 'integer' || value < 1) return { count: value };
  // Nobody says "about 2": small tolls are given as they are, or as a floor.
  if (value < 10 && form !== 'bare' && form !== 'at-least' && form !== 'range' && form !== 'vague') return { count: value };
  if (form === 'range') {
    const low = Math.max(0, Math.floor(value * (0.7 + 0.2 * random.next())));
    return { count: random.chance(0.2) ? { min: low, max: null } : { min: low, max: Math.ceil(value * (1.1 + 0.4 * random.next())) } };
  }
  let key = form;
  let n = value;
  let a = 0;
  let b = 0;
  switch (form) {
    case 'more-than':
      n = Math.max(0, roundDown(value) - (roundDown(value) === value ? 1 : 0));
      break;
    case 'at-least':
      n = roundDown(value);
      break;
    case 'about':
      n = roundNear(value);
      break;
    case 'nearly':
      n = value < 5 ? value + 1 : roundNear(value * 1.08);
      break;
    case 'at-most':
      n = roundNear(value * 1.3) + 1;
      break;
    case 'between':
      a = roundDown(Math.floor(value * 0.8));
      b = Math.max(a + 1, roundNear(Math.ceil(value * 1.25)));
      break;
    case 'vague':
      key =
        value === 12
          ? 'dozen'
          : value >= 95 && value <= 105 && WORDING[lang].hundred
            ? 'hundred'
            : value >= 200 && value < 1000
              ? 'hundreds'
              : value >= 24 && value < 100
                ? random.pick(['dozens', 'tens'])
                : value >= 3 && value < 10
                  ? 'several'
                  : 'bare';
      break;
  }
  const wording = random
    .pick(WORDING[lang][key])
    .replace('{n}', figure(n, lang, random))
    .replace('{a}', figure(a, lang, random))
    .replace('{b}', figure(b, lang, random));
  // Most wordings carry their language; some leave it to detection.
  return random.chance(0.85) ? { count: wording, lang } : { count: wording };
}

// ---------------------------------------------------------------------------
// Events.

const CATEGORY_TREE = {
  id: 'all',
  name: 'all',
  children: [
    { id: 'civilians', name: 'civilians', children: [{ id: 'children', name: 'children' }] },
    { id: 'security-forces', name: 'security forces' },
    { id: 'fighters', name: 'fighters' },
  ],
};

/**
 * Sources per event, 2 to 50: most events have 2 to 4, a few dozens
 * (shaped on the UCDP GED sample: 2 sources 161 events, 3: 25, 4: 11, 5: 5, then a tail to 38).
 */
function sourcesPerEvent(random) {
  const k = 2 + random.geometric(0.45);
  if (random.chance(0.03)) return random.int(10, 50);
  return Math.min(50, k);
}

/** The event's death toll as it will end up known: heavy-tailed (median ~8, tail to thousands). */
function eventToll(random) {
  return Math.max(1, Math.min(5000, Math.round(Math.exp(Math.log(8) + 1.3 * random.normal()))));
}

/**
 * A generator of the whole log: it yields `{event}` when an event starts (so the
 * places tree can grow) and then `{record}` for each record, until `total` records.
 */
function* logStream(total, seed) {
  const base = new Random(mix(seed, 0x5eed));
  const sources = makeSources(base);
  const clock = zoneClock(TIMEZONE);
  yield { sources };

  const estimatedEvents = Math.max(1, total / RECORDS_PER_EVENT);
  const spacing = (PERIOD_DAYS * DAY) / estimatedEvents;
  const nationalPrevious = new Map();
  const governorates = Array.from({ length: GOVERNORATES }, () => ({ toll: 0, events: 0, previous: null, lastAt: 0 }));
  let nationalToll = 0;
  let lastNational = 0;
  let emitted = 0;

  const bySource = new Map(sources.map((s) => [s.source.id, s]));
  const nationalPool = sources.filter((s) => s.gov === undefined);
  const media = sources.filter((s) => s.role === 'media');

  for (let index = 0; emitted < total; index++) {
    const random = new Random(mix(seed, index + 1));
    const g = random.int(1, GOVERNORATES);
    const gKey = `g${String(g).padStart(2, '0')}`;
    const start = PERIOD_START + Math.floor(index * spacing + random.next() * spacing);
    // An event's place: a district named for it, and for most events the villages reports name.
    const district = { id: `${gKey}-e${index.toString(36)}`, name: `${placeName(random)} district` };
    const villages = random.chance(0.4) ? 0 : random.int(1, 3);
    if (villages > 0) district.children = [];
    for (let v = 1; v <= villages; v++) district.children.push({ id: `${district.id}-v${v}`, name: placeName(random) });
    yield { event: { governorate: g, district } };

    const toll = eventToll(random);
    const records = eventRecords({ random, index, start, toll, district, gKey, g, sources, nationalPool, media, bySource, clock });
    nationalToll += toll;
    const gov = governorates[g - 1];
    gov.toll += toll;
    gov.events += 1;

    // Running totals over the country and a governorate, now and then.
    if (gov.events % 12 === 0) {
      // A running total is published after the one it replaces.
      const at = Math.max(start + random.int(6, 30) * HOUR, gov.lastAt + HOUR);
      gov.lastAt = at;
      const id = `${gKey}-total-${gov.events / 12}`;
      const claim = {
        type: 'claim',
        id,
        source: `${gKey}-health`,
        publishedAt: random.chance(0.5) ? clock.date(at) : clock.dateTime(at, random),
        ...wordCount(Math.round(gov.toll * 0.85), 'ar', random),
        scope: { place: gKey },
        status: 'official',
        ...(gov.previous !== null && random.chance(0.7) ? { supersedes: gov.previous } : {}),
      };
      gov.previous = id;
      records.push({ at, record: claim });
    }
    if (index % 25 === 24 && start > lastNational) {
      lastNational = start + DAY;
      for (const [sourceId, bias, category] of [
        ['observatory', 1.05, 'all'],
        ['rights-network', 0.95, 'civilians'],
        ['health-ministry', 0.8, 'all'],
      ]) {
        if (!random.chance(0.8)) continue;
        const at = start + DAY + random.int(0, 120) * MINUTE;
        const id = `${sourceId}-national-${(index + 1) / 25}`;
        const key = `${sourceId}/${category}`;
        const previous = nationalPrevious.get(key);
        const scope = category === 'all' ? (random.chance(0.5) ? undefined : { place: 'country' }) : { category };
        const claim = {
          type: 'claim',
          id,
          source: sourceId,
          ...(sourceId === 'observatory' ? { relayedBy: random.sample(media, random.int(0, 3)).map((s) => s.source.id) } : {}),
          publishedAt: clock.dateTime(at, random),
          ...wordCount(Math.round(nationalToll * bias * (category === 'civilians' ? 0.6 : 1)), sourceId === 'health-ministry' ? 'ar' : random.pick(['en', 'ar']), random),
          ...(scope ? { scope } : {}),
          ...(previous !== undefined && random.chance(0.6) ? { supersedes: previous } : {}),
        };
        if (claim.relayedBy?.length === 0) delete claim.relayedBy;
        nationalPrevious.set(key, id);
        records.push({ at, record: claim });
      }
    }

    // Within the event, in the order things happened (ties keep the order made).
    records.sort((x, y) => x.at - y.at);
    for (const { record } of records) {
      if (emitted >= total) return;
      emitted++;
      yield { record };
    }
  }
}

/** The records of one event, each with the instant it happened. */
function eventRecords({ random, index, start, toll, district, gKey, g, sources, nationalPool, bySource, clock }) {
  const out = [];
  const tag = `e${index.toString(36)}`;
  let serial = 0;
  const nextId = (kind) => `${tag}-${kind}${(serial++).toString(36)}`;
  const when = (at, dateOnlyShare = 0.33) => (random.chance(dateOnlyShare) ? clock.date(at) : clock.dateTime(at, random));

  // Who speaks about this event: local and national sources; media mostly relay.
  const local = sources.filter((s) => s.gov === g);
  const candidates = nationalPool.concat(local);
  const k = Math.min(candidates.length, sourcesPerEvent(random));
  const speakers = random.sample(candidates, k);
  const relayers = speakers.filter((s) => s.role === 'media' && random.chance(0.75));
  let origins = speakers.filter((s) => !relayers.includes(s));
  if (origins.length === 0) origins = [speakers[0]];
  const relayPool = relayers.length > 0 ? relayers : speakers.filter((s) => s.role === 'media');

  // How the dead divide among categories, and villages.
  const civilians = Math.round(toll * (0.3 + 0.6 * random.next()));
  const children = Math.round(civilians * 0.3 * random.next());
  const security = Math.round((toll - civilians) * random.next());
  const fighters = toll - civilians - security;
  const categoryToll = { all: toll, civilians, children, 'security-forces': security, fighters };
  const villages = district.children ?? [];
  const villageShare = villages.map(() => random.next());
  const shareTotal = villageShare.reduce((a, b) => a + b, 0);

  const claimsOf = new Map(); // source id → its claims, for relays and status changes
  const allClaims = [];
  for (const [position, origin] of origins.entries()) {
    const id = origin.source.id;
    // One chain (scope) for most origins, two for a few: the district, a village, or a category.
    const chains = random.chance(0.15) ? 2 : 1;
    const usedScopes = new Set();
    for (let c = 0; c < chains; c++) {
      const scopeKind = random.weighted([
        [70, 'district'],
        [15, 'village'],
        [15, 'category'],
      ]);
      let place = district.id;
      let category = 'all';
      let share = 1;
      if (scopeKind === 'village' && villages.length > 0) {
        const v = random.int(0, villages.length - 1);
        place = villages[v].id;
        share = villageShare[v] / shareTotal;
      } else if (scopeKind === 'category') {
        const named = ['civilians', 'children', 'security-forces', 'fighters'].filter((key) => categoryToll[key] > 0);
        if (named.length > 0) {
          category = random.pick(named);
          share = categoryToll[category] / toll;
        }
      }
      const scopeKey = `${place}/${category}`;
      if (usedScopes.has(scopeKey)) continue;
      usedScopes.add(scopeKey);
      const scope = category === 'all' ? (random.chance(0.1) ? { place, category } : { place }) : { place, category };
      if (random.chance(0.08)) {
        const from = clock.date(start);
        scope.from = from;
        if (random.chance(0.5)) scope.to = clock.date(start + random.int(0, 2) * DAY);
      }

      // A running total: first report soon after the event, then revisions as bodies are found.
      const revisions = Math.min(12, random.geometric(origin.role === 'monitor' ? 0.4 : 0.6));
      const bias = origin.bias * Math.exp(0.15 * random.normal());
      let at = start + (position * 20 + random.int(10, 240)) * MINUTE;
      let previous = null;
      const lang = random.pick(origin.langs);
      for (let r = 0; r <= revisions; r++) {
        const progress = revisions === 0 ? 0.5 + 0.5 * random.next() : 0.35 + (0.65 * r) / revisions;
        let value = Math.max(0, Math.round(toll * share * bias * progress));
        if (previous !== null && value < previous.value && random.chance(0.9)) value = previous.value + random.int(0, 3);
        if (previous !== null && random.chance(0.04)) value = Math.max(0, previous.value - random.int(1, 1 + Math.floor(previous.value / 10)));
        const noFigure = r === 0 && origin.role === 'authority' && random.chance(0.02);
        const claimId = nextId('c');
        const wording = noFigure ? { count: WORDING.en.none[0], lang: 'en' } : wordCount(value, lang, random);
        const outlets = relayPool.filter((s) => s !== origin);
        const relayedBy = random.chance(0.45) && outlets.length > 0 ? random.sample(outlets, random.int(1, Math.min(3, outlets.length))).map((s) => s.source.id) : [];
        const claim = {
          type: 'claim',
          id: claimId,
          source: id,
          ...(relayedBy.length > 0 ? { relayedBy } : {}),
          publishedAt: when(at),
          ...wording,
          scope: { ...scope },
          ...(origin.source.type === 'government' && random.chance(0.5) ? { status: 'official' } : {}),
          ...(previous !== null && random.chance(0.5) ? { supersedes: previous.id } : {}),
          ...(random.chance(0.4) ? { url: `https://news.example.org/${clock.date(at)}/${claimId}` } : {}),
          ...(random.chance(0.25) ? { quote: quoteFor(wording, origin.source.name, district.name) } : {}),
        };
        out.push({ at, record: claim });
        const entry = { id: claimId, value, at, count: wording.count, lang: wording.lang, scope, source: origin };
        allClaims.push(entry);
        if (!claimsOf.has(id)) claimsOf.set(id, []);
        claimsOf.get(id).push(entry);
        if (!noFigure) previous = entry;
        at += random.int(2, 36) * HOUR + random.int(0, 59) * MINUTE;
      }
    }
  }

  // Relays: an outlet repeats an origin's figure later, as the same origin (sometimes a stale one).
  for (const claim of allClaims) {
    if (relayPool.length === 0 || !random.chance(0.3)) continue;
    const outlet = random.pick(relayPool);
    if (outlet.source.id === claim.source.source.id) continue;
    const at = claim.at + random.int(30, 60 * 30) * MINUTE;
    out.push({
      at,
      record: {
        type: 'claim',
        id: nextId('r'),
        source: claim.source.source.id,
        relayedBy: [outlet.source.id],
        publishedAt: when(at, 0.25),
        count: typeof claim.count === 'object' ? { ...claim.count } : claim.count,
        ...(claim.lang ? { lang: claim.lang } : {}),
        scope: { ...claim.scope },
      },
    });
  }

  // Status changes: verifications, disputes across alignments, retractions by the source or its group.
  const verifiers = speakers.filter((s) => s.role === 'verifier');
  for (const claim of allClaims) {
    const roll = random.next();
    const at = claim.at + random.int(1, 72) * HOUR;
    const origin = claim.source.source;
    if (roll < 0.012) {
      const group = origin.group === undefined ? [] : sources.filter((s) => s.source.group === origin.group && s.source.id !== origin.id);
      const by = group.length > 0 && random.chance(0.3) ? random.pick(group).source.id : random.chance(0.5) ? origin.id : undefined;
      out.push({ at, record: { type: 'status', id: nextId('x'), claim: claim.id, status: 'retracted', at: when(at), ...(by ? { by } : {}), ...(random.chance(0.5) ? { note: `${origin.name} withdrew the figure.` } : {}) } });
    } else if (roll < 0.05) {
      const by = verifiers.length > 0 ? random.pick(verifiers) : bySource.get(random.pick(['un-human-rights', 'red-cross', 'rights-watch']));
      out.push({ at, record: { type: 'status', id: nextId('v'), claim: claim.id, status: 'verified', at: when(at), by: by.source.id } });
    } else if (roll < 0.1) {
      const opponents = speakers.filter((s) => s.source.alignment !== undefined && s.source.alignment !== origin.alignment && s.source.id !== origin.id);
      const by = opponents.length > 0 ? random.pick(opponents) : bySource.get(origin.alignment === 'government' ? 'observatory' : 'state-news-agency');
      out.push({ at, record: { type: 'status', id: nextId('d'), claim: claim.id, status: 'disputed', at: when(at), by: by.source.id } });
      if (random.chance(0.1)) {
        const later = at + random.int(1, 48) * HOUR;
        out.push({ at: later, record: { type: 'status', id: nextId('u'), claim: claim.id, status: 'unverified', at: when(later), by: by.source.id } });
      }
    }
  }

  // Silences: the authorities have not issued a toll.
  if (random.chance(0.2)) {
    const authority = random.pick(sources.filter((s) => s.role === 'authority' && (s.gov === undefined || s.gov === g)));
    const at = start + random.int(60, 600) * MINUTE;
    out.push({
      at,
      record: {
        type: 'silence',
        id: nextId('s'),
        source: authority.source.id,
        at: when(at, 0.5),
        ...(random.chance(0.8) ? { scope: { place: random.chance(0.8) ? district.id : gKey } } : {}),
        ...(random.chance(0.5) ? { quote: 'Authorities have not issued a death toll.' } : {}),
      },
    });
  }
  return out;
}

/** A quote in the wording's language (the English sentence for a number or a range). */
function quoteFor({ count, lang }, sourceName, placeName) {
  if (typeof count === 'string' && lang === 'ar') return `قال ${sourceName} إن ${count} سقطوا في ${placeName}.`;
  if (typeof count === 'string' && lang === 'fr') return `${sourceName} fait état de ${count} à ${placeName}.`;
  if (typeof count === 'string' && lang === 'es') return `${sourceName} informó de ${count} en ${placeName}.`;
  const figureText = typeof count === 'number' ? String(count) : typeof count === 'string' ? count : `${count.min} to ${count.max ?? 'more'}`;
  return `${sourceName} said ${figureText} had been killed in ${placeName}.`;
}

// ---------------------------------------------------------------------------
// Assembly.

function header(sources, events) {
  const governorates = Array.from({ length: GOVERNORATES }, (_, i) => ({
    id: `g${String(i + 1).padStart(2, '0')}`,
    name: `Governorate ${i + 1}`,
    children: [],
  }));
  for (const { governorate, district } of events) governorates[governorate - 1].children.push(district);
  for (const governorate of governorates) if (governorate.children.length === 0) delete governorate.children;
  return {
    title: 'Synthetic casualty-claim log (bench/generate.mjs)',
    description: 'Generated for benchmarks: synthetic places and sources, realistic shapes. Not real claims.',
    timezone: TIMEZONE,
    sources: sources.map((s) => s.source),
    places: { id: 'country', name: 'Synthetic country', children: governorates },
    categories: CATEGORY_TREE,
  };
}

function checkOptions({ records, seed }) {
  if (!Number.isInteger(records) || records < 0) throw new TypeError(`records must be a whole number, got ${records}`);
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${seed}`);
}

/**
 * A synthetic dataset of exactly `records` records, the same for the same seed.
 *
 * @param {{records: number, seed: number}} options
 * @returns {object} a dataset as SPEC.md shapes it (JSON-ready)
 * @example
 * generateDataset({ records: 1000, seed: 1 }).records.length; // => 1000
 */
export function generateDataset({ records, seed }) {
  checkOptions({ records, seed });
  let sources = [];
  const events = [];
  const log = [];
  for (const item of logStream(records, seed)) {
    if (item.sources) sources = item.sources;
    else if (item.event) events.push(item.event);
    else log.push(item.record);
  }
  return { ...header(sources, events), records: log };
}

/**
 * Writes the dataset of `generateDataset({records, seed})` to `path`, as JSON
 * (the same object, one record a line inside `records`) or NDJSON (a first line
 * `{"type": "dataset", ...}` then one record a line). Streams: the places tree is
 * worked out in a first pass that keeps no records, then records are written one
 * at a time, so memory stays small at a million records. Writes to a temporary
 * file and renames it, so a file at `path` is always complete.
 *
 * @param {string} path
 * @param {{records: number, seed: number, format?: 'json' | 'ndjson'}} options
 * @returns {Promise<string>} the path
 */
export async function writeDataset(path, { records, seed, format = 'json' }) {
  checkOptions({ records, seed });
  if (format !== 'json' && format !== 'ndjson') throw new TypeError(`format must be 'json' or 'ndjson', got ${format}`);
  let sources = [];
  const events = [];
  for (const item of logStream(records, seed)) {
    if (item.sources) sources = item.sources;
    else if (item.event) events.push(item.event);
  }
  const head = header(sources, events);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const out = createWriteStream(temporary);
  let buffer = '';
  const write = async (text) => {
    buffer += text;
    if (buffer.length < 1 << 16) return;
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  };
  if (format === 'ndjson') {
    await write(`${JSON.stringify({ type: 'dataset', ...head })}\n`);
  } else {
    await write(`${JSON.stringify(head).slice(0, -1)},"records":[`);
  }
  let first = true;
  for (const item of logStream(records, seed)) {
    if (!item.record) continue;
    const line = JSON.stringify(item.record);
    if (format === 'ndjson') await write(`${line}\n`);
    else {
      await write(first ? `\n${line}` : `,\n${line}`);
      first = false;
    }
  }
  if (format === 'json') await write('\n]}\n');
  out.end(buffer);
  await once(out, 'finish');
  renameSync(temporary, path);
  return path;
}

/**
 * The path of a generated file under bench/.cache/, written on first use.
 *
 * @param {{records: number, seed: number, format?: 'json' | 'ndjson'}} options
 * @returns {Promise<string>}
 */
export async function cachedDataset({ records, seed, format = 'json' }) {
  const path = join(CACHE_DIR, `log-${records}-seed${seed}-v${GENERATOR_VERSION}.${format}`);
  if (!existsSync(path)) await writeDataset(path, { records, seed, format });
  return path;
}

/** Bumped whenever the output for a given seed changes, so cached files are not reused. */
export const GENERATOR_VERSION = 3;

// Command line: node bench/generate.mjs RECORDS [SEED] [json|ndjson] [OUT]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [records = '1000', seed = '1', format = 'json', out] = process.argv.slice(2);
  const options = { records: Number(records), seed: Number(seed), format };
  const path = out ? await writeDataset(out, options) : await cachedDataset(options);
  process.stdout.write(`${path}\n`);
}
