import guideJson from '../../data/careers/customer-care-representative.json';
import { parseGuide, type Guide } from '../domain/guide';

/**
 * The guide the app opens on. It ships with the app and a unit test proves it valid,
 * but it still goes through the same parser as any imported guide: one path for all.
 */
export function loadDefaultGuide(): Guide {
  const result = parseGuide(guideJson);
  if (!result.ok) {
    throw new Error(`The bundled career guide is invalid:\n${result.errors.join('\n')}`);
  }
  return result.guide;
}
