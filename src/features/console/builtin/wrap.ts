// A message written straight into a terminal is cut at the edge mid-word; wrap it at spaces.
export function wrapText(text: string, columns: number): string[] {
  const width = Math.max(20, columns - 1);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}
