// npm run build: two loadable extensions, dist/chrome and dist/firefox. With --e2e, also the test
// flavour (open shadow roots) in dist-e2e/. Each build reloads vite.config.ts with its own env.
import { build } from 'vite';

const flavours = process.argv.includes('--e2e') ? ['shipped', 'e2e'] : ['shipped'];
for (const flavour of flavours) {
  for (const browser of ['chrome', 'firefox']) {
    process.env.BUYER_CLOCK_BROWSER = browser;
    process.env.BUYER_CLOCK_FLAVOR = flavour;
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
    console.log(`built ${flavour === 'e2e' ? 'dist-e2e' : 'dist'}/${browser}`);
  }
}
