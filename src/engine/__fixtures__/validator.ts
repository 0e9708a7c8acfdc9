// Vitest setup: fills the validator port (draft-port.ts) as the app's entries do (index.ts,
// forms-runtime.ts), so tests may import any engine module directly.
import '../forms-runtime.ts';
