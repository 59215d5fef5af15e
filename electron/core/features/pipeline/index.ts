export { PipelineService, type PipelineSources } from './service';
export { createPipelineHandlers, createPipelineService } from './handlers';
export { pipelinePersonalData } from './personal-data';
