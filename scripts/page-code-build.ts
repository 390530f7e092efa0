// The page code (src/lib/page-code.ts): one self-contained classic script per src/content/bundles/*.ts,
// written to content/<name>.js beside the rest of the build. The worker injects these with
// scripting.executeScript, which runs classic scripts only: each is an IIFE with everything it uses
// inside (no import, no export, no chunk shared with another file), and nothing in the manifest lists
// them, so none is web-accessible. Built with Vite's own build API from the outer build's settings, so
// the CSS inlined into our shadow roots and the JSX are handled as everywhere else; names carry no
// hash (nothing caches them), so a rebuild writes the same bytes.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import preact from '@preact/preset-vite';

const ENTRIES = 'src/content/bundles';

type Options = { define: Record<string, string>; target: string[] };

export function pageCode({ define, target }: Options): Plugin {
  let root = process.cwd();
  return {
    name: 'buyer-clock:page-code',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const names = readdirSync(join(root, ENTRIES)).filter((f) => f.endsWith('.ts')).sort();
      for (const file of names) {
        const name = file.replace(/\.ts$/, '');
        const result = await build({
          configFile: false,
          root,
          logLevel: 'warn',
          mode: 'production',
          plugins: [preact()],
          define,
          build: {
            write: false,
            target,
            minify: true,
            sourcemap: false,
            modulePreload: false,
            copyPublicDir: false,
            lib: { entry: join(root, ENTRIES, file), formats: ['iife'], name: 'buyerClockPageCode' },
            rolldownOptions: { output: { entryFileNames: `${name}.js` } },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
        const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
        if (chunks.length !== 1) this.error(`${file}: page code must build to one file, got ${chunks.length}`);
        this.emitFile({ type: 'asset', fileName: `content/${name}.js`, source: chunks[0]!.code });
      }
    },
  };
}
