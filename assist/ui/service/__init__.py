"""Between the UI and the engine: job queues, the engine's life, knowledge watching, training."""
