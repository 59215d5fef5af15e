export { GoalsService } from './service';
export { GoalsRepository } from './repository';
export { createGoalsHandlers, createGoalsService } from './handlers';
export { goalsPersonalData } from './personal-data';
