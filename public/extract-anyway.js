globalThis.__nutgrafExtract?.(true);
