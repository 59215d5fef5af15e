import { PIPELINE_CHANNELS } from '../../../../shared/features/pipeline';
import type { CoreContext } from '../../kernel/context';
import type { FeatureHandlers } from '../../kernel/handlers';
import { PipelineRepository } from './repository';
import { PipelineService, type PipelineSources } from './service';

export function createPipelineService(context: CoreContext, sources: PipelineSources): PipelineService {
  return new PipelineService(
    context.perDatabase((db) => new PipelineRepository(db)),
    sources,
    () => context.settings(),
    () => context.now(),
  );
}

export function createPipelineHandlers(pipeline: PipelineService): FeatureHandlers<typeof PIPELINE_CHANNELS> {
  return {
    'pipeline.list': ({ includeClosed }) => pipeline.list(includeClosed ?? false),
    'pipeline.move': ({ data }) => pipeline.move(data),
    'pipeline.report': ({ on, period }) => pipeline.report(on, period),
  };
}
