import type { Logger } from '../logger.ts';
import { rebuildSite } from '../site/rebuild.ts';

/**
 * The `onFilesChanged` hook for the server: rebuild the published site after the response
 * has gone. rebuildSite serialises builds and coalesces bursts; a failure is logged and the
 * old site keeps being served.
 */
export function siteRebuildTrigger(options: {
  standardsDir: string;
  siteDir: string;
  logger: Logger;
}): (slug: string) => void {
  return (slug) => {
    setImmediate(() => {
      rebuildSite(options).then(
        (result) => {
          if (!result.ok) options.logger.warn({ slug }, 'site not rebuilt after a release change');
        },
        (err: unknown) => options.logger.error({ err, slug }, 'site rebuild crashed'),
      );
    });
  };
}
