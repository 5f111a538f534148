// A new detector version reads some headlines differently (another subject,
// its canonical name, the kind): sightings recorded under an older version are
// read again, so the tally does not split one subject under two names.
import type { Detection } from '../detector/types.ts';
import type { Sighting } from '../storage/schema.ts';

/**
 * The sighting as the detector now reads its headline. A headline it no longer
 * reads as a claim keeps its old reading: the reader met it, and a record is
 * never shortened by an upgrade.
 */
export function reread(sighting: Sighting, detection: Detection | undefined): Sighting {
  if (!detection || detection.kind === 'none' || !detection.canonical) return sighting;
  const { subject, canonical, kind } = detection;
  if (subject === sighting.subject && canonical === sighting.canonical && kind === sighting.kind)
    return sighting;
  return { ...sighting, subject, canonical, kind };
}
