// "Save as image": the chart's SVG drawn on a canvas at twice its size and
// saved as PNG, all in the popup (no network, no library).
import { downloadBlob } from '@/components/download';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '@/lib/chart-image';

const SCALE = 2;

export async function savePng(svg: string, filename: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(IMAGE_WIDTH, IMAGE_HEIGHT);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = IMAGE_WIDTH * SCALE;
    canvas.height = IMAGE_HEIGHT * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(SCALE, SCALE);
    context.drawImage(image, 0, 0, IMAGE_WIDTH, IMAGE_HEIGHT);
    const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!png) throw new Error('the canvas gave no PNG');
    downloadBlob(png, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** not-dead-yet-community-management.png */
export function imageFilename(canonical: string): string {
  const slug = canonical
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `not-dead-yet-${slug || 'subject'}.png`;
}
