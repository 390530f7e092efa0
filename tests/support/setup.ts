import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Vitest runs without globals, so testing-library cannot register its own clean-up.
afterEach(() => cleanup());
