import sharp from "sharp";

type Motif = "waves" | "grid" | "orbits" | "dunes";

const hsl = (h: number, s: number, l: number) => `hsl(${h % 360} ${s}% ${l}%)`;

/** Draws an abstract SVG in the given hue; deterministic, so every seed makes the same images. */
function drawSvg(width: number, height: number, hue: number, motif: Motif): string {
  const shapes: string[] = [];
  if (motif === "waves") {
    for (let i = 0; i < 7; i++) {
      const y = height * (0.35 + i * 0.1);
      const amp = height * 0.08;
      shapes.push(
        `<path d="M0 ${y} C ${width * 0.25} ${y - amp}, ${width * 0.5} ${y + amp}, ${width} ${y - amp / 2} L ${width} ${height} L 0 ${height} Z" fill="${hsl(hue + i * 8, 70, 62 - i * 6)}" opacity="0.85"/>`,
      );
    }
  } else if (motif === "grid") {
    const cols = 16;
    const size = width / cols;
    for (let x = 0; x < cols; x++) {
      for (let y = 0; y < Math.ceil(height / size); y++) {
        const lit = (x * 7 + y * 13) % 11 === 0;
        shapes.push(
          `<rect x="${x * size + 4}" y="${y * size + 4}" width="${size - 8}" height="${size - 8}" rx="6" fill="${hsl(hue + ((x + y) % 5) * 6, lit ? 85 : 45, lit ? 70 : 20 + ((x * y) % 4) * 4)}"/>`,
        );
      }
    }
  } else if (motif === "orbits") {
    const cx = width * 0.62;
    const cy = height * 0.45;
    for (let i = 9; i > 0; i--) {
      shapes.push(
        `<circle cx="${cx}" cy="${cy}" r="${i * height * 0.09}" fill="none" stroke="${hsl(hue + i * 10, 75, 35 + i * 5)}" stroke-width="${height * 0.018}" opacity="0.9"/>`,
      );
    }
    shapes.push(`<circle cx="${cx}" cy="${cy}" r="${height * 0.06}" fill="${hsl(hue + 40, 95, 85)}"/>`);
  } else {
    for (let i = 0; i < 5; i++) {
      const y = height * (0.45 + i * 0.12);
      shapes.push(
        `<path d="M0 ${y} Q ${width * (0.3 + i * 0.1)} ${y - height * 0.25}, ${width} ${y + height * 0.05} L ${width} ${height} L 0 ${height} Z" fill="${hsl(hue + i * 5, 55, 55 - i * 8)}"/>`,
      );
    }
    shapes.push(
      `<circle cx="${width * 0.78}" cy="${height * 0.25}" r="${height * 0.08}" fill="${hsl(hue + 30, 90, 88)}"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="${hsl(hue, 60, 22)}"/><stop offset="1" stop-color="${hsl(hue + 50, 70, 45)}"/>
</linearGradient></defs>
<rect width="100%" height="100%" fill="url(#bg)"/>${shapes.join("")}</svg>`;
}

/** Renders a demo image to WebP bytes with its dimensions. */
export async function drawImage(
  hue: number,
  motif: Motif,
  width = 1600,
  height = 900,
): Promise<{ data: Uint8Array; width: number; height: number; contentType: "image/webp" }> {
  const data = await sharp(Buffer.from(drawSvg(width, height, hue, motif)))
    .webp({ quality: 82 })
    .toBuffer();
  return { data: new Uint8Array(data), width, height, contentType: "image/webp" };
}
