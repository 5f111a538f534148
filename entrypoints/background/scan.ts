// Detects death claims in a batch of candidate headlines from a content script.
import { detect } from '@/lib/detector';
import type { BackgroundRequest, BackgroundResponses, BadgeInfo } from '@/lib/messages';
import { historiesFor } from './recorder';

export async function handleScan(
  request: Extract<BackgroundRequest, { type: 'scan' }>,
): Promise<BackgroundResponses['scan']> {
  const detections = request.items.map((item) => detect(item.text));
  const canonicals = detections.flatMap((d) => (d.kind !== 'none' && d.canonical ? [d.canonical] : []));
  const histories = await historiesFor([...new Set(canonicals)]);
  const results = detections.map((detection): BadgeInfo | null => {
    const history = detection.canonical ? histories.get(detection.canonical) : undefined;
    return detection.kind === 'none' || !history ? null : { detection, history };
  });
  return { results };
}
