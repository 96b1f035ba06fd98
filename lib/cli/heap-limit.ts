// Node options for the production web server, shared by `npm start` and the benchmark.

/**
 * The production server's heap limit, unless NODE_OPTIONS sets one. By default V8 lets the heap grow towards a
 * quarter of the machine's memory before collecting hard: the benchmark saw the server pass 750 MB while rendering,
 * and stay near 400 MB at 256 MB (page-cache bodies are Buffers, outside this heap), for about 10 % fewer renders
 * per second.
 */
export function withHeapLimit(nodeOptions: string | undefined): string {
  const options = nodeOptions ?? ''
  return /--max-old-space-size\b/.test(options) ? options : `${options} --max-old-space-size=256`.trim()
}
