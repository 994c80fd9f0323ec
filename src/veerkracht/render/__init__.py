"""Output renderers: Rich (terminal) and Markdown (the coach export)."""
