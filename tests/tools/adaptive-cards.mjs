// Loads Microsoft's Adaptive Cards renderer (the UMD bundle: its ES module build lacks file extensions
// that Node needs) and validates card JSON with it. Shared by check-cards.mjs and render-cards.mjs.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');
export const bundlePath = require.resolve('adaptivecards/dist/adaptivecards.min.js');

// Parse events that mean the card is wrong; every other event is a warning.
const errorEvents = new Set([
  'ActionTypeNotAllowed', 'CollectionCantBeEmpty', 'ElementTypeNotAllowed', 'InvalidPropertyValue',
  'MissingCardType', 'PropertyCantBeNull', 'UnknownActionType', 'UnknownElementType',
  'UnsupportedCardVersion', 'DuplicateId',
]);

// Teams host extensions the renderer does not model; they are allowed and ignored.
const hostProperties = new Set(['msteams', '$schema']);

export const maxVersion = '1.5';

/** Validates one card: parse events, property validation, and properties the renderer did not recognise. */
export function validateCard(json) {
  const context = new AdaptiveCards.SerializationContext();
  const card = new AdaptiveCards.AdaptiveCard();
  card.parse(json, context);
  const version = card.version ? card.version.toString() : null; // read before toJSON, which stamps its own
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...card.validateProperties().validationEvents);
  const errors = [];
  const warnings = [];
  for (const event of events) {
    const name = AdaptiveCards.ValidationEvent[event.event];
    const message = `${name}: ${event.message}`;
    (errorEvents.has(name) ? errors : warnings).push(message);
  }
  const roundTrip = card.toJSON(new AdaptiveCards.SerializationContext());
  for (const path of unrecognised(json, roundTrip, '')) warnings.push(`UnrecognisedProperty: ${path}`);
  for (const [path, fallback] of fallbacks(json, '')) {
    const checked = validateCard({ type: 'AdaptiveCard', version: json.version, actions: [fallback] });
    errors.push(...checked.errors.map((e) => `${path}: ${e}`));
    warnings.push(...checked.warnings.map((w) => `${path}: ${w}`));
  }
  return { version, errors, warnings };
}

/** Paths of properties in the source that the renderer dropped when writing the card back. */
function* unrecognised(source, written, path) {
  if (Array.isArray(source)) {
    for (let i = 0; i < source.length; i++) yield* unrecognised(source[i], written?.[i], `${path}[${i}]`);
    return;
  }
  if (source === null || typeof source !== 'object') return;
  for (const [key, value] of Object.entries(source)) {
    if (path === '' && hostProperties.has(key)) continue;
    if (key === 'data') continue; // action data is free-form
    if (key === 'fallback') continue; // the renderer uses it while parsing and keeps none: checked by fallbacks()
    if (written === undefined || written === null || !(key in written)) {
      if (!isDefault(key, value)) yield `${path}.${key}`;
      continue;
    }
    yield* unrecognised(value, written[key], `${path}.${key}`);
  }
}

/** Action fallbacks (an action object each), with their paths. */
function* fallbacks(source, path) {
  if (source === null || typeof source !== 'object') return;
  for (const [key, value] of Object.entries(source)) {
    if (key === 'data') continue;
    if (key === 'fallback' && value !== null && typeof value === 'object') yield [`${path}.fallback`, value];
    else yield* fallbacks(value, Array.isArray(source) ? `${path}[${key}]` : `${path}.${key}`);
  }
}

// The renderer omits properties that hold their default value; those are known, not unrecognised.
function isDefault(key, value) {
  return value === 'default' || (key === 'separator' && value === false) || (key === 'isVisible' && value === true);
}

export function compareVersions(a, b) {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
