// Chromium's fake camera (--use-file-for-fake-video-capture) plays a Y4M file: here, a few
// seconds of 640 × 480 4:2:0 video showing a QR code, black on white, as large as it fits with
// its quiet zone (about 5 px a module for a signed passport link).
import { writeFileSync } from "node:fs";
import QRCode from "qrcode";

const WIDTH = 640;
const HEIGHT = 480;

/** Writes to `file` three seconds (30 frames at 10 per second) of the QR code of `text`. */
export function qrVideo(text: string, file: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const scale = Math.floor((HEIGHT - 80) / (size + 8));
  const left = Math.floor((WIDTH - size * scale) / 2);
  const top = Math.floor((HEIGHT - size * scale) / 2);
  const y = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++)
      if (qr.modules.get(r, c))
        for (let dy = 0; dy < scale; dy++)
          y.fill(16, (top + r * scale + dy) * WIDTH + left + c * scale, (top + r * scale + dy) * WIDTH + left + (c + 1) * scale);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), ...Array(30).fill(frame)]));
}
