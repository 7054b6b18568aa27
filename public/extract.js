globalThis.__nutgrafExtract?.(false);
