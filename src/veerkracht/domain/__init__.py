"""Pure rules and data: vocabulary, validation models, dates, the prompt catalogue. No I/O."""
