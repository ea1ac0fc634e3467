/** An IDX image file of `count` 28×28 images filled with `pixel`, and its labels 0, 1, …, 9, 0, … */
export function idxFiles(prefix: string, count: number, pixel: number) {
  const images = Buffer.alloc(16 + count * 784, pixel);
  images.writeUInt32BE(0x00000803, 0);
  images.writeUInt32BE(count, 4);
  images.writeUInt32BE(28, 8);
  images.writeUInt32BE(28, 12);
  const labels = Buffer.alloc(8 + count);
  labels.writeUInt32BE(0x00000801, 0);
  labels.writeUInt32BE(count, 4);
  for (let i = 0; i < count; i++) labels[8 + i] = i % 10;
  return [
    { name: `${prefix}-images-idx3-ubyte`, mimeType: 'application/octet-stream', buffer: images },
    { name: `${prefix}-labels-idx1-ubyte`, mimeType: 'application/octet-stream', buffer: labels },
  ];
}
